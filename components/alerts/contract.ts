/**
 * The contract between the stack and the functions it deploys: the environment variables (names
 * of things, never a secret, never the configuration itself: Lambda allows 4 KB of environment)
 * and the file beside the code. runtime/entry reads by these names; this component writes them.
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

/** The file beside index.js: the runtime configuration and the alarms' physical names. */
export const CONFIG_FILE_NAME = 'config.json';

export interface BundledConfigFile<R> {
  runtime: R;
  /** Physical CloudWatch alarm name -> journal alarm id. */
  alarmIds: Record<string, string>;
  /** The status page the pager keeps current, when the stack has one. */
  status?: StatusFeedFile;
  /** The forwarding of other regions' alarms, which the pager watches (when there is any). */
  watch?: ForwardingWatchFile;
}

/**
 * The EventBridge rules that forward another region's alarm state changes to the pager, and the
 * "pager failing" topic to tell when one of them fails: such a failure would silence every alarm of
 * that region without any alarm of its own reaching the pager (it would have to be forwarded too).
 */
export interface ForwardingWatchFile {
  failingTopicArn: string;
  forwards: { region: string; rule: string }[];
}

/**
 * What the pager needs to write the status page's `status.json`: where it goes, where the
 * components' alarms live, and which alarms decide each component (physical names).
 */
export interface StatusFeedFile {
  bucket: string;
  bucketRegion: string;
  key: string;
  /** The region whose CloudWatch holds every alarm below (us-east-1 for Route 53 alarms). */
  alarmRegion: string;
  components: { id: string; name: string; alarmNames: string[] }[];
}

/**
 * Whether the pager sends anything over Telegram, read from the configuration the functions get:
 * a person's own chat id, a Telegram group a stage names for someone without one, or a Telegram
 * channel reached as another channel's backup. The one definition the stack (which passes the bot
 * token and webhook secret), the component (which refuses to be built without them) and the
 * functions (which refuse to start without the token) read.
 */
export function pagesOverTelegram(config: { reach: Record<string, readonly { kind: string }[]> }): boolean {
  return Object.values(config.reach).some((r) => r.some((x) => x.kind === 'telegram'));
}
