/**
 * README's promise, "a blueprint validate accepts builds", over every small blueprint the tests
 * keep: each fixture the loader accepts plans under the mock runtime. The analysis fixtures are
 * the shapes newcomers write (a check with no alert route, Telegram-only alerts, a route with
 * nothing to carry), which planned with "no alert route" or "fallback: empty" and no position.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../loader/index';
import { planModel } from '../../generators/plan/index';

const ROOT = join(__dirname, '../fixtures');
const FOLDERS = ['analysis', 'stacks', 'blueprints'];
const valid = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `${folder}/${f}`),
).filter((name) => loadBlueprintText(readFileSync(join(ROOT, name), 'utf8'), name).ok);

describe('every fixture validate accepts plans', () => {
  it('has fixtures to plan', () => {
    expect(valid.length).toBeGreaterThan(50);
  });

  it.each(valid)('%s', async (name) => {
    const loaded = loadBlueprintText(readFileSync(join(ROOT, name), 'utf8'), name);
    if (!loaded.ok) throw new Error('invalid');
    const plan = await planModel(loaded.model, { blueprint: name });
    expect(plan.resources.length).toBeGreaterThan(0);
  });
});
