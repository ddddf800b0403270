/** "If X is down": a runbook per service and one per provider that runs several of them. */
import { fp, type FailurePoint } from '../../../analysis/failure-point';
import { isCriticalOrHigh } from '../../../analysis/graph';
import type { Process, Service } from '../../../model/model';
import { code, md, mdHeading } from '../escape';
import { type Ctx, channelLabel, link, names, pageView, paths, personView, processesStoppedBy } from './common';

function stoppedView(ctx: Ctx, point: FailurePoint, self: string, processes: readonly Process[] = processesStoppedBy(ctx, point)) {
  return processes.map((p: Process) => {
    const planBPath = ctx.graph.planBPath(p);
    return {
      name: md(p.name),
      link: p.criticality === 'critical' || p.criticality === 'high' ? link(md(p.name), self, paths.process(p)) : md(p.name),
      criticality: ctx.l.t(`level.${p.criticality}`),
      rto: ctx.l.duration(p.rto),
      planB: p.planB ? md(p.planB.summary) : null,
      // The plan B needs the very thing that is down: it will not help in this outage.
      planBAlsoDown: planBPath ? planBPath.has(point) : false,
    };
  });
}

/**
 * What else the failure takes away besides the processes it stops: plan Bs that need it (their
 * processes still run, but have no fallback now), channels that run on it (and their backups),
 * the rally point, the status page.
 */
function affectedView(ctx: Ctx, point: FailurePoint, self: string) {
  const { model, graph } = ctx;
  const stopped = new Set(processesStoppedBy(ctx, point));
  const planBLost = (ctx.by.planBUsers.get(point) ?? [])
    .filter((p) => !stopped.has(p))
    .map((p) => ({
      link: isCriticalOrHigh(p) ? link(md(p.name), self, paths.process(p)) : md(p.name),
      planB: md(p.planB!.summary),
    }));
  const down = model.channels.filter((c) => c.service !== undefined && graph.dependsOn(c.service, point));
  const channelsDown = down.map((c) => ({
    name: channelLabel(ctx, c),
    rally: c.rallyPoint,
    backup: c.backup && !down.includes(c.backup) ? channelLabel(ctx, c.backup) : null,
  }));
  const rally = down.find((c) => c.rallyPoint);
  const statusPageDown = model.statusPage !== undefined && model.statusPage.dependsOn.some((s) => graph.dependsOn(s, point));
  return {
    planBLost,
    channelsDown,
    statusPageDown,
    rallyDown: rally ? { backup: rally.backup && !down.includes(rally.backup) ? channelLabel(ctx, rally.backup) : null } : null,
  };
}

function supportView(ctx: Ctx, s: Service) {
  const sup = s.support;
  return {
    contact: sup?.contact ? md(sup.contact) : null,
    hours: sup?.hours ? md(sup.hours) : null,
    responseTime: sup?.responseTime ? ctx.l.duration(sup.responseTime) : null,
    contract: sup?.contract ? md(sup.contract) : null,
  };
}

export function serviceRunbookView(ctx: Ctx, s: Service) {
  const { model, l } = ctx;
  const self = paths.service(s);
  const point = fp.service(s.id);
  const dependents = ctx.by.dependents.get(point) ?? [];
  const vendorServices = ctx.graph.vendorServices(s.vendorKey);
  return {
    page: pageView(ctx, l.t('title.service', { name: mdHeading(s.name) }), self),
    name: md(s.name),
    kind: l.t(`serviceKind.${s.kind}`),
    vendor: md(s.vendor),
    providerLink: vendorServices.length > 1 ? link(l.t('title.provider', { name: md(s.vendor) }), self, paths.provider(s.vendorKey)) : null,
    url: s.url ? code(s.url) : null,
    sla: s.sla === undefined ? null : l.percent(s.sla),
    dataLocation: s.dataLocation ? md(s.dataLocation) : null,
    places: s.location.length ? names(s.location, l) : null,
    dependsOn: s.dependsOn.length ? s.dependsOn.map((d) => link(md(d.name), self, paths.service(d))).join(', ') : null,
    standby: s.standby.length ? s.standby.map((d) => link(md(d.name), self, paths.service(d))).join(', ') : null,
    dependents: dependents.length ? dependents.map((d) => link(md(d.name), self, paths.service(d))).join(', ') : null,
    checks: (ctx.by.endpoints.get(s) ?? []).map((e) => ({ name: md(e.name), url: code(e.url) })),
    // With a standby nothing stops while it works; say what stops if it does not take over.
    stopped: s.standby.length ? stoppedView(ctx, point, self, ctx.by.standbyUsers.get(s) ?? []) : stoppedView(ctx, point, self),
    affected: affectedView(ctx, point, self),
    data: (ctx.by.data.get(s) ?? []).map((d) => ({
      name: md(d.name),
      copies: d.copies.length ? d.copies.map((c) => md(c.where)).join('; ') : l.t('none'),
    })),
    support: supportView(ctx, s),
    accessHolders: s.access?.holders.length ? s.access.holders.map((h) => personView(ctx, h)) : null,
    vault: s.access?.vault ? code(s.access.vault) : null,
    notes: s.notes ? md(s.notes) : null,
    contactsLink: link(l.t('title.contacts'), self, paths.contacts),
  };
}

export function providerRunbookView(ctx: Ctx, vendorKey: string) {
  const { l } = ctx;
  const self = paths.provider(vendorKey);
  const services = ctx.graph.vendorServices(vendorKey);
  const name = md(ctx.graph.vendorName(vendorKey));
  const support = services.find((s) => s.support?.contact) ?? services[0]!;
  return {
    page: pageView(ctx, l.t('title.provider', { name: mdHeading(ctx.graph.vendorName(vendorKey)) }), self),
    name,
    services: services.map((s) => ({ link: link(md(s.name), self, paths.service(s)), kind: l.t(`serviceKind.${s.kind}`) })),
    stopped: stoppedView(ctx, fp.vendor(vendorKey), self),
    affected: affectedView(ctx, fp.vendor(vendorKey), self),
    support: supportView(ctx, support),
    serviceNames: names(services, l),
  };
}

/** Vendors running two or more services: a mass outage of one takes them all. */
export function sharedVendors(ctx: Ctx): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of ctx.model.services) {
    if (seen.has(s.vendorKey)) continue;
    seen.add(s.vendorKey);
    if (ctx.graph.vendorServices(s.vendorKey).length > 1) out.push(s.vendorKey);
  }
  return out;
}
