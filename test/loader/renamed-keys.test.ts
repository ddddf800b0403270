/**
 * A required key written under another name is one mistake and gets one error, at the key the
 * user wrote, naming the key it stands for; unrelated slips keep their own errors.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../loader/index';

const SHOP = readFileSync('blueprints/online-shop.yaml', 'utf8');
const LINE = '      switchedBy: [dmitry]';

function validate(replacement: string) {
  expect(SHOP).toContain(LINE);
  const text = SHOP.replace(LINE, replacement);
  const line = text.split('\n').indexOf(replacement) + 1;
  const loaded = loadBlueprintText(text, 'shop.yaml');
  expect(loaded.ok).toBe(false);
  return { line, errors: loaded.diagnostics.filter((d) => d.severity === 'error') };
}

describe('a required key under another name', () => {
  it('`who:` for `switchedBy:` is one error at `who`, naming the key it stands for', () => {
    const { line, errors } = validate('      who: [dmitry]');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: 'PB021',
      line,
      column: 7,
      pointer: '/processes/1/planB/who',
      message: 'unknown key "who" in planB, where "switchedBy" is missing',
      hint: 'if "who" is meant as "switchedBy", rename it: switchedBy:',
    });
  });

  it('a stray key of another type beside the missing one: two errors, as two slips', () => {
    const { errors } = validate('      notes: forgot the list');
    expect(errors.map((e) => e.code).sort()).toEqual(['PB021', 'PB022']);
    expect(errors.find((e) => e.code === 'PB022')?.message).toBe('missing key "switchedBy" in planB');
  });

  it('a misspelt optional key beside a missing one of the same type: both named, as two slips', () => {
    // `capcity` is a typo of capacity (text), and summary (text too) is left out.
    const summary = '      summary: Switch the checkout to the reserve gateway CloudPayments.';
    const capacity = '      capacity: Full; SBP payments are not available on the reserve gateway.';
    expect(SHOP).toContain(summary);
    const text = SHOP.replace(summary, '').replace(capacity, capacity.replace('capacity', 'capcity'));
    const loaded = loadBlueprintText(text, 'shop.yaml');
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((e) => [e.code, e.message, e.hint])).toEqual([
      ['PB022', 'missing key "summary" in planB', 'add "summary:"; see docs/blueprint.md for what it means'],
      ['PB021', 'unknown key "capcity" in planB', 'did you mean "capacity"?'],
    ]);
  });
});

describe('a required key misspelt', () => {
  it('is one error at the misspelling, asking whether the required key was meant', () => {
    const { line, errors } = validate('      switchedBi: [dmitry]');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: 'PB021',
      line,
      message: 'unknown key "switchedBi" in planB, where "switchedBy" is missing',
      hint: 'did you mean "switchedBy"? (it is required here)',
    });
  });
});
