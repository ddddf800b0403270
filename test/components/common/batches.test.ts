/**
 * Children made in batches (components/common/batches.ts): every child is made and registered,
 * consumers read the real resources' outputs (with the dependency on them), registrations of one
 * batch settle before the next batch is made (what bounds the memory of a large stack), and a
 * batch that throws fails what waits on it instead of hanging.
 */
import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { beforeAll, describe, expect, it } from 'vitest';
import { inBatches } from '../../../components/common/batches';
import { type ResourceLog, installMocks, resolve } from '../mocks';

let log: ResourceLog;
beforeAll(async () => {
  log = await installMocks();
});

class Many extends pulumi.ComponentResource {
  readonly names: Record<string, pulumi.Output<string>> = {};
  /** How many topics the mocks had registered when each item's turn came. */
  readonly registeredBefore: number[] = [];
  readonly done: Promise<void>;

  constructor(name: string, ids: readonly string[], size: number, failAt?: string) {
    super('test:batches:Many', name, {}, {});
    const made = inBatches(
      ids,
      ['name', 'arn'],
      (id) => id,
      (id) => {
        if (id === failAt) throw new Error(`cannot make ${id}`);
        this.registeredBefore.push(log.ofType('aws:sns/topic:Topic').filter((r) => r.name.startsWith(`${name}-`)).length);
        const topic = new aws.sns.Topic(`${name}-${id}`, { name: `${name}-${id}` }, { parent: this });
        return { name: topic.name, arn: topic.arn };
      },
      size,
    );
    for (const [id, out] of made.outputs) this.names[id] = out.name;
    this.done = made.done;
    this.registerOutputs(made.done.then(() => ({ names: this.names })));
  }
}

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `t${String(i).padStart(3, '0')}`);

describe('inBatches', () => {
  it('makes every child, and each output resolves to its own resource', async () => {
    const many = new Many('all', ids(25), 10);
    await many.done;
    expect(Object.keys(many.names)).toEqual(ids(25));
    expect(await resolve(many.names['t017'] as pulumi.Output<string>)).toBe('all-t017');
    // The deferred output carries the dependency on the real topic, as the topic's own output would.
    const deps = await (many.names['t003'] as unknown as { allResources(): Promise<Set<pulumi.Resource>> }).allResources();
    const urns = await Promise.all([...deps].map((r) => resolve(r.urn)));
    expect(urns.some((u) => u.endsWith('::all-t003'))).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(log.names('aws:sns/topic:Topic').filter((n) => n.startsWith('all-'))).toEqual(ids(25).map((i) => `all-${i}`));
  });

  it('lets each batch register before it makes the next, so what is pending stays within a batch', async () => {
    const many = new Many('paced', ids(30), 10);
    await many.done;
    // Items 0-9 are made before anything is registered; item 10 comes after a turn of the event loop
    // in which the first ten reached the mocks, and item 20 after the first twenty had.
    expect(many.registeredBefore[0]).toBe(0);
    expect(many.registeredBefore[10]).toBe(10);
    expect(many.registeredBefore[20]).toBe(20);
  });

  it('a batch that throws rejects what waits on it, instead of leaving it waiting for ever', async () => {
    // Pulumi reports the failed registration (the component's outputs) as unhandled rejections, which
    // fail a real run and the offline plan (generators/plan/run.ts); here they are collected and read.
    const listeners = process.listeners('unhandledRejection');
    const reported: unknown[] = [];
    const collect = (reason: unknown): void => void reported.push(reason);
    process.removeAllListeners('unhandledRejection');
    process.on('unhandledRejection', collect);
    try {
      const many = new Many('broken', ids(30), 10, 't015');
      await expect(many.done).rejects.toThrow('cannot make t015');
      // Made before the failure: resolves. After it: rejects with the same error.
      expect(await resolve(many.names['t014'] as pulumi.Output<string>)).toBe('broken-t014');
      await expect((many.names['t020'] as pulumi.Output<string> & { promise(): Promise<string> }).promise()).rejects.toThrow(
        'cannot make t015',
      );
      await new Promise((r) => setTimeout(r, 100));
      expect(reported.length).toBeGreaterThan(0);
      for (const reason of reported) expect(String(reason)).toContain('cannot make t015');
    } finally {
      process.off('unhandledRejection', collect);
      for (const l of listeners) process.on('unhandledRejection', l);
    }
  });
});
