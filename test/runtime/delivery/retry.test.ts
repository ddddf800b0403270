/** The retry schedule: exponential, capped, jittered by the injected random (reproducible). */
import { describe, expect, it } from 'vitest';
import { backoffMs, retry } from '../../../runtime/delivery/retry';
import type { Clock } from '../../../runtime/ports';

const policy = { attempts: 4, timeoutMs: 1000, baseDelayMs: 100, maxDelayMs: 500 };

describe('retry', () => {
  it('doubles the delay each attempt up to the cap, scaled by the jitter', () => {
    expect([0, 1, 2, 3, 4].map((a) => backoffMs(policy, a, () => 0.999))).toEqual([99, 199, 399, 499, 499]);
    expect(backoffMs(policy, 2, () => 0.5)).toBe(200);
    expect(backoffMs(policy, 2, () => 0)).toBe(0);
  });

  it('sleeps the jittered delays between attempts and reports the attempts used', async () => {
    const slept: number[] = [];
    const clock: Clock = {
      now: () => 0,
      sleep: (ms, signal) =>
        ms >= 1000
          ? new Promise((_r, reject) => signal?.addEventListener('abort', () => reject(new Error('stop'))))
          : (slept.push(ms), Promise.resolve()),
    };
    let calls = 0;
    const result = await retry(
      async () => {
        calls++;
        if (calls < 3) throw new Error('HTTP 500');
        return 'ok';
      },
      policy,
      clock,
      () => 0.5,
    );
    expect(result).toEqual({ value: 'ok', attempts: 3 });
    expect(slept).toEqual([50, 100]);
  });

  it('returns the last error when every attempt fails', async () => {
    const clock: Clock = {
      now: () => 0,
      sleep: (ms, signal) =>
        ms >= 1000 ? new Promise((_r, reject) => signal?.addEventListener('abort', () => reject(new Error('stop')))) : Promise.resolve(),
    };
    const result = await retry(
      async () => {
        throw new Error('HTTP 502');
      },
      policy,
      clock,
      () => 0.5,
    );
    expect(result.attempts).toBe(4);
    expect((result.error as Error).message).toBe('HTTP 502');
  });
});
