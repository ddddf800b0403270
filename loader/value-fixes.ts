/**
 * What a newcomer most likely meant by a value the schema refuses, so the hint can say the exact
 * text to write ("15 min" -> "15m", "01.09.2026" -> "2026-09-01", "eur" -> "EUR") instead of the
 * rule alone. Each returns undefined when it would only be guessing.
 */
import { formatDuration } from './durations';

const DAY = 86400;

/** Unit words, in English and Russian, by their seconds; a month is counted as 30 days, a year as 365. */
const UNIT_WORDS: readonly [RegExp, number][] = [
  [/^(s|secs?|seconds?|с|сек|секунд[аы]?)$/, 1],
  [/^(m|mins?|minutes?|м|мин|минут[аы]?)$/, 60],
  [/^(h|hrs?|hours?|ч|час|часа|часов)$/, 3600],
  [/^(d|days?|д|дн|день|дня|дней|сут|суток|сутки)$/, DAY],
  [/^(w|wks?|weeks?|нед|неделя|недели|недель|неделю)$/, 7 * DAY],
  [/^(mo|mon|mths?|months?|мес|месяц|месяца|месяцев)$/, 30 * DAY],
  [/^(y|yrs?|years?|г|год|года|лет)$/, 365 * DAY],
];

/** Words that are a period on their own. */
const PERIOD_WORDS: Readonly<Record<string, number>> = {
  hourly: 3600,
  daily: DAY,
  nightly: DAY,
  weekly: 7 * DAY,
  monthly: 30 * DAY,
  quarterly: 90 * DAY,
  yearly: 365 * DAY,
  annually: 365 * DAY,
  ежечасно: 3600,
  ежедневно: DAY,
  еженедельно: 7 * DAY,
  ежемесячно: 30 * DAY,
  ежеквартально: 90 * DAY,
  ежегодно: 365 * DAY,
};

/** "15 min", "2 hours", "1y", "6 months", "weekly", "2ч", "PT15M" -> the duration to write. */
export function durationFix(written: string): string | undefined {
  const text = written
    .trim()
    .toLowerCase()
    .replace(/^every\s+/, '');
  const seconds = PERIOD_WORDS[text] ?? numbered(text) ?? compound(text) ?? iso8601(written.trim().toUpperCase());
  return seconds !== undefined && seconds > 0 ? formatDuration(seconds) : undefined;
}

function numbered(text: string): number | undefined {
  // A unit word alone ("every day") is one of it.
  const m = /^([0-9]+(?:[.,][0-9]+)?)?\s*([a-zа-яё]+)\.?$/.exec(text);
  if (m === null) return undefined;
  const unit = UNIT_WORDS.find(([words]) => words.test(m[2] as string));
  return unit === undefined ? undefined : Math.round(Number((m[1] ?? '1').replace(',', '.')) * unit[1]);
}

/**
 * A duration in parts, as people write them: "1h30m", "1 hour 30 minutes", "2 часа 30 минут",
 * "1d 12h": the sum, which formatDuration writes in one unit (90m, 36h).
 */
function compound(text: string): number | undefined {
  let total = 0;
  let parts = 0;
  let at = 0;
  for (const m of text.matchAll(/(\d+(?:[.,]\d+)?)\s*([a-zа-яё]+)\.?/g)) {
    // Between parts only spaces, a comma or "and"; "1h30" leaves the unit of 30 to guess.
    if (!/^\s*(?:,|and|и)?\s*$/.test(text.slice(at, m.index))) return undefined;
    const seconds = numbered(`${m[1]} ${m[2]}`);
    if (seconds === undefined) return undefined;
    total += seconds;
    parts++;
    at = m.index + m[0].length;
  }
  return parts >= 2 && at === text.length ? total : undefined;
}

/** ISO 8601 durations as written elsewhere: P1D, PT15M, P2W. */
function iso8601(text: string): number | undefined {
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text);
  if (m === null || text === 'P' || text.endsWith('T')) return undefined;
  const [w, d, h, min, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number];
  return w * 7 * DAY + d * DAY + h * 3600 + min * 60 + s;
}

/** "01.09.2026", "2026/09/01", "2026-9-1", "13/01/2027" -> "YYYY-MM-DD"; undefined when day and month could swap. */
export function dateFix(written: string): string | undefined {
  const text = written.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m !== null) return isoDate(m[1] as string, m[2] as string, m[3] as string);
  // Day first with dots (Europe, Russia); with slashes only when one part cannot be a month.
  m = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})$/.exec(text);
  if (m === null) return undefined;
  const [a, sep, b, year] = [Number(m[1]), m[2], Number(m[3]), m[4] as string];
  if (sep === '.' || a > 12) return isoDate(year, String(b), String(a));
  if (b > 12) return isoDate(year, String(a), String(b));
  return undefined;
}

function isoDate(year: string, month: string, day: string): string | undefined {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  '€': 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  $: 'USD',
  us$: 'USD',
  '£': 'GBP',
  '₽': 'RUB',
  руб: 'RUB',
  'руб.': 'RUB',
  рубль: 'RUB',
  рубли: 'RUB',
  рублей: 'RUB',
  '¥': 'JPY',
  '₴': 'UAH',
  '₸': 'KZT',
  chf: 'CHF',
};

/** "eur", "€", "руб." -> the ISO 4217 code. */
export function currencyFix(written: string): string | undefined {
  const text = written.trim().toLowerCase();
  return CURRENCY_WORDS[text] ?? (/^[a-z]{3}$/.test(text) ? text.toUpperCase() : undefined);
}

/** "Bean There Café" -> "bean-there-cafe"; undefined when too little Latin text is left for a slug. */
export function slugFix(written: string): string | undefined {
  const slug = written
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .slice(0, 30)
    .replace(/-+$/, '');
  return /^[a-z][a-z0-9-]{1,29}$/.test(slug) ? slug : undefined;
}
