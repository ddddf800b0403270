/** Lambda entry of the escalation tick: an EventBridge schedule, every minute. */
import { handleTick } from '../handlers/tick';
import { cachedDeps } from './deps';

const deps = cachedDeps();

export async function handler(): Promise<{ escalated: number; conflicts?: number }> {
  const result = await handleTick(await deps());
  if (result.escalated > 0 || result.conflicts !== undefined) console.log(JSON.stringify(result));
  return result;
}
