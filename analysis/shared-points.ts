/**
 * Which shared failure points a finding names, so that fixing what it names really removes the
 * sharing. A path (a plan B, a status page, an alert route's channels) reaches its failure points
 * through the services it needs; a service it shares with the other path brings that service's
 * vendor and place along, and naming them too would only repeat it. But a vendor or place reached
 * separately (the plan B's own 4G router with the same operator, a second service in the same
 * office) is a second failure point, and leaving it out would let the owner fix the first and
 * keep the second. So: name the topmost shared services, walk the path again without them, and
 * name whatever shared point is still reached, until nothing is left.
 */
import type { Service } from '../model/model';
import { fp, idIf, sortPoints, type FailurePoint } from './failure-point';
import type { AnalysisGraph } from './graph';

/**
 * The shared points to name, in the stable order of `sortPoints` (services, vendors, places, then
 * anything else). `shared` holds the failure points both paths have; `roots` are the services the
 * path needs. Points in `shared` that the roots never reach (a hosting vendor or a domain the
 * caller added) are named as they are.
 */
export function namedSharedPoints(graph: AnalysisGraph, roots: readonly Service[], shared: ReadonlySet<FailurePoint>): FailurePoint[] {
  const named = new Set<FailurePoint>();
  const avoid = new Set<Service>();
  const everReached = reachedPoints(roots, avoid);
  for (const p of shared) if (!everReached.has(p)) named.add(p);
  for (;;) {
    const reached = reachedPoints(roots, avoid);
    const residual = [...shared].filter((p) => reached.has(p) && !named.has(p));
    if (residual.length === 0) break;
    const services = residual.filter((p) => idIf(p, 'service') !== undefined);
    if (services.length === 0) {
      for (const p of residual) named.add(p);
      break;
    }
    // The topmost: a shared service that no other residual shared service needs.
    for (const s of services) {
      if (services.some((t) => t !== s && dependsOnPoint(graph, roots, t, s))) continue;
      named.add(s);
      const service = serviceOf(roots, s);
      if (service) avoid.add(service);
    }
  }
  return sortPoints(named);
}

/** Failure points the roots reach through `dependsOn`, stopping at the services in `avoid`. */
function reachedPoints(roots: readonly Service[], avoid: ReadonlySet<Service>): Set<FailurePoint> {
  const out = new Set<FailurePoint>();
  const seen = new Set<Service>();
  const stack = [...roots];
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (seen.has(s) || avoid.has(s)) continue;
    seen.add(s);
    out.add(fp.service(s.id)).add(fp.vendor(s.vendorKey));
    if (s.location.length === 1) out.add(fp.place(s.location[0]!.id));
    stack.push(...s.dependsOn);
  }
  return out;
}

function dependsOnPoint(graph: AnalysisGraph, roots: readonly Service[], from: FailurePoint, point: FailurePoint): boolean {
  const service = serviceOf(roots, from);
  return service !== undefined && graph.dependsOn(service, point);
}

/** The service a service point stands for, found among the roots and what they depend on. */
function serviceOf(roots: readonly Service[], point: FailurePoint): Service | undefined {
  const id = idIf(point, 'service');
  const seen = new Set<Service>();
  const stack = [...roots];
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (s.id === id) return s;
    if (seen.has(s)) continue;
    seen.add(s);
    stack.push(...s.dependsOn);
  }
  return undefined;
}
