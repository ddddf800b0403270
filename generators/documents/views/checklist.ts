/**
 * The readiness checklist: the practitioners' outage checklist, each item ticked from the
 * blueprint (and from the analysis where it ran), with what is missing in words.
 */
import { isCriticalOrHigh } from '../../../analysis/graph';
import { unwatchedHosts } from '../../../analysis/facts/unwatched-hosts';
import type { AlertRoute, DataSet, Model } from '../../../model/model';
import { md } from '../escape';
import { addSeconds } from './dates';
import { type Ctx, names, pageView, paths } from './common';

export interface CheckItem {
  id: string;
  done: boolean;
  title: string;
  missing: string | null;
}

type Verdict = true | string[] | { text: string };
const MINIMUM = ['customers', 'orders', 'templates', 'instructions'] as const;

/** Each check returns true, or the names (already escaped) of what fails it. */
const CHECKS: readonly [id: string, check: (m: Model, ctx: Ctx) => Verdict][] = [
  ['critical-named', (m) => m.processes.some((p) => p.criticality === 'critical') || []],
  ['dependencies', (m) => fails(m.processes.filter((p) => isCriticalOrHigh(p) && p.needs.length === 0))],
  ['data-location', (m) => fails(m.services.filter((s) => !s.dataLocation && s.location.length === 0))],
  ['plan-b', (m) => fails(m.processes.filter((p) => isCriticalOrHigh(p) && !p.planB))],
  [
    'offline-minimum',
    (m, ctx) => {
      const missing = MINIMUM.filter((kind) => !m.data.some((d) => d.minimum === kind && d.copies.some((c) => c.offline)));
      return missing.length ? missing.map((k) => ctx.l.t(`minimum.${k}`)) : true;
    },
  ],
  [
    'backups-two-places',
    (m, ctx) =>
      declared(m.data, ctx, 'backups-two-places') ?? fails(m.data.filter((d) => !d.copies.some((c) => c.offProvider && c.automated))),
  ],
  [
    'backups-checked',
    (m, ctx) => declared(m.data, ctx, 'backups-checked') ?? fails(m.data.filter((d) => !copiesChecked(d, m.business.revised))),
  ],
  ['backup-internet', (m) => m.services.filter((s) => s.kind === 'isp').length >= 2 || []],
  [
    'customer-line-backup',
    (m, ctx) => {
      const lines = m.channels.filter((c) => c.audience === 'customers');
      return declared(lines, ctx, 'customer-line-backup') ?? fails(lines.filter((c) => !c.backup));
    },
  ],
  ['rally-point', (m) => m.channels.some((c) => c.rallyPoint && c.backup !== undefined) || []],
  ['messages', (m) => fails(m.processes.filter((p) => p.criticality === 'critical' && !p.customerMessage))],
  ['escalation', (m) => new Set(m.escalation.map((e) => e.person)).size >= 2 || []],
  [
    'drills',
    (m) => {
      const d = m.drills;
      return (d?.last !== undefined && addSeconds(d.last, d.every) >= m.business.revised && d.scenarios.length > 0) || [];
    },
  ],
  ['downtime-cost', (m) => fails(m.processes.filter((p) => p.criticality === 'critical' && p.costPerHour === undefined))],
  [
    'company-accounts',
    (m) =>
      fails([
        ...m.domains.filter((d) => d.account.owner !== 'company'),
        ...m.services.filter((s) => s.account !== undefined && s.account.owner !== 'company'),
      ]),
  ],
  ['access-vault', (m) => fails(m.services.filter((s) => s.access !== undefined && !s.access.vault))],
  [
    'monitoring',
    (m) =>
      fails(
        m.processes.filter(
          (p) =>
            isCriticalOrHigh(p) && !m.businessChecks.some((b) => b.process === p) && !m.endpoints.some((e) => p.needs.includes(e.service)),
        ),
      ),
  ],
  // Certificates by host, as PB142 counts them: one check with tlsDaysLeft watches a whole host.
  [
    'expiry-watch',
    (m) =>
      fails([
        ...m.domains.filter((d) => d.expiryWatch === undefined && !d.autoRenew),
        ...[...unwatchedHosts(m).keys()].map((host) => ({ name: host })),
      ]),
  ],
  ['alerts-two-channels', (m, ctx) => declared(m.alerts, ctx, 'alerts-two-channels') ?? oneChannelRoutes(m.alerts, ctx)],
  ['status-page', (m) => m.statusPage !== undefined || []],
  [
    'shared-failure',
    (_m, ctx) => {
      const f = ctx.analysis.findings;
      if (!f) return { text: ctx.l.t('analysisNotRun') };
      // This item is about shared single points (PB101) only; other findings have their own items.
      const shared = f.filter((x) => x.code === 'PB101');
      return shared.length
        ? { text: ctx.l.t('check.shared-failure.missing', { list: ctx.l.count(shared.length, 'point'), n: ctx.l.number(shared.length) }) }
        : true;
    },
  ],
];

/**
 * An item about every backup, customer channel or alert route is not in place when there is none:
 * a food truck with no data sets, channels or alerts was told its backups were checked and its
 * alerts went over two channels.
 */
function declared(list: readonly unknown[], ctx: Ctx, id: string): Verdict | undefined {
  return list.length === 0 ? { text: ctx.l.t(`check.${id}.none`) } : undefined;
}

/**
 * The alert routes whose every stage goes over one channel, in the owner's words: what alerts and
 * the channel ("warning alerts go only through Team chat"), not the route's id ("alert routes: warning").
 */
function oneChannelRoutes(routes: readonly AlertRoute[], ctx: Ctx): Verdict {
  const said = routes.flatMap((r) => {
    const channels = [...new Set(r.stages.flatMap((s) => s.via))];
    if (channels.length >= 2) return [];
    return [
      ctx.l.t('check.alerts-two-channels.route', {
        severity: ctx.l.t(`alertLevel.${r.severity}`),
        about: r.processes.length ? ctx.l.t('check.alerts-two-channels.about', { processes: names(r.processes, ctx.l) }) : '',
        channel: channels.length ? md(channels[0]!.name) : ctx.l.t('none'),
      }),
    ];
  });
  return said.length ? { text: ctx.l.t('check.alerts-two-channels.missing', { list: said.join('; ') }) } : true;
}

function fails(list: readonly { name?: string; id?: string }[]): Verdict {
  return list.length ? list.map((x) => md(x.name ?? x.id ?? '')) : true;
}

/**
 * Every copy that is restored from was tried within its period. A printout is read, not restored,
 * as the analysis (PB123) has it: the checklist listed the open orders as never checked for their
 * morning printout while the findings beside it, rightly, did not.
 */
function copiesChecked(d: DataSet, today: string): boolean {
  return (
    d.copies.length > 0 &&
    d.copies.every(
      (c) =>
        c.kind === 'printout' ||
        (c.lastChecked !== undefined && (c.checkEvery === undefined || addSeconds(c.lastChecked, c.checkEvery) >= today)),
    )
  );
}

export function checklistItems(ctx: Ctx): CheckItem[] {
  return CHECKS.map(([id, check]) => {
    const verdict = check(ctx.model, ctx);
    const title = ctx.l.t(`check.${id}`);
    if (verdict === true) return { id, done: true, title, missing: null };
    const text = Array.isArray(verdict)
      ? ctx.l.t(`check.${id}.missing`, { list: verdict.length ? verdict.join(', ') : ctx.l.t('none') })
      : verdict.text;
    return { id, done: false, title, missing: text };
  });
}

export function readinessView(ctx: Ctx) {
  const r = ctx.analysis.readiness;
  if (!r) return null;
  return { score: ctx.l.number(r.score), max: ctx.l.number(100) };
}

export function checklistView(ctx: Ctx) {
  const items = checklistItems(ctx);
  // The analysis words its items in the language it ran in (the CLI runs it in the documents').
  const extra = (ctx.analysis.readiness?.items ?? []).map((i) => ({
    done: i.status === 'pass',
    partial: i.status === 'partial',
    title: md(i.title),
    evidence: md(i.evidence),
  }));
  const findings = ctx.analysis.findings;
  return {
    page: pageView(ctx, ctx.l.t('title.checklist'), paths.checklist),
    items,
    done: items.filter((i) => i.done).length,
    total: items.length,
    readiness: readinessView(ctx),
    analysisItems: extra,
    findings: findings
      ? findings.map((f) => ({
          code: md(f.code),
          severity: ctx.l.t(`severity.${f.severity}`),
          message: md(f.message),
          fix: md(f.fix),
        }))
      : null,
  };
}
