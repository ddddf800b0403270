/**
 * The phrase tables: every rule code, message and readiness item worded in every language, and
 * the Russian output free of English. The samples are typed, so the compiler checks coverage;
 * these tests check what the compiler cannot (empty or broken sentences, English left behind).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, ANALYSIS_LOCALES, RULE_CODES, type AnalysisLocale } from '../../../analysis';
import { en } from '../../../analysis/i18n/en';
import { PHRASEBOOKS } from '../../../analysis/i18n';
import type { Phrasebook, ReadinessId } from '../../../analysis/i18n/types';
import { availableLocales } from '../../../generators/documents/locale';
import { loadModel, WELL_DESIGNED } from '../load';
import { MESSAGE_SAMPLES, READINESS_SAMPLES } from './samples';

const ROOT = join(__dirname, '../../..');
const READINESS_IDS = Object.keys(READINESS_SAMPLES) as ReadinessId[];

/** Every sentence a phrase table can write, from the samples (message, why, fix, summary, readiness). */
function everyPhrase(book: Phrasebook): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const code of RULE_CODES) {
    const rule = book.rules[code];
    out.push(
      { where: `${code} summary`, text: rule.summary },
      { where: `${code} why`, text: rule.why },
      { where: `${code} fix`, text: rule.fix },
    );
    const samples = MESSAGE_SAMPLES[code] as Record<string, readonly unknown[]>;
    const messages = rule.messages as Record<string, (p: unknown, f: Phrasebook['format']) => string>;
    for (const [key, list] of Object.entries(samples)) {
      list.forEach((p, i) => out.push({ where: `${code} ${key} #${i}`, text: messages[key]!(p, book.format) }));
    }
  }
  for (const id of READINESS_IDS) {
    const item = book.readiness[id];
    out.push({ where: `${id} title`, text: item.title });
    const evidence = item.evidence as (p: unknown, f: Phrasebook['format']) => string;
    READINESS_SAMPLES[id].forEach((p, i) => out.push({ where: `${id} evidence #${i}`, text: evidence(p, book.format) }));
  }
  return out;
}

describe.each(ANALYSIS_LOCALES)('phrase table %s', (locale) => {
  const book = PHRASEBOOKS[locale];

  it('has every rule code, with exactly the messages of the English table', () => {
    expect(Object.keys(book.rules).sort()).toEqual([...RULE_CODES].sort());
    for (const code of RULE_CODES) {
      expect(Object.keys(book.rules[code].messages).sort(), code).toEqual(Object.keys(en.rules[code].messages).sort());
      expect(Object.keys(MESSAGE_SAMPLES[code]).sort(), `samples of ${code}`).toEqual(Object.keys(en.rules[code].messages).sort());
    }
    expect(Object.keys(book.readiness).sort()).toEqual([...READINESS_IDS].sort());
  });

  it('writes whole sentences: no empty text, no undefined, NaN or object, no doubled stop', () => {
    for (const { where, text } of everyPhrase(book)) {
      expect(text.trim().length, where).toBeGreaterThan(3);
      expect(text, where).not.toMatch(/undefined|NaN|\[object|\.\.$|\s{2}|\s[,.;:]/);
      expect(text, where).toBe(text.trim());
    }
  });

  it('writes plain text, no Markdown: the documents escape it, so `minimum` was printed with its backticks', () => {
    for (const { where, text } of everyPhrase(book)) expect(text, where).not.toMatch(/[`*_]{1,2}[^\s`*_][^`*_]*[`*_]{1,2}/);
  });

  it('puts every name it was given into the sentence', () => {
    for (const code of RULE_CODES) {
      const samples = MESSAGE_SAMPLES[code] as Record<string, readonly object[]>;
      const messages = book.rules[code].messages as Record<string, (p: unknown, f: Phrasebook['format']) => string>;
      for (const [key, list] of Object.entries(samples)) {
        for (const p of list) {
          const names = JSON.stringify(p).match(/Zq\d/g) ?? [];
          const text = messages[key]!(p, book.format);
          // PB151 names at most three processes and counts the rest (Zq8, Zq9 are the fourth and fifth).
          const shown = code === 'PB151' ? names.filter((n) => !['Zq8', 'Zq9'].includes(n)) : names;
          for (const n of shown) expect(text, `${code} ${key}`).toContain(n);
        }
      }
    }
  });
});

describe('languages', () => {
  it('every language of the documents has a phrase table for the analysis', () => {
    for (const tag of availableLocales()) expect(ANALYSIS_LOCALES, tag).toContain(tag);
  });

  it('an unknown language is an error that names the known ones', () => {
    const model = loadModel(WELL_DESIGNED);
    expect(() => analyze(model, { today: '2026-11-20', locale: 'de' })).toThrow(/"de".*en, ru/);
  });
});

/** The literal English of every phrase: the runs of two or more Latin words between names and punctuation. */
function englishFragments(): string[] {
  const out = new Set<string>();
  for (const { text } of everyPhrase(en)) {
    for (const piece of text.split(/Zq\d|\d+(?:\.\d+)?|[,;:()."'`!?-]/)) {
      const words = piece.trim();
      if (/^[A-Za-z']+(?:\s+[A-Za-z']+)+$/.test(words)) out.add(words);
    }
  }
  return [...out];
}

function russianTexts(file: string, locale: AnalysisLocale = 'ru'): string[] {
  const a = analyze(loadModel(file), { today: '2026-11-20', locale });
  return [...a.findings.flatMap((f) => [f.message, f.why, f.fix]), ...a.readiness.items.flatMap((i) => [i.title, i.evidence])];
}

describe('Russian output', () => {
  const fragments = englishFragments();
  const dental = russianTexts(join(ROOT, 'blueprints/dental-clinic.yaml'));

  it('has English fragments to look for (the check is not vacuous)', () => {
    expect(fragments.length).toBeGreaterThan(100);
    expect(fragments).toContain('stop together');
    // The English analysis of the same blueprint does contain them.
    const english = russianTexts(join(ROOT, 'blueprints/dental-clinic.yaml'), 'en').join('\n');
    expect(fragments.filter((f) => english.includes(f)).length).toBeGreaterThan(20);
  });

  it('the dental clinic: no English phrase of the table, no run of three Latin words outside names', () => {
    expect(dental.length).toBeGreaterThan(20);
    for (const text of dental) {
      // One expect a text, listing what leaked (an expect a fragment was most of this suite's time).
      expect(
        fragments.filter((f) => text.includes(f)),
        'English fragments leaked',
      ).toEqual([]);
      const outsideNames = text.replace(/«[^«»]*(?:«[^«»]*»[^«»]*)*»/g, '«»');
      expect(outsideNames).not.toMatch(/[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}/);
      expect(outsideNames, text).toMatch(/[а-яё]/i);
    }
  });

  it('every rule fixture and example, in Russian: no English phrase of the table', () => {
    const files = [
      ...[join(ROOT, 'test/fixtures/analysis')].flatMap((dir) =>
        readdirSync(dir)
          .filter((f) => f.endsWith('.yaml'))
          .map((f) => join(dir, f)),
      ),
      ...readdirSync(join(ROOT, 'blueprints'))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => join(ROOT, 'blueprints', f)),
    ];
    const codes = new Set<string>();
    for (const file of files) {
      const a = analyze(loadModel(file), { today: '2026-11-20', locale: 'ru' });
      for (const f of a.findings) {
        codes.add(f.code);
        // Names are the blueprint's own words (a check called "Orders in the last hour"): only the rest must be Russian.
        const text = `${f.message} ${f.why} ${f.fix}`.replace(/«[^«»]*(?:«[^«»]*»[^«»]*)*»/g, '«»');
        expect(
          fragments.filter((frag) => text.includes(frag)),
          `${f.code} in ${file}: English fragments leaked`,
        ).toEqual([]);
      }
    }
    expect(codes.size, 'rules seen').toBe(RULE_CODES.length);
  });
});

describe('English output', () => {
  it('keeps the analysis output of before the phrase tables (a spot check of each kind of value)', () => {
    const f = (code: string, key: string, p: unknown) =>
      (en.rules[code as 'PB101'].messages as Record<string, (p: unknown, f: Phrasebook['format']) => string>)[key]!(p, en.format);
    expect(f('PB122', 'tooRare', { data: 'Open orders', every: 86_400, process: 'Taking orders', rpo: 3_600 })).toBe(
      'The freshest copy of Open orders is made every 24 h, but Taking orders may lose at most 60 min of it.',
    );
    expect(f('PB101', 'point', { point: { kind: 'vendor', name: 'Beget' }, processes: ['A', 'B', 'C'] })).toBe(
      'When Beget (every service) fails, A, B and C stop together, and none of them has a plan B that works without it.',
    );
  });
});

// A phrase table without a rule, or a rule without one of its messages, does not compile.
// @ts-expect-error PB101 is missing
export const withoutARule: Phrasebook['rules'] = (({ PB101: _, ...rest }) => rest)(en.rules);
const onlyCritical = { critical: en.rules.PB102.messages.critical };
// @ts-expect-error the `high` message of PB102 is missing
export const withoutAMessage: Phrasebook['rules']['PB102'] = { ...en.rules.PB102, messages: onlyCritical };
