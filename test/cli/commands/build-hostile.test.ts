/**
 * The hostile corpus through the main job: every loader fixture (test/fixtures/loader, one per
 * way a blueprint can be wrong, each stating its diagnostics in `# expect:` lines) given to
 * `planb build` exits 1, prints exactly those diagnostics with file:line:col, and writes nothing:
 * no output folder, no temporary folder, no lock, and the folder it would have replaced untouched.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

const DIR = join(__dirname, '../../fixtures/loader');
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('planb build on the hostile corpus', () => {
  it.each(fixtures)('%s: exit 1, its diagnostics, nothing written', async (name) => {
    const file = join(DIR, name);
    const expected = [...readFileSync(file, 'utf8').matchAll(/^# expect: (PB\d+) (\d+):(\d+) (.*)$/gm)];
    const work = mkdtempSync(join(tmpdir(), 'planb-hostile-'));
    const out = join(work, 'out');
    mkdirSync(out);
    writeFileSync(join(out, '.planb-output'), 'an earlier run\n');
    writeFileSync(join(out, 'kept.md'), 'kept\n');
    const r = await runCli('build', file, '--out', out);
    expect(r.code).toBe(1);
    for (const [, code, line, column, message] of expected) {
      expect(r.stderr).toContain(`${file}:${line}:${column}: error ${code}: ${message}`);
    }
    expect(r.stderr).toContain(`${file}: invalid; nothing written`);
    expect(r.stdout).toBe('');
    expect(readdirSync(work)).toEqual(['out']);
    expect(readdirSync(out).sort()).toEqual(['.planb-output', 'kept.md']);
  });
});
