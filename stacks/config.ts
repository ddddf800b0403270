/**
 * The stack's configuration: the blueprint path and the two secrets. Secrets are read with
 * getSecret, so they stay Output secrets from the first moment and are never plain strings here.
 */
import * as pulumi from '@pulumi/pulumi';

export interface StackConfig {
  blueprint: string;
  /** `cloudflare:apiToken`; when unset the provider falls back to CLOUDFLARE_API_TOKEN. */
  cloudflareApiToken?: pulumi.Output<string>;
  /** `planb:telegramBotToken`, or the PLANB_TELEGRAM_BOT_TOKEN environment variable. */
  telegramBotToken?: pulumi.Output<string>;
  /** `planb:protect`, default true; false only for a throw-away sandbox stack. */
  protect?: boolean;
}

export const CONFIG_KEYS = {
  blueprint: 'planb:blueprint',
  telegramBotToken: 'planb:telegramBotToken',
  cloudflareApiToken: 'cloudflare:apiToken',
  protect: 'planb:protect',
} as const;

export const TELEGRAM_ENV = 'PLANB_TELEGRAM_BOT_TOKEN';

export function readStackConfig(env: NodeJS.ProcessEnv = process.env): StackConfig {
  const planb = new pulumi.Config('planb');
  const telegramFromEnv = env[TELEGRAM_ENV];
  const telegram =
    planb.getSecret('telegramBotToken') ?? (telegramFromEnv !== undefined && telegramFromEnv !== '' ? pulumi.secret(telegramFromEnv) : undefined);
  const cloudflareToken = new pulumi.Config('cloudflare').getSecret('apiToken');
  const protect = planb.getBoolean('protect');
  return {
    blueprint: planb.require('blueprint'),
    ...(protect !== undefined ? { protect } : {}),
    ...(cloudflareToken !== undefined ? { cloudflareApiToken: cloudflareToken } : {}),
    ...(telegram !== undefined ? { telegramBotToken: telegram } : {}),
  };
}
