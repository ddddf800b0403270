/**
 * The functions' environment contract (docs/operations.md, "The functions' contract"), read: the
 * names are defined once with the component that sets them (components/alerts/contract.ts).
 */
import { ENV, type EnvName } from '../../components/alerts/contract';

export { ENV, type EnvName };

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
