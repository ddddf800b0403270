/**
 * The pager's three secrets from the stack config, each a clean RunError naming the command to
 * set it when the blueprint needs it and it is missing (Pulumi prints a RunError without a
 * stack trace).
 */
import * as pulumi from '@pulumi/pulumi';
import type { AlertRoutingSecrets } from '../components/alerts/args';
import type { MappedAlerts } from './map/alerts';
import { CONFIG_KEYS, SECRET_ENV } from './config';

interface Given {
  telegramBotToken?: pulumi.Output<string>;
  telegramWebhookSecret?: pulumi.Output<string>;
  ackLinkKey?: pulumi.Output<string>;
}

function missing(what: string, key: string, extra = ''): pulumi.RunError {
  return new pulumi.RunError(`${what}; run \`pulumi config set --secret ${key} <value>\`${extra}`);
}

export function alertSecrets(alerts: MappedAlerts, given: Given): AlertRoutingSecrets {
  if (given.ackLinkKey === undefined) {
    throw missing(
      'pages carry signed acknowledgement links, but no link key is configured (any long random string, e.g. `openssl rand -base64 32`)',
      CONFIG_KEYS.ackLinkKey,
      ` or set ${SECRET_ENV.ackLinkKey}`,
    );
  }
  if (!alerts.usesTelegram) return { linkKey: given.ackLinkKey };
  if (given.telegramBotToken === undefined) {
    throw missing(
      "the blueprint's alerts reach people over Telegram, but no bot token is configured",
      CONFIG_KEYS.telegramBotToken,
      ` or set ${SECRET_ENV.telegramBotToken}`,
    );
  }
  if (given.telegramWebhookSecret === undefined) {
    throw missing(
      'Telegram buttons acknowledge through the webhook, but no webhook secret is configured (1-256 of A-Z a-z 0-9 _ -, given to setWebhook as secret_token)',
      CONFIG_KEYS.telegramWebhookSecret,
      ` or set ${SECRET_ENV.telegramWebhookSecret}`,
    );
  }
  return { linkKey: given.ackLinkKey, telegramBotToken: given.telegramBotToken, webhookSecret: given.telegramWebhookSecret };
}

/** E-mail addresses of everyone paged first, for Cloudflare's health-check notifications. */
export function firstStageEmails(alerts: MappedAlerts): string[] {
  const firsts = new Set(Object.values(alerts.runtime.routes).flatMap((r) => r.stages[0]?.people ?? []));
  const mails = [...firsts]
    .flatMap((p) => alerts.runtime.reach[p] ?? [])
    .filter((r) => r.kind === 'email')
    .map((r) => r.address);
  return [...new Set(mails)].sort();
}
