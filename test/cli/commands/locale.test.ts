/**
 * Which language each command words the analysis in: `analyze` English unless --locale; `docs`
 * and `build` documents in the blueprint's language; the build verdict English unless --locale.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

const ROOT = join(__dirname, '../../..');
const dental = join(ROOT, 'blueprints/dental-clinic.yaml');
const PB113_EN = /The escalation order ends with Наталья Сергеевна Волкова/;
const PB113_RU = /В порядке эскалации всего один человек: Наталья Сергеевна Волкова\./;

describe('planb analyze --locale', () => {
  it('is English by default, even for a Russian blueprint', async () => {
    const r = await runCli('analyze', dental, '--today', '2026-11-20', '--format', 'json');
    expect(r.stdout).toMatch(PB113_EN);
    expect(r.stdout).not.toMatch(PB113_RU);
  });

  it('words findings and readiness in Russian with --locale ru', async () => {
    const r = await runCli('analyze', dental, '--today', '2026-11-20', '--format', 'json', '--locale', 'ru');
    const doc = JSON.parse(r.stdout) as { findings: { message: string }[]; readiness: { items: { title: string }[] } };
    expect(doc.findings.some((f) => PB113_RU.test(f.message))).toBe(true);
    expect(doc.readiness.items[0]!.title).toBe('Определены критичные процессы');
  });

  it('refuses a language it has no phrases for, as a usage error', async () => {
    const r = await runCli('analyze', dental, '--locale', 'de');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/de/);
    expect(r.stderr).toMatch(/en, ru/);
  });
});

describe('planb build languages', () => {
  const work = mkdtempSync(join(tmpdir(), 'planb-locale-'));
  const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');

  it('writes Russian documents and an English verdict for a Russian blueprint', async () => {
    const out = join(work, 'default');
    expect((await runCli('build', dental, '--out', out, '--no-plan')).code).toBe(0);
    expect(read(out, 'verdict/analysis.txt')).toMatch(PB113_EN);
    expect(read(out, 'documents/checklist.md')).toMatch(PB113_RU);
    expect(read(out, 'documents/checklist.md')).not.toMatch(PB113_EN);
  });

  it('writes both in the language given with --locale', async () => {
    const ru = join(work, 'ru');
    expect((await runCli('build', dental, '--out', ru, '--no-plan', '--locale', 'ru')).code).toBe(0);
    expect(read(ru, 'verdict/analysis.txt')).toMatch(PB113_RU);
    const en = join(work, 'en');
    expect((await runCli('build', dental, '--out', en, '--no-plan', '--locale', 'en')).code).toBe(0);
    expect(read(en, 'documents/checklist.md')).toMatch(PB113_EN);
    expect(read(en, 'verdict/analysis.txt')).toMatch(PB113_EN);
  });
});
