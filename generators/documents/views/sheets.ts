/** The short documents: contact sheet, messages, drill plan, incident log, monthly report. */
import { fp, type FailurePoint } from '../../../analysis/failure-point';
import type { DrillScenario, Message, Person, Process } from '../../../model/model';
import { code, md, mdHeading } from '../escape';
import { addSeconds } from './dates';
import { type Ctx, channelLabel, escalationView, link, names, pageView, paths, personView, processesStoppedBy, rallyView } from './common';
import { type SmsSize, smsSize } from './sms';
import type { Locale } from '../locale';
import { cannot } from '../../../channels';

export function contactsView(ctx: Ctx) {
  const { model, l } = ctx;
  return {
    page: pageView(ctx, l.t('title.contacts'), paths.contacts),
    escalation: escalationView(ctx),
    rally: rallyView(ctx),
    owner: personView(ctx, model.business.owner),
    people: model.people.map((p) => ({ ...personView(ctx, p), role: roleWithContractor(ctx, p) })),
    support: model.services
      .filter((s) => s.support?.contact)
      .map((s) => ({
        name: md(s.name),
        contact: md(s.support!.contact),
        hours: s.support!.hours ? md(s.support!.hours) : '—',
      })),
    statusPage: model.statusPage ? code(`https://${model.statusPage.host}`) : null,
  };
}

/**
 * A person's role, with "(contractor)" added for a contractor unless the role already says so:
 * the contact sheet read 'Web studio "Pixel Studio" (contractor), developer of the shop (contractor)'.
 */
function roleWithContractor(ctx: Ctx, p: Person): string {
  if (!p.contractor || p.role.toLocaleLowerCase(ctx.l.tag).includes(ctx.l.t('contractor').toLocaleLowerCase(ctx.l.tag))) return md(p.role);
  return ctx.l.t('contractorRole', { role: md(p.role) });
}

/** The SMS size of a message that goes over a channel that splits long texts and would be split, else null. */
function splitSms(m: Message): SmsSize | null {
  if (!m.channels.some((c) => cannot(c.kind, 'splits-long-text'))) return null;
  const size = smsSize(m.text);
  return size.parts > 1 ? size : null;
}

export function messagesView(ctx: Ctx) {
  const { model, l } = ctx;
  const view = (audience: 'team' | 'customers') =>
    model.messages
      .filter((m) => m.audience === audience)
      .map((m) => {
        const used = model.processes.filter((p) => p.customerMessage === m);
        return {
          situation: mdHeading(m.situation),
          channels: m.channels.map((c) => channelLabel(ctx, c)).join(', ') || l.t('none'),
          text: md(m.text),
          processes: used.length ? names(used, l) : null,
          // Said while the text can still be shortened.
          sms: splitSms(m),
        };
      });
  const customers = view('customers');
  const team = view('team');
  return {
    page: pageView(ctx, l.t('title.messages'), paths.messages),
    customers: customers.length ? customers : null,
    team: team.length ? team : null,
    customerChannels: model.channels
      .filter((c) => c.audience === 'customers')
      .map((c) => ({
        channel: channelLabel(ctx, c),
        backup: c.backup ? channelLabel(ctx, c.backup) : l.t('none'),
      })),
  };
}

/** Any one of the people ("Anton or Maria", "A, B or C"): whoever of them may switch did. */
function anyOf(list: readonly { name: string }[], l: Locale): string {
  if (list.length < 2) return names(list, l);
  const all = list.map((x) => md(x.name));
  return l.t('anyOf', { list: all.slice(0, -1).join(', '), last: all[all.length - 1]! });
}

/** What a scenario's ids fail: a service, a place or a vendor (in that order of lookup). */
function scenarioPoints(ctx: Ctx, s: DrillScenario): { label: string; point: FailurePoint }[] {
  return s.fail.map((id) => {
    const service = ctx.model.index.services.get(id);
    if (service) return { label: md(service.name), point: fp.service(id) };
    const place = ctx.model.index.places.get(id);
    if (place) return { label: md(place.name), point: fp.place(id) };
    return { label: md(ctx.graph.vendorName(id)), point: fp.vendor(id) };
  });
}

export function drillsView(ctx: Ctx) {
  const { model, l } = ctx;
  const d = model.drills;
  return {
    page: pageView(ctx, l.t('title.drills'), paths.drills),
    plan: d
      ? {
          every: l.duration(d.every),
          last: d.last ? l.date(d.last) : l.t('never'),
          next: d.last ? l.date(addSeconds(d.last, d.every)) : l.t('asSoonAsPossible'),
          owner: personView(ctx, d.planOwner),
        }
      : null,
    scenarios: (d?.scenarios ?? []).map((s, i) => {
      const points = scenarioPoints(ctx, s);
      const hit = new Set<Process>();
      for (const p of points) for (const proc of processesStoppedBy(ctx, p.point)) hit.add(proc);
      // Checks that belong to this scenario: each plan B it calls for, what that plan B needs,
      // and the backup of each channel it takes down.
      const down = model.channels.filter((c) => c.service !== undefined && points.some((p) => ctx.graph.dependsOn(c.service!, p.point)));
      const checks = [
        ...[...hit]
          .filter((p) => p.planB)
          .map((p) =>
            l.t('drillCheck.planB', {
              process: md(p.name),
              people: anyOf(p.planB!.switchedBy, l),
              switchTime: l.duration(p.planB!.switchTime),
            }),
          ),
        ...[...hit]
          .filter((p) => p.planB && p.planB.requires.length)
          .map((p) =>
            l.t('drillCheck.requires', {
              process: md(p.name),
              things: p.planB!.requires.map(md).join('; '),
            }),
          ),
        ...down.filter((c) => c.backup).map((c) => l.t('drillCheck.channel', { channel: md(c.name), backup: md(c.backup!.name) })),
      ];
      return {
        checks,
        // Asked only where a process that stops has a plan B to switch to.
        planB: [...hit].some((p) => p.planB),
        n: i + 1,
        title: mdHeading(s.title),
        fails: points.map((p) => p.label).join(', ') || l.t('none'),
        duration: s.duration ? l.duration(s.duration) : l.t('durationNotSet'),
        processes: [...hit].map((p) => ({
          link: p.criticality === 'critical' || p.criticality === 'high' ? link(md(p.name), paths.drills, paths.process(p)) : md(p.name),
          rto: l.duration(p.rto),
          switchedBy: p.planB ? names(p.planB.switchedBy, l) : l.t('noPlanB'),
        })),
      };
    }),
  };
}

export function incidentLogView(ctx: Ctx) {
  return {
    page: pageView(ctx, ctx.l.t('title.incidentLog'), paths.incidentLog),
    rows: [1, 2, 3, 4, 5, 6, 7, 8],
  };
}

export function monthlyReportView(ctx: Ctx) {
  const { model, l } = ctx;
  const findings = ctx.analysis.findings;
  return {
    page: pageView(ctx, l.t('title.monthlyReport'), paths.monthlyReport),
    risks: findings ? findings.filter((f) => f.severity !== 'info').map((f) => md(f.message)) : null,
    copies: model.data.flatMap((d) => d.copies.map((c) => ({ data: md(d.name), where: md(c.where) }))),
    domains: model.domains.map((d) => ({ name: code(d.name), expires: l.date(d.expires) })),
  };
}
