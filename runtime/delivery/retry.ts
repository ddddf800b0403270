/**
 * One delivery attempt with a timeout, retried with exponential backoff and full jitter
 * (delay = random * min(cap, base * 2^attempt)): retries from many functions do not arrive in step,
 * and a hanging channel costs at most `timeoutMs` per attempt.
 */
import type { Clock, Random } from '../ports';

export interface RetryPolicy {
  attempts: number;
  timeoutMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, timeoutMs: 5_000, baseDelayMs: 500, maxDelayMs: 4_000 };

export class TimeoutError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
  }
}

export function backoffMs(policy: RetryPolicy, attempt: number, random: Random): number {
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
}

/** Runs `fn` with an abort signal that fires after the timeout. */
export async function withTimeout<T>(fn: (signal: AbortSignal) => Promise<T>, ms: number, clock: Clock): Promise<T> {
  const controller = new AbortController();
  const stopTimer = new AbortController();
  const timer = clock.sleep(ms, stopTimer.signal).then(
    () => {
      controller.abort(new TimeoutError(ms));
      throw new TimeoutError(ms);
    },
    () => undefined as never,
  );
  try {
    return await Promise.race([fn(controller.signal), timer]);
  } finally {
    stopTimer.abort();
  }
}

export interface RetryResult<T> {
  value?: T;
  error?: unknown;
  attempts: number;
}

export async function retry<T>(
  fn: (signal: AbortSignal) => Promise<T>,
  policy: RetryPolicy,
  clock: Clock,
  random: Random,
): Promise<RetryResult<T>> {
  let error: unknown;
  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    if (attempt > 0) await clock.sleep(backoffMs(policy, attempt - 1, random));
    try {
      return { value: await withTimeout(fn, policy.timeoutMs, clock), attempts: attempt + 1 };
    } catch (e) {
      error = e;
    }
  }
  return { error, attempts: policy.attempts };
}
