/**
 * The dependency graph the rules and the simulation read.
 *
 * A "failure point" is anything whose loss takes services down: a service itself, its vendor (a
 * mass outage fails every service of that vendor), or a place that a service runs in alone. Keys
 * are strings (`service:crm`, `vendor:yandex`, `place:office`) so sets of them are cheap to
 * compare. The normal path of a process and its plan B are kept apart: a plan B is what runs when
 * the normal path is down, so only its own failure points matter for it.
 */
import type { Model, Place, Process, Service } from '../model/model';
import { en } from './i18n/en';
import { postOrder } from './post-order';
import type { Subject } from './i18n/types';

export type FailurePoint = string;

export const fp = {
  service: (id: string): FailurePoint => `service:${id}`,
  vendor: (key: string): FailurePoint => `vendor:${key}`,
  place: (id: string): FailurePoint => `place:${id}`,
  person: (id: string): FailurePoint => `person:${id}`,
};

export function fpKind(point: FailurePoint): 'service' | 'vendor' | 'place' | 'person' {
  return point.slice(0, point.indexOf(':')) as 'service' | 'vendor' | 'place' | 'person';
}

export function fpId(point: FailurePoint): string {
  return point.slice(point.indexOf(':') + 1);
}

export interface AnalysisGraph {
  /** Every failure point whose loss stops this service (itself included). */
  serviceFailurePoints(service: Service): ReadonlySet<FailurePoint>;
  /** Failure points of a list of services needed together (any one stops them all). */
  failurePointsOf(services: readonly Service[]): ReadonlySet<FailurePoint>;
  /** Failure points of a process's normal path. */
  normalPath(process: Process): ReadonlySet<FailurePoint>;
  /** Failure points of its plan B, or undefined when it has none. */
  planBPath(process: Process): ReadonlySet<FailurePoint> | undefined;
  /** Services of one vendor, in blueprint order. */
  vendorServices(vendorKey: string): readonly Service[];
  /** The vendor's name as the blueprint writes it. */
  vendorName(vendorKey: string): string;
  /** Words for a failure point ("Beget (every service)", "the office line"). */
  label(point: FailurePoint): string;
  /** JSON pointer of the element a failure point stands for. */
  pointer(point: FailurePoint): string;
  /** True when the service's loss, direct or transitive, takes `service` down. */
  dependsOn(service: Service, point: FailurePoint): boolean;
}

export function buildGraph(model: Model): AnalysisGraph {
  const memo = new Map<Service, Set<FailurePoint>>();
  const byVendor = new Map<string, Service[]>();
  for (const s of model.services) {
    const list = byVendor.get(s.vendorKey);
    if (list) list.push(s);
    else byVendor.set(s.vendorKey, [s]);
  }
  const places = new Map<string, Place>(model.places.map((p) => [p.id, p]));
  const services = new Map<string, Service>(model.services.map((s) => [s.id, s]));

  /**
   * What stops the service itself, before its standbys are counted. Its dependencies are already
   * memoised (postOrder); one still in progress closes a cycle and adds nothing.
   */
  function ownFailurePoints(service: Service): Set<FailurePoint> {
    const out = new Set<FailurePoint>([fp.service(service.id), fp.vendor(service.vendorKey)]);
    // A service in several places survives the loss of one of them.
    if (service.location.length === 1) out.add(fp.place(service.location[0]!.id));
    for (const dep of service.dependsOn) for (const p of memo.get(dep) ?? []) out.add(p);
    return out;
  }

  /**
   * With standbys that take over by themselves, only a point that stops every one of them stops
   * the service (two lines from different operators share only the office itself). Standbys are
   * taken alone, without their own standbys: mutual backups must not loop.
   */
  function combine(service: Service): Set<FailurePoint> {
    let out = ownFailurePoints(service);
    for (const standby of service.standby) {
      const theirs = ownFailurePoints(standby);
      out = new Set([...out].filter((p) => theirs.has(p)));
    }
    return out;
  }

  /** Its dependencies and its standbys' dependencies: what combine reads from the memo. */
  function* buildsOn(service: Service): Iterable<Service> {
    yield* service.dependsOn;
    for (const standby of service.standby) yield* standby.dependsOn;
  }

  function serviceFailurePoints(service: Service): Set<FailurePoint> {
    if (!memo.has(service)) postOrder(service, (s) => memo.has(s), buildsOn, (s) => memo.set(s, combine(s)));
    return memo.get(service)!;
  }

  function failurePointsOf(list: readonly Service[]): Set<FailurePoint> {
    if (list.length === 1) return serviceFailurePoints(list[0]!);
    const out = new Set<FailurePoint>();
    for (const s of list) for (const p of serviceFailurePoints(s)) out.add(p);
    return out;
  }

  const normal = new Map<Process, Set<FailurePoint>>();
  const planB = new Map<Process, Set<FailurePoint>>();

  return {
    serviceFailurePoints,
    failurePointsOf,
    normalPath(process) {
      let set = normal.get(process);
      if (!set) normal.set(process, (set = failurePointsOf(process.needs)));
      return set;
    },
    planBPath(process) {
      if (!process.planB) return undefined;
      let set = planB.get(process);
      if (!set) planB.set(process, (set = failurePointsOf(process.planB.needs)));
      return set;
    },
    vendorServices: (key) => byVendor.get(key) ?? [],
    vendorName: (key) => byVendor.get(key)?.[0]?.vendor ?? key,
    label(point) {
      const id = fpId(point);
      switch (fpKind(point)) {
        case 'service':
          return services.get(id)?.name ?? id;
        case 'vendor':
          return `${byVendor.get(id)?.[0]?.vendor ?? id} (every service)`;
        case 'place':
          return places.get(id)?.name ?? id;
        case 'person':
          return model.index.people.get(id)?.name ?? id;
      }
    },
    pointer(point) {
      const id = fpId(point);
      switch (fpKind(point)) {
        case 'service':
          return services.get(id)?.path ?? '/services';
        case 'vendor':
          return byVendor.get(id)?.[0]?.path ?? '/services';
        case 'place':
          return places.get(id)?.path ?? '/places';
        case 'person':
          return model.index.people.get(id)?.path ?? '/people';
      }
    },
    dependsOn: (service, point) => serviceFailurePoints(service).has(point),
  };
}

/** Failure points in a stable order: services, vendors, places, people, domains, each by id. */
export function sortPoints(points: Iterable<FailurePoint>): FailurePoint[] {
  // Domains (`domain:<name>`, the PB150/PB151 failure point of a blueprint domain) come last.
  const rank: Readonly<Record<string, number>> = { service: 0, vendor: 1, place: 2, person: 3, domain: 4 };
  const of = (p: FailurePoint): number => rank[fpKind(p)] ?? 5;
  return [...points].sort((a, b) => of(a) - of(b) || (a < b ? -1 : a > b ? 1 : 0));
}

export function isCriticalOrHigh(p: Process): boolean {
  return p.criticality === 'critical' || p.criticality === 'high';
}

/** "A, B and C", as the English findings write lists. */
export const listWords = en.format.list;

/** 90 s -> "1.5 min"; 7200 -> "2 h"; the English findings' and the simulation report's durations. */
export const humanDuration = en.format.duration;

/** A failure point as a finding names it: its kind and the name of the service, vendor or place. */
export function subjectOf(graph: AnalysisGraph, point: FailurePoint): Subject {
  const kind = fpKind(point);
  return { kind, name: kind === 'vendor' ? graph.vendorName(fpId(point)) : graph.label(point) };
}
