/**
 * The functions' environment contract (docs/operations.md, "The functions' contract"): names of
 * things, never a secret and never the configuration itself (Lambda allows 4 KB of environment;
 * the configuration is `config.json` beside the code).
 */
export const ENV = {
  /** The DynamoDB table of open incidents and used link nonces. */
  table: 'PLANB_TABLE',
  /** The vault bucket (object lock) and the prefix the journal goes under. */
  journalBucket: 'PLANB_JOURNAL_BUCKET',
  journalPrefix: 'PLANB_JOURNAL_PREFIX',
  /** SSM SecureString names. */
  telegramTokenParam: 'PLANB_TELEGRAM_TOKEN_PARAM',
  webhookSecretParam: 'PLANB_WEBHOOK_SECRET_PARAM',
  linkKeyParam: 'PLANB_LINK_KEY_PARAM',
  /** The webhook's function URL plus `ack`, put in e-mail and SMS links. */
  ackUrl: 'PLANB_ACK_URL',
  /** The SES v2 sender identity (verified) of e-mail pages. */
  emailFrom: 'PLANB_EMAIL_FROM',
  /** Bot API base; tests point it at 127.0.0.1. Default https://api.telegram.org. */
  telegramApi: 'PLANB_TELEGRAM_API',
  /** Where config.json is; default beside the bundle. */
  configFile: 'PLANB_CONFIG_FILE',
} as const;

export type EnvName = (typeof ENV)[keyof typeof ENV];

/**
 * Variables every function needs. The rest are needed only when a channel is used (the webhook
 * secret and bot token with Telegram, the sender with e-mail); the webhook takes the ack URL from
 * the requests it receives, since its own URL cannot be in its own settings.
 */
export const REQUIRED_ENV: readonly EnvName[] = [ENV.table, ENV.journalBucket, ENV.linkKeyParam, ENV.ackUrl];

export function readEnv(env: NodeJS.ProcessEnv): Record<EnvName, string | undefined> {
  const missing = REQUIRED_ENV.filter((n) => !env[n]);
  if (missing.length > 0) throw new Error(`missing environment: ${missing.join(', ')} (docs/operations.md, "The functions' contract")`);
  return Object.fromEntries(Object.values(ENV).map((n) => [n, env[n] || undefined])) as Record<EnvName, string | undefined>;
}
