/**
 * One fixture per loader rule in test/fixtures/loader/: each file states, in `# expect:` lines,
 * every diagnostic it must produce (code, line:column, message), and nothing else may appear.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBlueprintFile } from '../../loader/index';

const DIR = join(__dirname, '../fixtures/loader');
const where = new Map<string, string>();
for (const f of readdirSync(DIR)) if (f.endsWith('.yaml')) where.set(f, join(DIR, f));
const fixtures = [...where.keys()].sort();
const pathOf = (name: string) => where.get(name) as string;

describe('loader fixtures', () => {
  it('has a fixture for every rule that a blueprint file can break', () => {
    const codes = new Set(fixtures.flatMap((f) => [...readFileSync(pathOf(f), 'utf8').matchAll(/^# expect: (PB\d+)/gm)].map((m) => m[1])));
    for (const code of [
      'PB010',
      'PB011',
      'PB012',
      'PB013',
      'PB020',
      'PB021',
      'PB022',
      'PB023',
      'PB024',
      'PB025',
      'PB026',
      'PB030',
      'PB031',
      'PB032',
      'PB033',
      'PB034',
      'PB035',
      'PB036',
      'PB037',
      'PB038',
      'PB039',
      'PB040',
      'PB041',
      'PB042',
      'PB043',
      'PB044',
      'PB045',
    ]) {
      expect(codes, code).toContain(code);
    }
  });

  it.each(fixtures)('%s', (name) => {
    const file = pathOf(name);
    const expected = [...readFileSync(file, 'utf8').matchAll(/^# expect: (.*)$/gm)].map((m) => m[1]);
    const result = loadBlueprintFile(file);
    expect(result.ok).toBe(false);
    const actual = result.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`);
    expect(actual).toEqual(expected);
    for (const d of result.diagnostics) {
      expect(d.file).toBe(file);
      expect(d.severity).toBe('error');
      expect(d.hint, `${d.code} has a fix`).toBeTruthy();
    }
  });

  it('never repeats the secret it found', () => {
    const result = loadBlueprintFile(pathOf('secret-value.yaml'));
    const said = JSON.stringify(result.diagnostics);
    expect(said).not.toContain('ghp_0123456789');
    const key = loadBlueprintFile(pathOf('secret-key.yaml'));
    expect(JSON.stringify(key.diagnostics)).not.toContain('correct-horse-battery');
    expect(JSON.stringify(loadBlueprintFile(pathOf('vault-not-a-reference.yaml')).diagnostics)).not.toContain('Tr0ub4dor');
  });
});
