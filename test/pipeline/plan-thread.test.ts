/**
 * `planb build` plans in a thread of its own while this one makes the documents, then writes the
 * plan's monthly cost into the documents that show it. The folder must be the one the plan in this
 * thread gives, byte for byte, in either language; a thread that fails must fail the build the
 * way the same failure here would.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isEngineError } from '../../cli/exit-codes';
import { loadLocale } from '../../generators/documents/locale';
import { paths } from '../../generators/documents/views/common';
import { loadBlueprintText } from '../../loader/index';
import type { Model } from '../../model/model';
import { buildFolder } from '../../pipeline';

function example(file: string): Model {
  const loaded = loadBlueprintText(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} is a valid example`);
  return loaded.model;
}

function asMap(files: readonly { path: string; content: string | Uint8Array }[]): Map<string, string> {
  return new Map(files.map((f) => [f.path, String(f.content)]));
}

describe('the plan in a thread of its own', () => {
  // One example, in Russian (the amount is formatted in the documents' language); the English ones
  // go through the thread in the CLI's build tests.
  it.each([['blueprints/dental-clinic.yaml']])(
    '%s: the same folder as the plan in this thread, the cost written into the runbooks',
    async (file) => {
      const model = example(file);
      const here = await buildFolder(model, { plan: true });
      const counts: number[] = [];
      const threaded = await buildFolder(model, { plan: true, planThread: true, onPlanned: (n) => void counts.push(n) });
      expect(asMap(threaded.files)).toEqual(asMap(here.files));
      expect(threaded.count).toBe(here.count);
      expect(threaded.preflightErrors).toBe(here.preflightErrors);

      const planned = JSON.parse(asMap(threaded.files).get('plan/plan.json') ?? '') as {
        resources: unknown[];
        cost: { monthly: number; currency: string };
      };
      // The progress line ends on the plan's full count.
      expect(counts.at(-1)).toBe(planned.resources.length);
      // Each runbook of a process with a cost per hour shows the plan's estimate, in the documents' language.
      const amount = loadLocale(model.business.language).money(planned.cost.monthly, planned.cost.currency);
      const files = asMap(threaded.files);
      const runbooks = model.processes
        .filter((p) => p.costPerHour !== undefined)
        .flatMap((p) => files.get(`documents/${paths.process(p)}`) ?? []);
      expect(runbooks.length).toBeGreaterThan(0);
      for (const runbook of runbooks) expect(runbook).toContain(`**${amount}**`);
      for (const f of threaded.files) expect(String(f.content)).not.toMatch(/planbcost[0-9a-f]{32}/);
    },
    60_000,
  );

  it('fails the build as a bug when the thread cannot load the blueprint the model came from', async () => {
    const model = example('blueprints/online-shop.yaml');
    // The text no longer matches the model: the thread's load fails, which only a bug could cause.
    const source = model.source;
    const broken: Model = {
      ...model,
      source: { file: source.file, text: 'version: [', locate: (p) => source.locate(p), locateKey: (p) => source.locateKey(p) },
    };
    const error = await buildFolder(broken, { plan: true, planThread: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('PlanThreadError');
    expect((error as Error).message).toContain("loaded on the main thread but not in the plan's thread");
    expect(isEngineError(error)).toBe(true);
  }, 60_000);

  it('a failure while the plan runs (a full disk) ends the build with that failure, the thread stopped', async () => {
    const model = example('blueprints/online-shop.yaml');
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const sink = {
      add: (path: string) => {
        if (path.startsWith('documents/')) throw full;
      },
      addStream: () => ({ write: () => undefined, close: () => undefined }),
    };
    await expect(buildFolder(model, { plan: true, planThread: true, sink })).rejects.toBe(full);
  }, 60_000);

  it('plans in this thread a model that was loaded from no text', async () => {
    const model = example('blueprints/online-shop.yaml');
    const source = model.source;
    const fromCode: Model = {
      ...model,
      source: { file: source.file, locate: (p) => source.locate(p), locateKey: (p) => source.locateKey(p) },
    };
    const built = await buildFolder(fromCode, { plan: true, planThread: true });
    expect(asMap(built.files).get('plan/plan.txt')).toBe(asMap((await buildFolder(model, { plan: true })).files).get('plan/plan.txt'));
  }, 60_000);
});
