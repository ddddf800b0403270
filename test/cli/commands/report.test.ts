/** `planb report`: the sample month written; a bad month, a missing journal or an unknown locale refused with nothing written. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

const ROOT = join(__dirname, '../../..');
const shop = join(ROOT, 'blueprints/online-shop.yaml');
const journal = join(ROOT, 'blueprints/journals/online-shop');

describe('planb report', () => {
  const work = mkdtempSync(join(tmpdir(), 'planb-report-'));

  it('writes the sample month as Markdown and HTML, in the language asked', async () => {
    const out = join(work, 'ru');
    const r = await runCli('report', shop, '--journal', journal, '--month', '2026-10', '--out', out, '--locale', 'ru');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('report for 2026-10 written to');
    expect(
      readdirSync(out)
        .filter((f) => !f.startsWith('.'))
        .sort(),
    ).toEqual(['report-2026-10.html', 'report-2026-10.md']);
    expect(readFileSync(join(out, 'report-2026-10.md'), 'utf8')).toContain('# Отчёт о стабильности, октябрь 2026');
  });

  it.each([['2026-13'], ['October'], ['2026-1']])('refuses --month %s (exit 2, nothing written)', async (month) => {
    const out = join(work, `bad-${month}`);
    const r = await runCli('report', shop, '--journal', journal, '--month', month, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('write the month as YYYY-MM, e.g. --month 2026-10; nothing written');
    expect(existsSync(out)).toBe(false);
  });

  it('names an empty --month as empty (exit 2, nothing written)', async () => {
    const out = join(work, 'empty-month');
    const r = await runCli('report', shop, '--journal', journal, '--month', '', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--month is empty (an unset variable?): write the month as YYYY-MM');
    expect(existsSync(out)).toBe(false);
  });

  it('says a --journal that is a file is not a folder (exit 1, nothing written)', async () => {
    const out = join(work, 'file-journal');
    const r = await runCli('report', shop, '--journal', shop, '--month', '2026-10', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--journal .*online-shop\.yaml: a file, not a folder;/);
    expect(existsSync(out)).toBe(false);
  });

  it('writes the report from a folder without journal/ but says the path may be wrong', async () => {
    const empty = join(work, 'no-journal-inside');
    mkdirSync(empty, { recursive: true });
    const out = join(work, 'quiet-month');
    const r = await runCli('report', shop, '--journal', empty, '--month', '2026-10', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('holds no journal/ folder, so the report counts no events');
    expect(existsSync(join(out, 'report-2026-10.md'))).toBe(true);
    const normal = await runCli('report', shop, '--journal', journal, '--month', '2026-10', '--out', join(work, 'normal'));
    expect(normal.stderr).not.toContain('holds no journal/ folder');
  });

  it('refuses a journal folder that does not exist (exit 1, nothing written)', async () => {
    const out = join(work, 'missing');
    const r = await runCli('report', shop, '--journal', join(work, 'no-such-journal'), '--month', '2026-10', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--journal .*no-such-journal: no such folder; give the folder that holds journal\/YYYY\/MM\//);
    expect(existsSync(out)).toBe(false);
  });

  it('names an empty --journal as empty, not as a folder "" that does not exist (exit 1, nothing written)', async () => {
    const out = join(work, 'empty-journal');
    const r = await runCli('report', shop, '--journal', '', '--month', '2026-10', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--journal is empty (an unset variable?)');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an unknown --locale (exit 2)', async () => {
    const r = await runCli('report', shop, '--journal', journal, '--month', '2026-10', '--out', join(work, 'de'), '--locale', 'de');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Allowed choices are en, ru');
  });

  it('refuses to write the report over the journal it reads', async () => {
    const r = await runCli('report', shop, '--journal', journal, '--month', '2026-10', '--out', journal);
    expect(r.code).toBe(2);
    expect(existsSync(join(journal, 'journal/2026/10'))).toBe(true);
  });
});
