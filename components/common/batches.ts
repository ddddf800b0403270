import * as pulumi from '@pulumi/pulumi';

/**
 * How many per-item children a component constructs before it lets the event loop turn. Pulumi's
 * SDK allocates every output of a resource, with its promises, the moment the resource is
 * constructed, and none of it can settle until the program yields: about 155 KB a resource under
 * the offline plan's mocks (docs/performance.md). A component that made thousands of children in one
 * synchronous loop held all of them at once (4.8 GB for a 10,000-process blueprint, past Node's
 * default heap). Small batches also let most of that die young, before the garbage collector has
 * to copy it: the 2,000-process plan took 19 s of CPU with batches of 256 and 11.5 s with 16.
 */
export const CHILD_BATCH = 16;

/** One item's outputs, as the component exposes them before the item's batch has run. */
export type Deferred<K extends string> = Record<K, pulumi.Output<string>>;

export interface Batched<K extends string> {
  /** Per item id, in the order given: outputs that resolve from the real resources once made. */
  outputs: Map<string, Deferred<K>>;
  /** Settles when every batch has run; pass it to registerOutputs so Pulumi waits for the children. */
  done: Promise<void>;
}

/**
 * Makes one item's children per `make` call: the first batch at once, each further batch after a
 * turn of the event loop. Each item's outputs are deferred outputs resolved from what `make`
 * returns, so consumers keep their dependency on the real resource. A batch that throws rejects
 * `done` and every output not yet resolved, so nothing waits for ever on a child never made.
 */
export function inBatches<T, K extends string>(
  items: readonly T[],
  keys: readonly K[],
  idOf: (item: T) => string,
  make: (item: T) => Record<K, pulumi.Output<string>>,
  size: number = CHILD_BATCH,
): Batched<K> {
  const outputs = new Map<string, Deferred<K>>();
  const resolvers: ((made: Record<K, pulumi.Output<string>>) => void)[] = [];
  for (const item of items) {
    const pairs = keys.map((k) => [k, pulumi.deferredOutput<string>()] as const);
    outputs.set(idOf(item), Object.fromEntries(pairs.map(([k, [out]]) => [k, out])) as Deferred<K>);
    resolvers.push((made) => {
      for (const [k, [, resolve]] of pairs) resolve(made[k]);
    });
  }
  let next = 0;
  const runBatch = (end: number): void => {
    for (; next < Math.min(end, items.length); next++) resolvers[next]?.(make(items[next] as T));
  };
  const done = (async () => {
    try {
      runBatch(size);
      while (next < items.length) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        runBatch(next + size);
      }
    } catch (error) {
      // The rest reject with the error: whatever reads them fails with it instead of waiting for ever.
      for (; next < items.length; next++) {
        const failed = keys.map((k) => [k, pulumi.output(Promise.reject<string>(error))]);
        resolvers[next]?.(Object.fromEntries(failed) as Record<K, pulumi.Output<string>>);
      }
      throw error;
    }
  })();
  return { outputs, done };
}
