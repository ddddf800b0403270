import type { Model } from '../../model/model';
import { domainResolver, hostOf } from '../facts/domains';
import { fp, idIf, sortPoints, type FailurePoint } from '../failure-point';
import { subjectOf } from '../graph';
import { namedSharedPoints } from '../shared-points';
import { defineRule } from './rule';

/**
 * PB150: the status page fails together with something it reports on. As in PB151, a domain of the
 * blueprint counts as a failure point: the page depends on the domain its host is at, and a
 * component depends on the domains of the URLs its endpoints watch (status.corner.example goes
 * dark with www.corner.example when corner.example lapses or its DNS fails).
 */
export const statusPageSharesFailure = defineRule({
  code: 'PB150',
  name: 'status-page-shares-failure',
  severity: 'error',
  run({ model, graph }, emit) {
    const page = model.statusPage;
    if (!page) return;
    const domainOf = domainResolver(model);
    const own = new Set<FailurePoint>(graph.failurePointsOf(page.dependsOn));
    for (const key of hostingVendors(model, page.hosting)) own.add(fp.vendor(key));
    const pageDomain = domainOf(page.host);
    if (pageDomain) own.add(fp.domain(pageDomain));
    const reported = new Set<FailurePoint>();
    for (const c of page.components) {
      for (const e of c.endpoints) {
        for (const x of graph.serviceFailurePoints(e.service)) reported.add(x);
        const d = domainOf(hostOf(e.url));
        if (d) reported.add(fp.domain(d));
      }
    }
    const shared = sortPoints([...own].filter((x) => reported.has(x)));
    if (shared.length === 0) return;
    const named = namedSharedPoints(graph, page.dependsOn, new Set(shared)).map((x) => subjectOf(graph, x));
    const isDomain = (x: FailurePoint) => idIf(x, 'domain') !== undefined;
    const at =
      page.dependsOn.length > 0 && !shared.every(isDomain)
        ? page.path + '/dependsOn'
        : shared.every(isDomain)
          ? page.path + '/host'
          : page.path + '/hosting';
    emit(at, 'shares', { host: page.host, points: named });
  },
});

/** Vendor keys in the blueprint that stand for the status page's hosting. */
function hostingVendors(model: Model, hosting: 'aws' | 'cloudflare' | 'other'): string[] {
  if (hosting === 'other') return [];
  const match = hosting === 'aws' ? /^(aws|amazon)\b/ : /cloudflare/;
  return [...new Set(model.services.map((s) => s.vendorKey).filter((k) => match.test(k)))];
}
