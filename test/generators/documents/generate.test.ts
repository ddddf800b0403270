import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDocuments } from '../../../generators/documents';
import { availableLocales, loadLocale, templatesRoot } from '../../../generators/documents/locale';
import type { Words } from '../../../i18n/locale';
import { PARTIAL_FILES, rendererFor, TEMPLATE_FILES } from '../../../generators/documents/render';
import { EXAMPLES, exampleModel } from './build-model';
import { lintMarkdown } from './lint';

function keysOf(words: Words, prefix = ''): string[] {
  return Object.entries(words)
    .flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keysOf(v as Words, `${k}.`)))
    .sort();
}

describe('languages', () => {
  const en = keysOf(loadLocale('en').words);
  it.each(availableLocales())('%s has every template, partial and word', (tag) => {
    const dir = path.join(templatesRoot(), tag);
    for (const file of [...Object.values(TEMPLATE_FILES), ...PARTIAL_FILES, 'words.json']) {
      expect(fs.existsSync(path.join(dir, file)), `templates/${tag}/${file}`).toBe(true);
    }
    // Plural forms differ by language (Russian has one/few/many): a noun needs each category
    // its language's plural rules use; other words are the same keys as English.
    const words = keysOf(loadLocale(tag).words);
    const plain = (keys: string[]) => keys.filter((k) => !k.startsWith('count.'));
    const nouns = (keys: string[]) => [...new Set(keys.filter((k) => k.startsWith('count.')).map((k) => k.split('.')[1]))].sort();
    expect(plain(words)).toEqual(plain(en));
    expect(nouns(words)).toEqual(nouns(en));
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
    for (const noun of nouns(en)) for (const c of categories) expect(words, `${tag}: count.${noun}.${c}`).toContain(`count.${noun}.${c}`);
  });

  it('counts with the plural form of the language', () => {
    expect([1, 2, 5].map((n) => loadLocale('en').count(n, 'problem'))).toEqual(['1 problem', '2 problems', '5 problems']);
    expect([1, 3, 5, 21].map((n) => loadLocale('ru').count(n, 'problem'))).toEqual([
      '1 проблема',
      '3 проблемы',
      '5 проблем',
      '21 проблема',
    ]);
  });

  it('a language folder missing a template is refused, naming the file', () => {
    const root = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'planb-tpl-'));
    fs.cpSync(path.join(templatesRoot(), 'en'), path.join(root, 'xx'), { recursive: true });
    fs.rmSync(path.join(root, 'xx', 'drills.md.hbs'));
    expect(() => rendererFor(loadLocale('xx', root), root)).toThrow(/templates\/xx\/drills\.md\.hbs is missing/);
  });

  it('an unknown language is an error that lists the available ones', () => {
    expect(() => generateDocuments(exampleModel('online-shop'), { locale: 'de' })).toThrow(/"de".*available: en, ru/);
  });

  it('formats dates, durations and money for the language', () => {
    const en = loadLocale('en');
    const ru = loadLocale('ru');
    expect(en.date('2026-03-05')).toBe('March 5, 2026');
    expect(ru.date('2026-03-05')).toBe('5 марта 2026 г.');
    expect(en.duration(5400)).toBe('1 hour 30 minutes');
    expect(ru.duration(5400)).toBe('1 час 30 минут');
    expect(ru.duration(7200)).toBe('2 часа');
    expect(ru.money(6000, 'RUB')).toBe('6\u00a0000\u00a0₽');
  });
});

describe.each(EXAMPLES)('documents for %s', (name) => {
  const model = exampleModel(name);
  const docs = generateDocuments(model);

  it('has the index, the sheets, a runbook per critical/high process and per service', () => {
    const paths = docs.map((d) => d.path);
    expect(paths[0]).toBe('README.md');
    for (const p of ['contacts.md', 'messages.md', 'checklist.md', 'passport.md', 'drills.md', 'incident-log.md', 'monthly-report.md'])
      expect(paths).toContain(p);
    const important = model.processes.filter((p) => p.criticality === 'critical' || p.criticality === 'high');
    expect(docs.filter((d) => d.kind === 'process-runbook')).toHaveLength(important.length);
    expect(docs.filter((d) => d.kind === 'service-runbook')).toHaveLength(model.services.length);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("is byte-identical run to run and carries no date but the blueprint's", () => {
    const again = generateDocuments(exampleModel(name));
    expect(again).toEqual(docs);
    const today = new Date().toISOString().slice(0, 10);
    const l = loadLocale(model.business.language);
    const all = docs.map((d) => d.content).join('\n');
    if (today !== model.business.revised) {
      expect(all).not.toContain(today);
      expect(all).not.toContain(l.date(today));
    }
    expect(all).toContain(l.date(model.business.revised));
  });

  it('says "analysis not run" where the analysis would speak', () => {
    const index = docs[0]!.content;
    const notRun = model.business.language === 'ru' ? 'анализ не запускался' : 'analysis not run';
    expect(index.toLowerCase()).toContain(notRun);
    expect(index).not.toContain('```mermaid');
  });

  it('passes markdownlint with the checked-in config', async () => {
    expect(await lintMarkdown(docs)).toEqual([]);
  });

  it('links only to documents that exist', () => {
    const paths = new Set(docs.map((d) => d.path));
    for (const d of docs) {
      for (const m of d.content.matchAll(/\]\(([^)]+\.md)\)/g)) {
        expect(paths.has(path.posix.normalize(path.posix.join(path.posix.dirname(d.path), m[1]!))), `${d.path} -> ${m[1]}`).toBe(true);
      }
    }
  });
});

describe('a model in the other language', () => {
  it('the Russian clinic can be written in English, and the shop in Russian', () => {
    const ru = generateDocuments(exampleModel('online-shop'), { locale: 'ru' });
    expect(ru[0]!.content).toMatch(/^# Документы на случай сбоя/);
    const en = generateDocuments(exampleModel('dental-clinic'), { locale: 'en' });
    expect(en[0]!.content).toMatch(/^# Continuity documents/);
  });
});

describe('a day of downtime against the cost of the measures', () => {
  const runbookOf = (docs: ReturnType<typeof generateDocuments>) =>
    docs.find((d) => d.kind === 'process-runbook' && d.content.includes('An hour of stoppage'))?.content ?? '';

  it("shows a day without the process beside the declared measures and, from a plan, the cloud stack's monthly cost", () => {
    const model = exampleModel('online-shop');
    const process = model.processes.find((p) => p.costPerHour !== undefined && p.criticality === 'critical');
    expect(process).toBeDefined();
    const day = loadLocale('en').money((process?.costPerHour ?? 0) * 24, model.business.currency);
    const withPlan = runbookOf(
      generateDocuments(model, { locale: 'en', stackCost: { monthly: 57.75, currency: 'USD', prices: '2026-12-02' } }),
    );
    expect(withPlan).toContain(`a day without`);
    expect(withPlan).toContain(`**${day}**`);
    expect(withPlan).toContain(loadLocale('en').money(model.business.measuresCostPerMonth ?? 0, model.business.currency));
    expect(withPlan).toContain(
      `these measures cost **${loadLocale('en').money(model.business.measuresCostPerMonth ?? 0, model.business.currency)}** a month (the integrator's figure); ` +
        `by the plan's estimate, **${loadLocale('en').money(57.75, 'USD')}** a month for the cloud stack (list prices of December 2, 2026; usage and backup storage extra).`,
    );
    // `planb docs` runs no plan: the declared measures only.
    const noPlan = runbookOf(generateDocuments(model, { locale: 'en' }));
    expect(noPlan).toContain(`**${day}**`);
    expect(noPlan).not.toContain('cloud stack');
    const ru = generateDocuments(model, { locale: 'ru', stackCost: { monthly: 57.75, currency: 'USD', prices: '2026-12-02' } });
    expect(ru.some((d) => d.content.includes('день без процесса') && d.content.includes('за облачную часть'))).toBe(true);
    const ruRunbook = ru.find((d) => d.content.includes('за облачную часть'))?.content ?? '';
    expect(ruRunbook).toContain(
      `эти меры стоят **${loadLocale('ru').money(model.business.measuresCostPerMonth ?? 0, model.business.currency)}** в месяц (по оценке интегратора); ` +
        `по оценке плана **${loadLocale('ru').money(57.75, 'USD')}** в месяц за облачную часть (цены на 2 декабря 2026 г., без оплаты по использованию и хранения копий).`,
    );
  });
});
