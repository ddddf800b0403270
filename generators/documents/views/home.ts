/** The index for the owner: what this folder is, readiness, the map, where each document is. */
import { mapIsSummary } from '../../../analysis/map/summary';
import { fenceFor, md } from '../escape';
import { checklistItems, readinessView } from './checklist';
import { type Ctx, link, pageView, paths, personView } from './common';

export interface DocEntry {
  title: string;
  path: string;
  group: 'first' | 'process' | 'service' | 'provider' | 'reference';
}

/** Mermaid source is code: it goes in a fence long enough that nothing inside can close it. */
function mapView(ctx: Ctx) {
  const src = ctx.analysis.mapMermaid;
  if (src === undefined) return null;
  const body = src.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  return { fence: fenceFor(body), body, summary: mapSummaryView(ctx) };
}

/** A large blueprint's map is a summary (analysis/map/summary.ts): say so, and where the rest is. */
function mapSummaryView(ctx: Ctx): string | null {
  const { model, l } = ctx;
  if (!mapIsSummary(model)) return null;
  return l.t('mapSummary', {
    processes: l.count(model.processes.length, 'process'),
    services: l.count(model.services.length, 'service'),
    passport: link(l.t('title.passport'), paths.index, paths.passport),
  });
}

export function homeView(ctx: Ctx, docs: readonly DocEntry[]) {
  const { model, l } = ctx;
  const items = checklistItems(ctx);
  const findings = ctx.analysis.findings;
  const entry = (d: DocEntry) => ({ link: `[${d.title}](${d.path})` });
  return {
    page: pageView(ctx, l.t('title.index'), paths.index),
    owner: personView(ctx, model.business.owner),
    timezone: md(model.business.timezone),
    readiness: readinessView(ctx),
    checklist: { done: items.filter((i) => i.done).length, total: items.length },
    findings: findings
      ? {
          errors: findings.filter((f) => f.severity === 'error').length,
          warnings: findings.filter((f) => f.severity === 'warning').length,
          top: findings
            .filter((f) => f.severity === 'error')
            .slice(0, 5)
            .map((f) => md(f.message)),
        }
      : null,
    map: mapView(ctx),
    first: docs.filter((d) => d.group === 'first').map(entry),
    processes: docs.filter((d) => d.group === 'process').map(entry),
    services: docs.filter((d) => d.group === 'service' || d.group === 'provider').map(entry),
    reference: docs.filter((d) => d.group === 'reference').map(entry),
    processCount: model.processes.length,
    serviceCount: model.services.length,
    checklistLink: link(l.t('title.checklist'), paths.index, paths.checklist),
  };
}
