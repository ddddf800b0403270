/**
 * An engine error in the build (a TypeError, a blown stack) is a bug in Plan B: it escapes to
 * runCli, which ends with exit 3, instead of being reported as an invalid blueprint (exit 1) the
 * way a component's refusal of its arguments is. The output folder stays as it was either way.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as pipeline from '../../../pipeline';
import { isEngineError } from '../../../cli/exit-codes';
import { refusedByLoader } from '../../../stacks/map/notes';
import { runCli } from '../run-cli';

// A spy, not vi.mock: this suite shares its worker's module cache with others (vitest.config.mts).
const failure = { error: new Error('unset') as unknown };
beforeEach(() => {
  vi.spyOn(pipeline, 'buildFolder').mockImplementation(async () => {
    throw failure.error;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

function loaderGap(): unknown {
  try {
    refusedByLoader('/monitoring/endpoints/9/url', "www.SHOP.EXAMPLE is on none of the blueprint's domains (PB042)");
  } catch (error) {
    return error;
  }
}

const BLUEPRINT = join(__dirname, '../../fixtures/blueprints/minimal.yaml');

function outFolder(): { work: string; out: string } {
  const work = mkdtempSync(join(tmpdir(), 'planb-build-bug-'));
  const out = join(work, 'out');
  mkdirSync(out);
  writeFileSync(join(out, '.planb-output'), 'an earlier run\n');
  return { work, out };
}

describe('planb build when the build itself fails', () => {
  it('a component refusing its arguments is exit 1, nothing written', async () => {
    failure.error = new Error('zoneName: "x" is not a domain name');
    const { work, out } = outFolder();
    const r = await runCli('build', BLUEPRINT, '--out', out, '--no-plan');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('zoneName: "x" is not a domain name; nothing written');
    expect(readdirSync(work)).toEqual(['out']);
  });

  it.each([
    ['a TypeError', new TypeError('(0 , checklist_1.checklistItems) is not a function')],
    ['a blown stack', new RangeError('Maximum call stack size exceeded')],
    ['a throw that is no Error', 'a string'],
    ['the plan meeting what validate should have refused', loaderGap()],
  ])('%s escapes as a bug (exit 3 in runCli), and the folder stays as it was', async (_name, error) => {
    failure.error = error;
    const { work, out } = outFolder();
    await expect(runCli('build', BLUEPRINT, '--out', out, '--no-plan')).rejects.toBe(error);
    expect(readdirSync(work)).toEqual(['out']);
    expect(readdirSync(out)).toEqual(['.planb-output']);
  });

  it('tells engine errors from refusals', () => {
    expect(isEngineError(new TypeError('x'))).toBe(true);
    expect(isEngineError(new RangeError('x'))).toBe(true);
    expect(isEngineError(undefined)).toBe(true);
    expect(isEngineError(new Error('argument refused'))).toBe(false);
  });
});
