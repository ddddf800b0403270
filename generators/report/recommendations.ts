/** Recommendations drawn from the month's findings, most urgent first; each names what to do. */
import { md } from '../documents/escape';
import type { BackupRow, ChannelDelivery, Recurring } from './findings';
import { reactionSeconds } from './incidents';
import type { Ctx } from './sections';

/** A channel delivering less than this share of its pages needs a look. */
export const CHANNEL_SUCCESS_FLOOR = 0.95;

export function recommendations(
  c: Ctx,
  found: { recurring: readonly Recurring[]; channels: readonly ChannelDelivery[]; refused: number; backups: readonly BackupRow[] },
): string[] {
  const { l, data } = c;
  const out: string[] = [];
  const never = data.incidents.filter((i) => !i.ack);
  if (never.length) out.push(l.t('recNever', { list: never.map((i) => `${md(i.target.name)} (${c.when(i.raisedAt)})`).join(', ') }));
  const late = data.incidents.filter((i) => (reactionSeconds(i) ?? 0) > i.reactionTarget);
  if (late.length) out.push(l.t('recLate', { n: l.count(late.length, 'incident') }));
  for (const p of data.processes.filter((a) => a.longestSeconds > a.item.rto)) {
    out.push(l.t('recRto', { process: md(p.item.name), duration: l.duration(p.longestSeconds), rto: l.duration(p.item.rto) }));
  }
  for (const r of found.recurring)
    out.push(l.t('recRecurring', { name: md(r.name), count: l.count(r.incidents.length, 'time'), alarm: r.alarm.replace(/`/g, '') }));
  for (const ch of found.channels.filter((x) => x.delivered / (x.delivered + x.failed) < CHANNEL_SUCCESS_FLOOR)) {
    out.push(
      l.t('recChannel', {
        channel: md(c.model.index.channels.get(ch.channel)?.name ?? ch.channel),
        percent: l.percent(ch.delivered / (ch.delivered + ch.failed)),
      }),
    );
  }
  for (const b of found.backups.filter((x) => x.testOverdue && x.copy.automated)) {
    out.push(
      b.lastTest === undefined
        ? l.t('recRestoreNever', { data: md(b.data.name), copy: md(b.copy.where) })
        : l.t('recRestore', { data: md(b.data.name), copy: md(b.copy.where), date: l.date(b.lastTest) }),
    );
  }
  for (const d of data.domains.filter((x) => !x.autoRenew)) out.push(l.t('recDomain', { domain: md(d.name), date: l.date(d.expires) }));
  const noCause = data.incidents.filter((i) => i.causes.length === 0);
  if (noCause.length) out.push(l.t('recCause', { n: l.count(noCause.length, 'incident') }));
  if (found.refused) out.push(l.t('recRefused', { n: l.count(found.refused, 'acknowledgement') }));
  if (data.journal.skipped.length) out.push(l.t('recSkipped', { n: l.count(data.journal.skipped.length, 'event') }));
  return out;
}
