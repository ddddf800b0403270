/**
 * The dependency graph the rules and the simulation read.
 *
 * A failure point (analysis/failure-point.ts) is anything whose loss takes services down: a service
 * itself, its vendor (a mass outage fails every service of that vendor), or a place that a service
 * runs in alone. The normal path of a process and its plan B are kept apart: a plan B is what runs
 * when the normal path is down, so only its own failure points matter for it.
 */
import type { Model, Place, Process, Service } from '../model/model';
import { fp, parsePoint, type FailurePoint } from './failure-point';
import { en } from './i18n/en';
import { postOrder } from './post-order';
import type { Subject } from './i18n/types';

export { fp, sortPoints, type FailurePoint } from './failure-point';

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

/** Each service's failure points, worked out once per service, dependencies first. */
function serviceFailurePointsOf(): (service: Service) => Set<FailurePoint> {
  const memo = new Map<Service, Set<FailurePoint>>();

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

  return (service) => {
    if (!memo.has(service))
      postOrder(
        service,
        (s) => memo.has(s),
        buildsOn,
        (s) => memo.set(s, combine(s)),
      );
    return memo.get(service)!;
  };
}

/** What a failure point is called and where the blueprint declares it. */
function pointDescriptions(model: Model, byVendor: ReadonlyMap<string, Service[]>): Pick<AnalysisGraph, 'label' | 'pointer'> {
  const places = new Map<string, Place>(model.places.map((p) => [p.id, p]));
  const services = new Map<string, Service>(model.services.map((s) => [s.id, s]));
  const domains = new Map(model.domains.map((d) => [d.name.toLowerCase(), d]));
  const described = (point: FailurePoint): { name: string; path: string } => {
    const { kind, id } = parsePoint(point);
    switch (kind) {
      case 'service': {
        const s = services.get(id);
        return { name: s?.name ?? id, path: s?.path ?? '/services' };
      }
      case 'vendor': {
        const first = byVendor.get(id)?.[0];
        return { name: `${first?.vendor ?? id} (every service)`, path: first?.path ?? '/services' };
      }
      case 'place': {
        const p = places.get(id);
        return { name: p?.name ?? id, path: p?.path ?? '/places' };
      }
      case 'person': {
        const p = model.index.people.get(id);
        return { name: p?.name ?? id, path: p?.path ?? '/people' };
      }
      case 'domain':
        return { name: id, path: domains.get(id)?.path ?? '/domains' };
    }
  };
  return { label: (point) => described(point).name, pointer: (point) => described(point).path };
}

export function buildGraph(model: Model): AnalysisGraph {
  const byVendor = new Map<string, Service[]>();
  for (const s of model.services) {
    const list = byVendor.get(s.vendorKey);
    if (list) list.push(s);
    else byVendor.set(s.vendorKey, [s]);
  }
  const serviceFailurePoints = serviceFailurePointsOf();

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
    ...pointDescriptions(model, byVendor),
    dependsOn: (service, point) => serviceFailurePoints(service).has(point),
  };
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
  const { kind, id } = parsePoint(point);
  return { kind, name: kind === 'vendor' ? graph.vendorName(id) : graph.label(point) };
}
