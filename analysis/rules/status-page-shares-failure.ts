import type { Model } from '../../model/model';
import { fp, fpKind, sortPoints, subjectOf, type FailurePoint } from '../graph';
import { defineRule } from './rule';

/** PB150: the status page fails together with something it reports on. */
export const statusPageSharesFailure = defineRule({
  code: 'PB150',
  name: 'status-page-shares-failure',
  severity: 'error',
  run({ model, graph }, emit) {
    const page = model.statusPage;
    if (!page) return;
    const own = new Set<FailurePoint>(graph.failurePointsOf(page.dependsOn));
    for (const key of hostingVendors(model, page.hosting)) own.add(fp.vendor(key));
    const reported = new Set<FailurePoint>();
    for (const c of page.components) for (const e of c.endpoints) for (const x of graph.serviceFailurePoints(e.service)) reported.add(x);
    const shared = sortPoints([...own].filter((x) => reported.has(x)));
    if (shared.length === 0) return;
    const services = shared.filter((x) => fpKind(x) === 'service');
    const named = (services.length > 0 ? services : shared).slice(0, 3).map((x) => subjectOf(graph, x));
    const at = page.dependsOn.length > 0 ? page.path + '/dependsOn' : page.path + '/hosting';
    emit(at, 'shares', { host: page.host, points: named });
  },
});

/** Vendor keys in the blueprint that stand for the status page's hosting. */
export function hostingVendors(model: Model, hosting: 'aws' | 'cloudflare' | 'other'): string[] {
  if (hosting === 'other') return [];
  const match = hosting === 'aws' ? /^(aws|amazon)\b/ : /cloudflare/;
  return [...new Set(model.services.map((s) => s.vendorKey).filter((k) => match.test(k)))];
}

