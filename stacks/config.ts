/**
 * The stack's configuration: the blueprint path and the secrets. Secrets are read with
 * getSecret, so they stay Output secrets from the first moment and are never plain strings here.
 */
import * as pulumi from '@pulumi/pulumi';
import { CHANNEL_DRIVERS } from '../channels';

export interface StackConfig {
  blueprint: string;
  /** `cloudflare:apiToken`; when unset the provider falls back to CLOUDFLARE_API_TOKEN. */
  cloudflareApiToken?: pulumi.Output<string>;
  /** `planb:telegramBotToken`, or the PLANB_TELEGRAM_BOT_TOKEN environment variable. */
  telegramBotToken?: pulumi.Output<string>;
  /** `planb:telegramWebhookSecret`: the secret_token given to Telegram's setWebhook. */
  telegramWebhookSecret?: pulumi.Output<string>;
  /** `planb:ackLinkKey`: the HMAC key of acknowledgement links. */
  ackLinkKey?: pulumi.Output<string>;
  /** `planb:protect`, default true; false only for a throw-away sandbox stack. */
  protect?: boolean;
  /** `planb:phase`, default `all`; `zones` for the first deploy (docs/infrastructure.md). */
  phase?: DeployPhase;
}

/**
 * The first deploy comes in two phases. `zones`: everything that works before the registrar
 * delegates the domain to the new zones; `all`: also what needs working delegation (the status
 * page's certificate is validated through DNS, and waits up to 75 minutes, then fails, when the
 * zone is not delegated yet).
 */
export const DEPLOY_PHASES = ['zones', 'all'] as const;
export type DeployPhase = (typeof DEPLOY_PHASES)[number];

export function parsePhase(value: string | undefined): DeployPhase | undefined {
  if (value === undefined) return undefined;
  if ((DEPLOY_PHASES as readonly string[]).includes(value)) return value as DeployPhase;
  throw new pulumi.RunError(
    `planb:phase is "${value}"; use "zones" for the first deploy, then "all" once the registrar lists the new name servers`,
  );
}

export const CONFIG_KEYS = {
  blueprint: 'planb:blueprint',
  telegramBotToken: CHANNEL_DRIVERS.telegram.secret.config,
  telegramWebhookSecret: 'planb:telegramWebhookSecret',
  ackLinkKey: 'planb:ackLinkKey',
  cloudflareApiToken: 'cloudflare:apiToken',
  protect: 'planb:protect',
  phase: 'planb:phase',
} as const;

/** The Telegram sender's secret, named by the channel table (channels/drivers.ts). */
export const TELEGRAM_ENV = CHANNEL_DRIVERS.telegram.secret.env;
/** Like the bot token, the pager's other secrets may come from the deploying job's environment. */
export const SECRET_ENV = {
  telegramBotToken: TELEGRAM_ENV,
  telegramWebhookSecret: 'PLANB_TELEGRAM_WEBHOOK_SECRET',
  ackLinkKey: 'PLANB_ACK_LINK_KEY',
} as const;

/** A config secret, else its environment variable wrapped as a secret. */
function secretSetting(planb: pulumi.Config, key: keyof typeof SECRET_ENV, env: NodeJS.ProcessEnv): pulumi.Output<string> | undefined {
  const fromEnv = env[SECRET_ENV[key]];
  return planb.getSecret(key) ?? (fromEnv !== undefined && fromEnv !== '' ? pulumi.secret(fromEnv) : undefined);
}

export function readStackConfig(env: NodeJS.ProcessEnv = process.env): StackConfig {
  const planb = new pulumi.Config('planb');
  const telegram = secretSetting(planb, 'telegramBotToken', env);
  const cloudflareToken = new pulumi.Config('cloudflare').getSecret('apiToken');
  const webhookSecret = secretSetting(planb, 'telegramWebhookSecret', env);
  const linkKey = secretSetting(planb, 'ackLinkKey', env);
  const protect = planb.getBoolean('protect');
  const phase = parsePhase(planb.get('phase'));
  return {
    blueprint: planb.require('blueprint'),
    ...(phase !== undefined ? { phase } : {}),
    ...(protect !== undefined ? { protect } : {}),
    ...(cloudflareToken !== undefined ? { cloudflareApiToken: cloudflareToken } : {}),
    ...(telegram !== undefined ? { telegramBotToken: telegram } : {}),
    ...(webhookSecret !== undefined ? { telegramWebhookSecret: webhookSecret } : {}),
    ...(linkKey !== undefined ? { ackLinkKey: linkKey } : {}),
  };
}
