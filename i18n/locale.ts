/**
 * The one phrasebook mechanism for words kept as data: a table of phrases per language (`Words`:
 * strings with `{slot}`s, groups of them, plural forms under `count.<noun>.<category>`), read
 * through a `Locale` that fills the slots and writes dates, durations, numbers, money and counts
 * the language's way (Intl). The documents' words.json, the monthly report's and the status page's
 * tables all go through it; the analysis' phrase tables are code (Russian declension needs
 * functions) but count with the same plural helper (./plural.ts).
 */
import { countOf, type PluralForms } from './plural';

/** A table of words: plain strings, or groups of them (enum labels). `{name}` marks a slot. */
export type Words = { readonly [key: string]: string | { readonly [key: string]: string } };

/**
 * Another language's table for the same phrases: every key of the first language's table (`tsc`
 * fails on a missing one), plural groups free to have the forms the language needs.
 */
export type SameWords<T> = { [K in keyof T]: T[K] extends string ? string : { [L in keyof T[K]]: string } & Record<string, string> };

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

const DURATION_UNITS: readonly [unit: string, seconds: number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/** `t`: a phrase by key, `{slot}`s filled; `source` names the table in the error for a missing key. */
function phraseLookup(words: Words, source: string): Locale['t'] {
  return (key, slots) => {
    const dot = key.indexOf('.');
    const group = dot < 0 ? undefined : words[key.slice(0, dot)];
    const value = dot < 0 ? words[key] : typeof group === 'object' ? group[key.slice(dot + 1)] : undefined;
    if (typeof value !== 'string') throw new Error(`${source} has no "${key}"`);
    if (!slots) return value;
    return value.replace(/\{(\w+)\}/g, (all, name: string) => (name in slots ? String(slots[name]) : all));
  };
}

/** `count`: the plural forms of a noun are `count.<noun>.<plural category>` in the table. */
function counter(tag: string, words: Words, source: string, number: (n: number) => string): Locale['count'] {
  return (n, noun) => {
    const group = words['count'];
    const table = typeof group === 'object' ? group : {};
    const other = table[`${noun}.other`];
    if (other === undefined) throw new Error(`${source} has no "count.${noun}.other"`);
    const forms: PluralForms = { other };
    for (const category of ['zero', 'one', 'two', 'few', 'many'] as const) {
      const form = table[`${noun}.${category}`];
      if (form !== undefined) Object.assign(forms, { [category]: form });
    }
    return countOf(tag, n, forms, number);
  };
}

/** `duration`: at most two units ("2 days 3 hours"), seconds only under a minute; memoised. */
function durationWriter(tag: string, zero: () => string): Locale['duration'] {
  const unitFormats = new Map(
    DURATION_UNITS.map(([unit]) => [unit, new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' })]),
  );
  const known = new Map<number, string>();
  const write = (seconds: number): string => {
    if (!Number.isFinite(seconds) || seconds <= 0) return zero();
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
  };
  return (seconds) => {
    let text = known.get(seconds);
    if (text === undefined) known.set(seconds, (text = write(seconds)));
    return text;
  };
}

/** `money`: whole units in the currency's format; an unknown currency code is written as a plain number. */
function moneyWriter(tag: string): Locale['money'] {
  const formats = new Map<string, Intl.NumberFormat>();
  return (n, currency) => {
    let f = formats.get(currency);
    if (!f) {
      try {
        f = new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 0 });
      } catch {
        f = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
      }
      formats.set(currency, f);
    }
    return f.format(n);
  };
}

export function makeLocale(tag: string, words: Words, source = `templates/${tag}/words.json`): Locale {
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const dates = new Map<string, string>();
  const numberFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const percentFormat = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 3 });
  const number = (n: number) => numberFormat.format(n);
  const t = phraseLookup(words, source);
  return {
    tag,
    words,
    t,
    date(iso) {
      // A blueprint has a handful of dates, written into thousands of runbooks: Intl formats each once.
      let text = dates.get(iso);
      if (text === undefined)
        dates.set(iso, (text = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? dateFormat.format(new Date(`${iso}T00:00:00Z`)) : iso));
      return text;
    },
    duration: durationWriter(tag, () => t('zeroDuration')),
    number,
    count: counter(tag, words, source, number),
    money: moneyWriter(tag),
    percent: (fraction) => percentFormat.format(fraction),
  };
}
