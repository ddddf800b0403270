/**
 * The report's sections as Markdown, one function each. Every blueprint or journal string passes
 * through `md` (escaped, secrets hidden: a cause typed into the bot may hold a password).
 */
import type { Locale } from '../../i18n/locale';
import { code, md } from '../documents/escape';
import type { Model } from '../../model/model';
import type { Availability } from './availability';
import { availabilityStrip, recoveryChart } from './charts';
import type { BackupRow, ChannelDelivery, Recurring } from './findings';
import { EXPIRY_HORIZON_DAYS, RECURRING_AT } from './findings';
import { type Incident, reactionSeconds, recoverySeconds, recoveredUnanswered, stoppedProcesses } from './incidents';
import type { ReportData } from './types';

/** At most this many skipped objects are listed one by one; the rest are counted. */
export const SKIPPED_LISTED = 50;

export interface Out {
  lines: string[];
  figures: Record<string, string>;
}

export interface Ctx {
  l: Locale;
  model: Model;
  data: ReportData;
  /** Local date and time in the business's time zone. */
  when(ms: number): string;
  person(id: string): string;
}

const table = (head: string[], rows: string[][]) => [
  `| ${head.join(' | ')} |`,
  `| ${head.map(() => '---').join(' | ')} |`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
  '',
];

export function summary(c: Ctx, o: Out): void {
  const { l, data } = c;
  const inc = data.incidents;
  const acked = inc.filter((i) => reactionSeconds(i) !== undefined && reactionSeconds(i)! <= i.reactionTarget).length;
  o.lines.push(
    `## ${l.t('summary')}`,
    '',
    `- ${l.t('summaryDown', { duration: l.duration(data.processes.reduce((s, p) => s + p.downSeconds, 0)) })}`,
    `- ${l.t('summaryAck', { ok: l.number(acked), all: l.count(inc.length, 'incident') })}`,
    `- ${l.t('summaryNever', { n: l.number(inc.filter((i) => !i.ack).length) })}`,
    `- ${l.t('summaryUnanswered', { n: l.number(inc.filter(recoveredUnanswered).length) })}`,
    '',
  );
}

function verdict(l: Locale, a: Availability<unknown>, limit: number | undefined, key: 'verdictRto' | 'verdictSla', fails: boolean): string {
  return limit === undefined && key === 'verdictSla' ? l.t('noSla') : fails ? `**${l.t(key)}**` : l.t('verdictOk');
}

export function availability(c: Ctx, o: Out): void {
  const { l, data } = c;
  o.lines.push(`## ${l.t('availabilityProcesses')}`, '', l.t('availabilityNote'), '');
  o.lines.push(
    ...table(
      [l.t('colProcess'), l.t('colDown'), l.t('colAvailability'), l.t('colLongest'), l.t('colRto'), l.t('colVerdict')],
      data.processes.map((a) => [
        md(a.item.name),
        l.duration(a.downSeconds),
        l.percent(a.fraction),
        l.duration(a.longestSeconds),
        l.duration(a.item.rto),
        verdict(l, a, a.item.rto, 'verdictRto', a.longestSeconds > a.item.rto),
      ]),
    ),
  );
  const strip = availabilityStrip(data.processes, data.month, l.t('availabilityProcesses'));
  o.figures.availability = strip.svg;
  o.lines.push(l.t('stripCaption'), '', '```figure-availability', strip.text, '```', '');
  o.lines.push(`## ${l.t('availabilityServices')}`, '');
  o.lines.push(
    ...table(
      [l.t('colService'), l.t('colDown'), l.t('colAvailability'), l.t('colSla'), l.t('colVerdict')],
      data.services.map((a) => [
        md(a.item.name),
        l.duration(a.downSeconds),
        l.percent(a.fraction),
        a.item.sla !== undefined ? l.percent(a.item.sla) : l.t('noSla'),
        verdict(l, a, a.item.sla, 'verdictSla', a.item.sla !== undefined && a.fraction < a.item.sla),
      ]),
    ),
  );
}

function ackCell(c: Ctx, i: Incident): string {
  if (!i.ack) return c.l.t('ackNever');
  const slots = { person: md(c.person(i.ack.person)), how: c.l.t(`method.${i.ack.method}`) };
  return recoveredUnanswered(i) ? c.l.t('ackAfterRecovery', slots) : c.l.t('ackBy', slots);
}

function reactionCell(c: Ctx, i: Incident): string {
  const s = reactionSeconds(i);
  const target = c.l.duration(i.reactionTarget);
  if (s === undefined) return i.stage > 1 ? c.l.t('stageReached', { stage: i.stage }) : c.l.t('dash');
  return c.l.t(s > i.reactionTarget ? 'late' : 'inTime', { time: c.l.duration(s), target });
}

const causeCell = (c: Ctx, i: Incident) => (i.causes.length ? i.causes.map((n) => md(n.text)).join('; ') : c.l.t('noCause'));

export function incidents(c: Ctx, o: Out): void {
  const { l, data } = c;
  o.lines.push(`## ${l.t('incidents')}`, '');
  if (data.incidents.length === 0) {
    o.lines.push(l.t('noIncidents'), '');
    return;
  }
  o.lines.push(
    ...table(
      [
        l.t('colNumber'),
        l.t('colWhat'),
        l.t('colStarted'),
        l.t('colAck'),
        l.t('colReaction'),
        l.t('colPlanBBy'),
        l.t('colRecovered'),
        l.t('colRecovery'),
        l.t('colCause'),
      ],
      data.incidents.map((i, n) => {
        const ttr = recoverySeconds(i);
        return [
          String(n + 1),
          `${md(i.target.name)} ${code(i.target.id)}`,
          c.when(i.raisedAt),
          ackCell(c, i),
          reactionCell(c, i),
          i.planB.length ? i.planB.map((p) => md(c.person(p.person))).join(', ') : l.t('none'),
          i.recoveredAt !== undefined ? c.when(i.recoveredAt) : l.t('stillOpen'),
          ttr !== undefined ? `${l.duration(ttr)}${i.rto !== undefined ? ` (${l.duration(i.rto)})` : ''}` : l.t('dash'),
          causeCell(c, i),
        ];
      }),
    ),
  );
  const carried = data.incidents.filter((i) => i.raisedAt < data.month.start).length;
  if (carried > 0) o.lines.push('', l.t('carriedOver', { incidents: l.count(carried, 'incident') }));
  const bars = data.incidents
    .filter((i) => i.rto !== undefined && i.recoveredAt !== undefined)
    .map((i) => ({ label: `${c.when(i.raisedAt)} ${i.target.name}`, seconds: recoverySeconds(i)!, rto: i.rto! }));
  if (bars.length) {
    const chart = recoveryChart(bars, l.t('recoveryCaption'), (s) => l.duration(s));
    o.figures.recovery = chart.svg;
    o.lines.push(l.t('recoveryCaption'), '', '```figure-recovery', chart.text, '```', '');
  }
}

export function recurring(c: Ctx, o: Out, list: readonly Recurring[]): void {
  const { l } = c;
  o.lines.push(`## ${l.t('recurring')}`, '');
  if (!list.length) o.lines.push(l.t('noRecurring', { n: RECURRING_AT }));
  for (const r of list) {
    const total = r.incidents.reduce((s, i) => s + (recoverySeconds(i) ?? (c.data.month.end - i.raisedAt) / 1000), 0);
    o.lines.push(
      `- ${l.t('recurringLine', { name: md(r.name), alarm: r.alarm.replace(/`/g, ''), count: l.count(r.incidents.length, 'time'), duration: l.duration(total) })}`,
    );
  }
  o.lines.push('');
}

export function delivery(c: Ctx, o: Out, rows: readonly ChannelDelivery[], refused: readonly { reason: string; count: number }[]): void {
  const { l, model } = c;
  o.lines.push(`## ${l.t('delivery')}`, '');
  if (!rows.length) o.lines.push(l.t('noDelivery'), '');
  else {
    o.lines.push(
      ...table(
        [l.t('colChannel'), l.t('colDelivered'), l.t('colFailed'), l.t('colSkipped'), l.t('colSuccess')],
        rows.map((r) => [
          md(model.index.channels.get(r.channel)?.name ?? r.channel),
          l.number(r.delivered),
          l.number(r.failed),
          l.number(r.skipped),
          l.percent(r.delivered / (r.delivered + r.failed)),
        ]),
      ),
    );
  }
  if (refused.length) o.lines.push(l.t('refused', { list: refused.map((r) => `${md(r.reason)} (${l.number(r.count)})`).join(', ') }), '');
}

export function backups(c: Ctx, o: Out, rows: readonly BackupRow[]): void {
  const { l } = c;
  o.lines.push(`## ${l.t('backups')}`, '');
  if (!rows.length) {
    o.lines.push(l.t('noBackups'), '');
    return;
  }
  o.lines.push(
    ...table(
      [l.t('colData'), l.t('colCopy'), l.t('colFreshness'), l.t('colStale'), l.t('colLastTest')],
      rows.map((r) => [
        md(r.data.name),
        md(r.copy.where),
        l.number(r.alarms),
        l.duration(r.staleSeconds),
        r.lastTest === undefined ? l.t('testNever') : r.testOverdue ? l.t('testOverdue', { date: l.date(r.lastTest) }) : l.date(r.lastTest),
      ]),
    ),
  );
}

export function expiring(c: Ctx, o: Out): void {
  const { l, data } = c;
  o.lines.push(`## ${l.t('expiring')}`, '');
  if (!data.domains.length) o.lines.push(l.t('noExpiring', { days: EXPIRY_HORIZON_DAYS }));
  for (const d of data.domains)
    o.lines.push(`- ${l.t('expiringLine', { domain: md(d.name), date: l.date(d.expires), auto: l.t(d.autoRenew ? 'yes' : 'no') })}`);
  const certs = data.incidents.filter((i) => i.target.kind === 'certificate' || i.target.kind === 'domain');
  if (certs.length)
    o.lines.push('', l.t('certAlarms', { list: certs.map((i) => `${md(i.target.name)} (${c.when(i.raisedAt)})`).join(', ') }));
  o.lines.push('');
}

/** The processes the incident stopped, as the availability table counts them; else what failed, stopping none. */
function stoppedCell(c: Ctx, i: Incident): string {
  const stopped = stoppedProcesses(i);
  return stopped.length ? stopped.map((p) => md(p.name)).join(', ') : c.l.t('logNoneStopped', { what: md(i.target.name) });
}

/** The same columns as the blank incident log in the owner's documents, filled in. */
export function log(c: Ctx, o: Out): void {
  const { l, data } = c;
  o.lines.push(`## ${l.t('log')}`, '', l.t('logIntro'), '');
  o.lines.push(
    ...table(
      [l.t('colStarted'), l.t('logNoticed'), l.t('logStopped'), l.t('logPlanB'), l.t('logBack'), l.t('logRecovery'), l.t('colCause')],
      data.incidents.map((i) => [
        c.when(i.raisedAt),
        i.ack ? md(c.person(i.ack.person)) : l.t('ackNever'),
        stoppedCell(c, i),
        i.planB.length ? i.planB.map((p) => md(c.model.index.processes.get(p.process)?.name ?? p.process)).join(', ') : l.t('none'),
        i.recoveredAt !== undefined ? c.when(i.recoveredAt) : l.t('stillOpen'),
        recoverySeconds(i) !== undefined ? l.duration(recoverySeconds(i)!) : l.t('dash'),
        causeCell(c, i),
      ]),
    ),
  );
}

/** Blueprint text for a heading or sentence. */
export const mdText = md;

export function skipped(c: Ctx, o: Out): void {
  const { l, data } = c;
  const j = data.journal;
  o.lines.push(`## ${l.t('skipped')}`, '');
  if (!j.skipped.length && !j.reordered && !j.adjusted) o.lines.push(l.t('nothingSkipped'), '');
  if (j.reordered) o.lines.push(`- ${l.t('reordered', { n: l.count(j.reordered, 'event') })}`);
  if (j.adjusted) o.lines.push(`- ${l.t('adjusted', { n: l.count(j.adjusted, 'event') })}`);
  for (const s of j.skipped.slice(0, SKIPPED_LISTED)) {
    const slots = Object.fromEntries(
      Object.entries(s.reason)
        .filter(([k]) => k !== 'code')
        .map(([k, v]) => [k, typeof v === 'string' ? md(v) : v]),
    );
    o.lines.push(`- ${code(s.key)}: ${l.t(`skip.${s.reason.code}`, slots)}`);
  }
  if (j.skipped.length > SKIPPED_LISTED) o.lines.push(`- ${l.t('skippedMore', { n: l.number(j.skipped.length - SKIPPED_LISTED) })}`);
  o.lines.push('');
}
