/**
 * How long a process stays stopped before its plan B runs:
 *   detection (check interval x failure threshold, or a business check's window)
 * + DNS TTL when a failover record switches on the same check
 * + the wait until an alert or the escalation order reaches someone who may switch
 * + the plan B's switch time.
 * Shared by the time-budget rule and the simulation, which passes what is down and who is out.
 */
import type { AlertLevel, Channel, Model, Person, Process, Seconds } from '../model/model';
import type { AnalysisGraph } from './graph';

export interface Detection {
  seconds: Seconds;
  /** Name of the endpoint or business check that notices first. */
  by: string;
  severity: AlertLevel;
}

export interface Reach {
  seconds: Seconds;
  person: Person;
  how: 'alert' | 'escalation';
}

export interface Timeline {
  detection?: Detection;
  dnsTtl: Seconds;
  reach?: Reach;
  switchTime: Seconds;
  /** Undefined when nothing detects the failure or nobody who may switch is reached. */
  total?: Seconds;
}

export interface TimelineConditions {
  /** In a simulation: only checks of services that are down notice anything. */
  serviceDown?: (serviceId: string) => boolean;
  /** Channels that are down (their service failed). */
  channelDown?: (c: Channel) => boolean;
  /** People who cannot be reached. */
  unreachable?: ReadonlySet<Person>;
}

interface Indexes {
  endpointsByService: Map<string, Model['endpoints']>;
  checksByProcess: Map<Process, Model['businessChecks']>;
  failoverTtlByService: Map<string, Seconds>;
}

const cache = new WeakMap<Model, Indexes>();

function indexes(model: Model): Indexes {
  let ix = cache.get(model);
  if (ix) return ix;
  ix = { endpointsByService: new Map(), checksByProcess: new Map(), failoverTtlByService: new Map() };
  for (const e of model.endpoints) push(ix.endpointsByService, e.service.id, e);
  for (const c of model.businessChecks) push(ix.checksByProcess, c.process, c);
  for (const d of model.domains) {
    for (const f of d.failover) {
      const id = f.check.service.id;
      ix.failoverTtlByService.set(id, Math.max(ix.failoverTtlByService.get(id) ?? 0, f.ttl));
    }
  }
  cache.set(model, ix);
  return ix;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every check that notices the normal path of `process` is down, fastest first. */
export function detections(
  model: Model,
  graph: AnalysisGraph,
  process: Process,
  conditions: TimelineConditions = {},
): Detection[] {
  const ix = indexes(model);
  const out: Detection[] = [];
  for (const point of graph.normalPath(process)) {
    if (!point.startsWith('service:')) continue;
    if (conditions.serviceDown && !conditions.serviceDown(point.slice(8))) continue;
    for (const e of ix.endpointsByService.get(point.slice(8)) ?? []) {
      out.push({ seconds: e.interval * e.failureThreshold, by: e.name || e.id, severity: e.severity });
    }
  }
  for (const c of ix.checksByProcess.get(process) ?? []) out.push({ seconds: c.window, by: c.name, severity: c.severity });
  return out.sort((a, b) => a.seconds - b.seconds || (a.by < b.by ? -1 : a.by > b.by ? 1 : 0));
}

/** The longest TTL of failover records switching on a check of this process's services. */
export function failoverTtl(
  model: Model,
  graph: AnalysisGraph,
  process: Process,
  conditions: TimelineConditions = {},
): Seconds {
  const ix = indexes(model);
  let ttl = 0;
  for (const point of graph.normalPath(process)) {
    if (!point.startsWith('service:')) continue;
    const serviceId = point.slice(8);
    const t = ix.failoverTtlByService.get(serviceId);
    if (t === undefined || (conditions.serviceDown && !conditions.serviceDown(serviceId))) continue;
    ttl = Math.max(ttl, t);
  }
  return ttl;
}

/** How soon someone in `switchers` hears of it: through an alert route, or down the escalation order. */
export function reach(
  model: Model,
  process: Process,
  switchers: readonly Person[],
  severity: AlertLevel | undefined,
  conditions: TimelineConditions = {},
): Reach | undefined {
  const out = conditions.unreachable;
  const ok = new Set(switchers.filter((p) => !out?.has(p)));
  if (ok.size === 0) return undefined;
  let best: Reach | undefined;
  for (const route of model.alerts) {
    if (severity !== undefined && route.severity !== severity) continue;
    if (route.processes.length > 0 && !route.processes.includes(process)) continue;
    let t = 0;
    for (const stage of route.stages) {
      t += stage.after;
      if (!stage.via.some((c) => channelUp(c, conditions))) continue;
      const person = stage.notify.find((p) => ok.has(p));
      if (person) {
        if (!best || t < best.seconds) best = { seconds: t, person, how: 'alert' };
        break;
      }
    }
  }
  let t = 0;
  for (const step of model.escalation) {
    if (ok.has(step.person)) {
      if (!best || t < best.seconds) best = { seconds: t, person: step.person, how: 'escalation' };
      break;
    }
    t += step.tryFor;
  }
  return best;
}

/** A channel works when it is up, or when its backup chain has one that is up. */
export function channelUp(channel: Channel, conditions: TimelineConditions): boolean {
  const seen = new Set<Channel>();
  for (let c: Channel | undefined = channel; c && !seen.has(c); c = c.backup) {
    seen.add(c);
    if (!conditions.channelDown?.(c)) return true;
  }
  return false;
}

/**
 * The earliest moment a switcher can act: each detecting check raises alerts of its own severity,
 * so the best pair (check, route or escalation) wins, not simply the fastest check.
 */
export function timeline(
  model: Model,
  graph: AnalysisGraph,
  process: Process,
  conditions: TimelineConditions = {},
): Timeline {
  const found = detections(model, graph, process, conditions);
  const dnsTtl = failoverTtl(model, graph, process, conditions);
  const switchTime = process.planB?.switchTime ?? 0;
  const t: Timeline = { dnsTtl, switchTime };
  if (found[0]) t.detection = found[0];
  if (!process.planB) return t;
  const reached = new Map<AlertLevel, Reach | undefined>();
  let best: { d: Detection; r: Reach } | undefined;
  for (const d of found) {
    if (!reached.has(d.severity)) reached.set(d.severity, reach(model, process, process.planB.switchedBy, d.severity, conditions));
    const r = reached.get(d.severity);
    if (r && (!best || d.seconds + r.seconds < best.d.seconds + best.r.seconds)) best = { d, r };
  }
  if (best) {
    t.detection = best.d;
    t.reach = best.r;
    t.total = best.d.seconds + dnsTtl + best.r.seconds + switchTime;
  }
  return t;
}
