/**
 * A language: its folder of templates and its table of words, plus formatting through Intl.
 *
 * Adding a language is adding `templates/<tag>/` with every template and a `words.json` that has
 * every key the English one has (a test compares them). Nothing in code names a language.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A table of words: plain strings, or groups of them (enum labels). `{name}` marks a slot. */
export type Words = { readonly [key: string]: string | { readonly [key: string]: string } };

export interface Locale {
  readonly tag: string;
  readonly words: Words;
  /** A word or phrase by key (`group.key` for groups), with `{slot}`s filled. Unknown keys throw. */
  t(key: string, slots?: Record<string, string | number>): string;
  /** A date written out (`15 March 2025`), from an ISO date; never the clock. */
  date(iso: string): string;
  /** Seconds as words (`1 hour 30 minutes`). */
  duration(seconds: number): string;
  number(n: number): string;
  /** A number with its noun in the right plural form (`3 problems`, `3 проблемы`), from `count.<noun>.<category>`. */
  count(n: number, noun: string): string;
  money(n: number, currency: string): string;
  /** A fraction as a percentage (`0.999` -> `99.9%`). */
  percent(fraction: number): string;
}

/** Where the templates live, from the source tree or from dist/ (tsc does not copy them). */
export function templatesRoot(): string {
  const beside = path.join(__dirname, 'templates');
  if (fs.existsSync(beside)) return beside;
  return path.resolve(__dirname, '..', '..', '..', 'generators', 'documents', 'templates');
}

/** Every language that has a folder of templates, sorted. */
export function availableLocales(root = templatesRoot()): string[] {
  return fs.readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

const cache = new Map<string, Locale>();

export function loadLocale(tag: string, root = templatesRoot()): Locale {
  const key = `${root}\0${tag}`;
  const known = cache.get(key);
  if (known) return known;
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) || !availableLocales(root).includes(tag)) {
    throw new Error(`no documents in language "${tag}": add templates/${tag}/ (available: ${availableLocales(root).join(', ')})`);
  }
  const words = JSON.parse(fs.readFileSync(path.join(root, tag, 'words.json'), 'utf8')) as Words;
  const locale = makeLocale(tag, words);
  cache.set(key, locale);
  return locale;
}

const DURATION_UNITS: readonly [unit: string, seconds: number][] = [
  ['day', 86_400], ['hour', 3_600], ['minute', 60], ['second', 1],
];

export function makeLocale(tag: string, words: Words): Locale {
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const dates = new Map<string, string>();
  const numberFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const percentFormat = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 3 });
  const unitFormats = new Map(DURATION_UNITS.map(([unit]) => [unit, new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' })]));
  const moneyFormats = new Map<string, Intl.NumberFormat>();

  function t(key: string, slots?: Record<string, string | number>): string {
    const dot = key.indexOf('.');
    const group = dot < 0 ? undefined : words[key.slice(0, dot)];
    const value = dot < 0 ? words[key] : typeof group === 'object' ? group[key.slice(dot + 1)] : undefined;
    if (typeof value !== 'string') throw new Error(`templates/${tag}/words.json has no "${key}"`);
    if (!slots) return value;
    return value.replace(/\{(\w+)\}/g, (all, name: string) => (name in slots ? String(slots[name]) : all));
  }

  const pluralRules = new Intl.PluralRules(tag);
  function count(n: number, noun: string): string {
    const group = words['count'];
    const forms = typeof group === 'object' ? group : {};
    const word = forms[`${noun}.${pluralRules.select(n)}`] ?? forms[`${noun}.other`];
    if (word === undefined) throw new Error(`templates/${tag}/words.json has no "count.${noun}.other"`);
    return `${numberFormat.format(n)} ${word}`;
  }

  function durationText(seconds: number): string {
    if (!Number.isFinite(seconds) || seconds <= 0) return t('zeroDuration');
    const parts: string[] = [];
    let left = Math.round(seconds);
    for (const [unit, size] of DURATION_UNITS) {
      // Seconds only when the whole duration is under a minute: nobody plans in "2 h 0 min 5 s".
      if (unit === 'second' && parts.length) break;
      const count = Math.floor(left / size);
      left -= count * size;
      if (count) parts.push(unitFormats.get(unit)!.format(count));
      if (parts.length === 2) break; // "2 days 3 hours" is precise enough for a plan
    }
    return parts.join(' ');
  }

  const durations = new Map<number, string>();
  return {
    tag,
    words,
    t,
    date(iso) {
      // A blueprint has a handful of dates, written into thousands of runbooks: Intl formats each once.
      let text = dates.get(iso);
      if (text === undefined) {
        text = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? dateFormat.format(new Date(`${iso}T00:00:00Z`)) : iso;
        dates.set(iso, text);
      }
      return text;
    },
    duration(seconds) {
      const known = durations.get(seconds);
      if (known !== undefined) return known;
      const text = durationText(seconds);
      durations.set(seconds, text);
      return text;
    },
    number: (n) => numberFormat.format(n),
    count,
    money(n, currency) {
      let f = moneyFormats.get(currency);
      if (!f) {
        try {
          f = new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 0 });
        } catch {
          f = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
        }
        moneyFormats.set(currency, f);
      }
      return f.format(n);
    },
    percent: (fraction) => percentFormat.format(fraction),
  };
}
