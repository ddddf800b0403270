/**
 * How the Russian phrases write values. Names from the blueprint cannot be declined by code, so
 * they go in «quotes» after a common noun that is declined instead ("у процесса «Запись»"), and
 * people's names stand where the nominative fits ("может только Ирина Котова"). Durations are
 * written in the nominative ("2 часа", "21 минута"), so sentences put them after a dash or as the
 * subject ("уйдёт 21 минута"), never after a preposition that would need another case.
 */
import type { Format, Subject } from './types';
import { countOf } from '../../i18n/plural';

const LOCALE = 'ru';
const dates = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' });
const numbers = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const units = new Map(
  (['second', 'minute', 'hour', 'day'] as const).map((u) => [
    u,
    new Intl.NumberFormat(LOCALE, { style: 'unit', unit: u, unitDisplay: 'long', maximumFractionDigits: 1 }),
  ]),
);

/** "A, B и C". */
export function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} и ${words[words.length - 1]}`;
}

/** "A, B или C": one of several things. */
export function orList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} или ${words[words.length - 1]}`;
}

/** A count with its noun in the right form: 1 человек, 2 человека, 5 человек, 21 человек (fractions: many). */
export function plural(n: number, forms: { one: string; few: string; many: string }): string {
  return countOf(LOCALE, n, { ...forms, other: forms.many }, (x) => numbers.format(x));
}

/** The same scale as the English ("90 секунд", "1,5 минуты", "2 часа", "3 дня"), in full words. */
export function duration(seconds: number): string {
  if (seconds < 120) return units.get('second')!.format(seconds);
  if (seconds < 2 * 3600) return units.get('minute')!.format(seconds / 60);
  if (seconds < 3 * 86400) return units.get('hour')!.format(seconds / 3600);
  return units.get('day')!.format(seconds / 86400);
}

export const format: Format = {
  list,
  duration,
  // "13 сентября 2025 г.": the month is already in the genitive, so "до 13 сентября" reads right.
  date: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? dates.format(new Date(`${iso}T00:00:00Z`)) : iso),
  number: (n) => numbers.format(n),
};

/** A name in «quotes»; quotes inside it become „these“, as Russian nests them. */
export function q(name: string): string {
  return `«${name.replace(/«/g, '„').replace(/»/g, '“')}»`;
}

/** Names in quotes, listed: «A», «B» и «C». */
export function qlist(names: readonly string[]): string {
  return list(names.map(q));
}

/** Genitive nouns, singular and plural, for each kind of thing that fails. */
const GENITIVE: Record<Exclude<Subject['kind'], 'vendor' | 'person'>, [one: string, many: string]> = {
  service: ['сервиса', 'сервисов'],
  place: ['площадки', 'площадок'],
  domain: ['домена', 'доменов'],
};

/**
 * Things that fail, in the genitive ("при сбое …", "зависят от …"): one noun per run of the same
 * kind, so two services read "сервисов «A» и «B»", not "сервиса «A» и сервиса «B»".
 */
export function genitive(subjects: readonly Subject[]): string {
  const groups: Subject[][] = [];
  for (const s of subjects) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.kind === s.kind && s.kind !== 'vendor') last.push(s);
    else groups.push([s]);
  }
  return list(
    groups.map((g) => {
      const kind = g[0]!.kind;
      if (kind === 'vendor') return `всех сервисов ${g[0]!.name}`;
      if (kind === 'person') return list(g.map((s) => s.name));
      const names = kind === 'domain' ? list(g.map((s) => s.name)) : qlist(g.map((s) => s.name));
      return `${GENITIVE[kind][g.length > 1 ? 1 : 0]} ${names}`;
    }),
  );
}
