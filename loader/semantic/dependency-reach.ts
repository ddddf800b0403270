/**
 * How many services one service rests on, through dependsOn and the dependencies of those, is
 * limited (LIMITS.maxDependencyReach). The analysis works out, for every service, everything
 * whose loss stops it, and every service runbook lists the services behind it: a chain of n
 * services is n²/2 of both (a 100,000-long chain, 5 billion), so the limit is what keeps every
 * later stage close to linear. A real service rests on a handful of others.
 */
import type { Diagnostic } from '../diagnostics';
import { LIMITS } from '../limits';
import type { YamlSourceMap } from '../source-map';

export function checkDependencyReach(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  const services = (data as { services?: unknown } | null)?.services;
  if (!Array.isArray(services)) return;
  const deps = dependencyIndexes(services);
  const limit = LIMITS.maxDependencyReach;
  const over = new Uint8Array(services.length);
  // From the end: a chain is usually written from the top down, so a service's dependencies are
  // judged before it and one that is over the limit decides it without a walk.
  for (let i = services.length - 1; i >= 0; i--) {
    const direct = deps[i] as number[];
    over[i] = direct.some((d) => over[d] === 1) || reachPasses(i, deps, limit) ? 1 : 0;
  }
  // Reported where the chain first passes the limit; the services above it are over it through it.
  services.forEach((service: unknown, i) => {
    if (over[i] !== 1 || (deps[i] as number[]).some((d) => over[d] === 1)) return;
    const pointer = `/services/${i}/dependsOn`;
    const id = (service as { id?: unknown }).id;
    out.push({
      ...map.locate(pointer),
      severity: 'error',
      code: 'PB015',
      pointer,
      message: `${typeof id === 'string' ? `"${id}"` : 'this service'} rests on more than ${limit} services through dependsOn and their own dependsOn (the limit), and so does every service that depends on it`,
      hint: 'list what this service itself needs; a real service rests on a handful of others, and a longer chain is generated data, not a business',
    });
  });
}

/** Each service's dependsOn as indexes into the list (names that resolve to nothing are left out). */
function dependencyIndexes(services: readonly unknown[]): number[][] {
  const index = new Map<string, number>();
  services.forEach((s: unknown, i) => {
    const id = (s as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && !index.has(id)) index.set(id, i);
  });
  return services.map((s: unknown) => {
    const list = (s as { dependsOn?: unknown } | null)?.dependsOn;
    if (!Array.isArray(list)) return [];
    return list.flatMap((to: unknown) => {
      const i = typeof to === 'string' ? index.get(to) : undefined;
      return i === undefined ? [] : [i];
    });
  });
}

/** True when more than `limit` services lie behind `start`; stops as soon as it knows. */
function reachPasses(start: number, deps: readonly number[][], limit: number): boolean {
  const seen = new Set<number>([start]);
  const stack = [start];
  while (stack.length > 0) {
    for (const d of deps[stack.pop() as number] as number[]) {
      if (seen.has(d)) continue;
      // `seen` holds the start too: more than `limit` others once its size passes limit + 1.
      if (seen.add(d).size > limit + 1) return true;
      stack.push(d);
    }
  }
  return false;
}
