/**
 * The technical passport: where the domains, hosting, backups and accesses are, and the
 * integrations between services. Password-manager references only; a secret-looking value is
 * replaced by the escape helpers before it reaches a template.
 */
import type { Access, Account } from '../../../model/model';
import { code, md } from '../escape';
import { type Ctx, link, names, pageView, paths } from './common';

function accountView(ctx: Ctx, a: Account | undefined): string {
  if (!a) return ctx.l.t('unknown');
  const owner = ctx.l.t(`accountOwner.${a.owner}`);
  return a.registeredTo ? `${owner}: ${md(a.registeredTo)}` : owner;
}

function accessView(ctx: Ctx, a: Access | undefined): string {
  if (!a) return ctx.l.t('unknown');
  const parts: string[] = [];
  if (a.vault) parts.push(code(a.vault));
  if (a.holders.length) parts.push(names(a.holders, ctx.l));
  if (a.recovery) parts.push(`${ctx.l.t('recovery')}: ${md(a.recovery)}`);
  return parts.join('; ') || ctx.l.t('unknown');
}

export function passportView(ctx: Ctx) {
  const { model, l } = ctx;
  return {
    page: pageView(ctx, l.t('title.passport'), paths.passport),
    domains: domainRows(ctx),
    failover: model.domains.flatMap((d) =>
      d.failover.map((f) => ({
        name: code(f.name),
        primary: code(f.primary),
        secondary: code(f.secondary),
        check: md(f.check.name),
      })),
    ),
    services: serviceRows(ctx),
    backups: backupRows(ctx),
    dataWithoutCopies: model.data.filter((d) => d.copies.length === 0).map((d) => md(d.name)),
    integrations: model.services.flatMap((s) => s.dependsOn.map((d) => ({ from: md(s.name), to: md(d.name) }))),
    contractors: model.people
      .filter((p) => p.contractor)
      .map((p) => ({
        name: md(p.name),
        role: md(p.role),
        services: names(
          model.services.filter((s) => s.access?.holders.includes(p)),
          l,
        ),
      })),
    support: supportRows(ctx),
    monitoring: model.endpoints.map((e) => ({
      name: md(e.name),
      url: code(e.url),
      every: l.duration(e.interval),
      tls: e.tlsDaysLeft === undefined ? '—' : l.t('tlsDays', { days: l.number(e.tlsDaysLeft) }),
    })),
    statusPage: model.statusPage
      ? {
          host: code(model.statusPage.host),
          hosting: l.t(`statusPageHosting.${model.statusPage.hosting}`),
          components: names(model.statusPage.components, l),
        }
      : null,
    infrastructure: {
      region: code(model.infrastructure.awsRegion),
      // The replica region holds the backup buckets' replicas only: without one nothing is copied there.
      replica: model.data.some((d) => d.copies.some((c) => c.kind === 'backup-bucket')) ? code(model.infrastructure.replicaRegion) : null,
    },
  };
}

function domainRows(ctx: Ctx) {
  const { model, l } = ctx;
  return model.domains.map((d) => ({
    name: code(d.name),
    registrar: md(d.registrar),
    expires: l.date(d.expires),
    autoRenew: l.t(d.autoRenew ? 'yes' : 'no'),
    account: accountView(ctx, d.account),
    dns: d.dns.map((x) => l.t(`dnsProvider.${x}`)).join(', ') || l.t('none'),
    access: accessView(ctx, d.access),
  }));
}

function serviceRows(ctx: Ctx) {
  const { model, l } = ctx;
  return model.services.map((s) => ({
    link: link(md(s.name), paths.passport, paths.service(s)),
    kind: l.t(`serviceKind.${s.kind}`),
    vendor: md(s.vendor),
    where:
      [s.dataLocation ? md(s.dataLocation) : '', s.location.length ? names(s.location, l) : ''].filter(Boolean).join('; ') ||
      l.t('unknown'),
    account: accountView(ctx, s.account),
    access: accessView(ctx, s.access),
  }));
}

function backupRows(ctx: Ctx) {
  const { model, l } = ctx;
  return model.data.flatMap((d) =>
    d.copies.map((c) => ({
      data: md(d.name),
      source: md(d.source.name),
      kind: l.t(`copyKind.${c.kind}`),
      where: md(c.where),
      every: l.duration(c.every),
      how: [l.t(c.automated ? 'automated' : 'manual'), c.offline ? l.t('offline') : ''].filter(Boolean).join(', '),
      checked: c.lastChecked ? l.date(c.lastChecked) : l.t('never'),
      checkEvery: c.checkEvery ? l.duration(c.checkEvery) : l.t('notPlanned'),
    })),
  );
}

function supportRows(ctx: Ctx) {
  const { model, l } = ctx;
  return model.services
    .filter((s) => s.support)
    .map((s) => ({
      name: md(s.name),
      contact: s.support?.contact ? md(s.support.contact) : '—',
      hours: s.support?.hours ? md(s.support.hours) : '—',
      response: s.support?.responseTime ? l.duration(s.support.responseTime) : '—',
      contract: s.support?.contract ? md(s.support.contract) : '—',
    }));
}
