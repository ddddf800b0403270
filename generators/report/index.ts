/**
 * The monthly stability report: model + the journal's stored objects -> Markdown and printable
 * HTML. Pure and deterministic: no clock (the month is given), no I/O, events in time order,
 * times in the business's own time zone.
 */
import type { GeneratedFile } from '../documents/types';
import { makeLocale, type Locale } from '../../i18n/locale';
import { renderHtml } from '../html';
import { tidy } from '../documents/render';
import type { Model } from '../../model/model';
import { alarmTargets } from '../../runtime/journal/alarms';
import { monthOf, processAvailability, serviceAvailability } from './availability';
import { backups, deliveryByChannel, expiringDomains, recurring, refusedByReason } from './findings';
import { buildIncidents } from './incidents';
import { readJournal, type StoredObject } from './journal';
import { recommendations } from './recommendations';
import * as section from './sections';
import type { ReportData } from './types';
import { REPORT_WORDS } from './words';

export type { StoredObject } from './journal';

export interface ReportOptions {
  /** YYYY-MM */
  month: string;
  /** Defaults to business.language. */
  locale?: string;
  /** The month before's objects, for incidents that run over the month's start (see readJournal). */
  earlier?: readonly StoredObject[];
}

/** The report's languages. */
export const REPORT_LOCALES = Object.keys(REPORT_WORDS).sort();

export function reportLocale(tag: string): Locale {
  const words = REPORT_WORDS[tag];
  if (!words) throw new Error(`no report in language "${tag}" (available: ${REPORT_LOCALES.join(', ')})`);
  return makeLocale(tag, words, 'generators/report/words.ts');
}

export function reportData(
  model: Model,
  objects: readonly StoredObject[],
  month: string,
  earlier: readonly StoredObject[] = [],
): ReportData {
  const targets = alarmTargets(model);
  const journal = readJournal(objects, month, targets, earlier);
  const m = monthOf(month);
  // Carried events all come before the month's own, so the two lists together stay in time order.
  const incidents = buildIncidents(model, [...journal.carried, ...journal.events], targets);
  return {
    month: m,
    journal,
    incidents,
    processes: processAvailability(model, incidents, m),
    services: serviceAvailability(model, incidents, m),
    domains: expiringDomains(model, m),
  };
}

function monthName(l: Locale, month: string): string {
  return new Intl.DateTimeFormat(l.tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

export function reportMarkdown(model: Model, data: ReportData, l: Locale): { markdown: string; figures: Record<string, string> } {
  const when = new Intl.DateTimeFormat(l.tag, {
    timeZone: model.business.timezone,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const c: section.Ctx = { l, model, data, when: (ms) => when.format(ms), person: (id) => model.index.people.get(id)?.name ?? id };
  const o: section.Out = { lines: [], figures: {} };
  const month = monthName(l, data.month.id);
  const events = data.journal.events;
  o.lines.push(
    `# ${l.t('title', { month, business: section.mdText(model.business.name) })}`,
    '',
    l.t('intro', {
      events: l.count(events.length, 'event'),
      incidents: l.count(data.incidents.length, 'incident'),
      timezone: model.business.timezone,
    }),
    '',
  );
  if (events.length === 0) o.lines.push(`> ${l.t('emptyMonth')}`, '');
  const found = {
    recurring: recurring(data.incidents),
    channels: deliveryByChannel(events),
    refused: events.filter((e) => e.kind === 'ack-refused').length,
    backups: backups(model, data.incidents, data.month),
  };
  section.summary(c, o);
  section.availability(c, o);
  section.incidents(c, o);
  section.recurring(c, o, found.recurring);
  section.delivery(c, o, found.channels, refusedByReason(events));
  section.backups(c, o, found.backups);
  section.expiring(c, o);
  section.log(c, o);
  const recs = recommendations(c, found);
  o.lines.push(`## ${l.t('recommendations')}`, '', ...(recs.length ? recs.map((r) => `- [ ] ${r}`) : [l.t('noRecommendations')]), '');
  section.skipped(c, o);
  o.lines.push('---', '', l.t('footer', { month }), '');
  return { markdown: tidy(o.lines.join('\n')), figures: o.figures };
}

/** `report-YYYY-MM.md` and its printable `report-YYYY-MM.html`. */
export async function generateReport(model: Model, objects: readonly StoredObject[], options: ReportOptions): Promise<GeneratedFile[]> {
  const l = reportLocale(options.locale ?? model.business.language);
  const data = reportData(model, objects, options.month, options.earlier);
  const { markdown, figures } = reportMarkdown(model, data, l);
  const path = `report-${options.month}.md`;
  const title = markdown.slice(2, markdown.indexOf('\n'));
  const html = await renderHtml([{ kind: 'monthly-report', path, title, content: markdown }], {
    lang: l.tag,
    title,
    contentsLabel: '',
    figures,
  });
  const page = html.find((f) => f.path === `html/report-${options.month}.html`)!;
  return [
    { path, content: markdown },
    { path: `report-${options.month}.html`, content: page.content },
  ];
}
