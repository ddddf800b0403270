/** The human report's frame in each analysis language: headings, labels and a summary with plurals. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analysis';
import { formatGithub, formatHuman, formatSarif } from '../../../analysis/report';
import { HUMAN_WORDS } from '../../../analysis/report/human-words';
import { loadModel } from '../load';

const clinic = loadModel(join(__dirname, '../../../blueprints/dental-clinic.yaml'));

describe('human report words', () => {
  it('is in Russian throughout with --locale ru', () => {
    const text = formatHuman(analyze(clinic, { today: '2026-11-22', locale: 'ru' }), { color: false });
    expect(text).toMatch(/^Ошибки \(\d+\)$/m);
    expect(text).toContain('    почему: ');
    expect(text).toContain('    что сделать: ');
    expect(text).toMatch(/^Готовность \d+\/100$/m);
    expect(text).not.toMatch(/\b(Errors|Warnings|why:|fix:|Readiness|readiness)\b/);
    expect(text.trimEnd().split('\n').pop()).toMatch(
      /: \d+ ошиб(ка|ки|ок), \d+ предупреждени(е|я|й), \d+ замечани(е|я|й); готовность \d+\/100 \(на 2026-11-22\)$/,
    );
  });

  it.each([
    [{ error: 1, warning: 2, info: 5 }, '1 ошибка, 2 предупреждения, 5 замечаний'],
    [{ error: 11, warning: 21, info: 14 }, '11 ошибок, 21 предупреждение, 14 замечаний'],
    [{ error: 22, warning: 0, info: 101 }, '22 ошибки, 0 предупреждений, 101 замечание'],
  ])('Russian plurals %o', (n, expected) => {
    expect(HUMAN_WORDS.ru.summary(n, 50, '2026-01-01')).toBe(`${expected}; готовность 50/100 (на 2026-01-01)`);
  });

  it('keeps the English summary', () => {
    expect(HUMAN_WORDS.en.summary({ error: 1, warning: 0, info: 2 }, 90, '2026-01-01')).toBe(
      '1 error, 0 warnings, 2 notes; readiness 90/100 (as of 2026-01-01)',
    );
  });
});

describe('CI labels in the analysis language', () => {
  const ru = analyze(clinic, { today: '2026-11-22', locale: 'ru' });

  it('GitHub annotations and the readiness notice speak Russian with --locale ru', () => {
    const lines = formatGithub(ru).trimEnd().split('\n');
    expect(lines[0]).toContain('Что сделать:');
    expect(lines[0]).not.toContain('Fix:');
    const notice = lines.at(-1)!;
    expect(notice).toMatch(/title=Готовность плана Б \d+\/100::Готовность \d+\/100\. Ещё не сделано: /);
    expect(notice).toContain('(нет)');
    expect(notice).not.toMatch(/Readiness|Not yet done|\((pass|partial|fail)\)/);
  });

  it('SARIF rule metadata is in Russian too, and the fingerprints are those of English', () => {
    const doc = JSON.parse(formatSarif(ru, { baseDir: process.cwd(), toolVersion: '0.1.0' }));
    const pb101 = doc.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'PB101');
    expect(pb101.shortDescription.text).toMatch(/^Сервис, поставщик или площадка/);
    expect(pb101.help.text).toContain('Что сделать:');
    const en = JSON.parse(formatSarif(analyze(clinic, { today: '2026-11-22' }), { baseDir: process.cwd(), toolVersion: '0.1.0' }));
    expect(doc.runs[0].results.map((r: { partialFingerprints: unknown }) => r.partialFingerprints)).toEqual(
      en.runs[0].results.map((r: { partialFingerprints: unknown }) => r.partialFingerprints),
    );
  });
});
