/**
 * The side effects the runtime needs, injected: tests pass fakes or local servers, Lambda passes
 * the real ones (`systemPorts`). Nothing in the logic reads the clock, the network or Math.random
 * directly, so every retry schedule and every escalation is reproducible in a test.
 */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface HttpResponse {
  status: number;
  text: string;
}

export type HttpClient = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<HttpResponse>;

/** Returns a number in [0, 1): the jitter of retries. */
export type Random = () => number;

/** Reads a secret (bot token, link key) by name, e.g. from SSM Parameter Store. */
export type SecretReader = (name: string) => Promise<string>;

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(signal.reason);
        },
        { once: true },
      );
    }),
};

export const fetchHttp: HttpClient = async (url, init) => {
  // No redirect is followed: a page goes where the configuration says or fails visibly.
  const res = await fetch(url, {
    method: init.method,
    headers: init.headers,
    body: init.body ?? null,
    signal: init.signal ?? null,
    redirect: 'manual',
  });
  return { status: res.status, text: await res.text() };
};
