/**
 * How long a process stays stopped before its plan B runs:
 *   detection (check interval x failure threshold, or a business check's window)
 * + DNS TTL when a failover record switches on the same check
 * + the wait until an alert or the escalation order reaches someone who may switch
 * + the plan B's switch time.
 * Shared by the time-budget rules and the simulation, which passes what is down and who is out;
 * the rules judge each needed service's failure on its own (`failureTimelines`), as the simulation would.
 */
import type { AlertLevel, Channel, Model, Person, Process, Seconds, Service } from '../model/model';
import { firstDelivery, stageReaches } from './delivery';
import { downServices, outage, type Outage } from './outage';

export interface Detection {
  seconds: Seconds;
  /** Name of the endpoint or business check that notices first. */
  by: string;
  severity: AlertLevel;
  /** When its alert first reaches a person, counted from the check firing; undefined when it reaches nobody. */
  heardAfter?: Seconds;
}

export interface Reach {
  seconds: Seconds;
  person: Person;
  how: 'alert' | 'escalation';
}

export interface Timeline {
  /** Every check that notices the failure and whose alert reaches a person, fastest first. */
  detections: Detection[];
  /** Checks that notice it but whose alerts reach nobody (no route carries them, no address): they watch nothing. */
  unheard: Detection[];
  /** The check the best time starts from (the fastest one when nobody is reached). */
  detection?: Detection;
  dnsTtl: Seconds;
  reach?: Reach;
  switchTime: Seconds;
  /** Undefined when nothing detects the failure or nobody who may switch is reached. */
  total?: Seconds;
}

export interface TimelineConditions {
  /** Only checks of services that are down notice anything (every service behind the process when absent). */
  serviceDown?: (service: Service) => boolean;
  /** Channels that are down (their service failed). */
  channelDown?: (c: Channel) => boolean;
  /** People who cannot be reached. */
  unreachable?: ReadonlySet<Person>;
}

interface Indexes {
  endpointsByService: Map<string, Model['endpoints']>;
  checksByProcess: Map<Process, Model['businessChecks']>;
  failoverTtlByService: Map<string, Seconds>;
  /** The outage of one service failing (with its standbys), shared by every process needing it. */
  outageOf: Map<Service, Outage>;
}

const cache = new WeakMap<Model, Indexes>();

function indexes(model: Model): Indexes {
  let ix = cache.get(model);
  if (ix) return ix;
  ix = { endpointsByService: new Map(), checksByProcess: new Map(), failoverTtlByService: new Map(), outageOf: new Map() };
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

/**
 * Every check that notices the process is down, fastest first: endpoints on the services it
 * needs that are down (looked up by the services themselves, their dependencies and standbys,
 * see `downServices`), and its business checks.
 */
export function detections(model: Model, process: Process, conditions: TimelineConditions = {}): Detection[] {
  const ix = indexes(model);
  const out: Detection[] = [];
  const heard = new Map<AlertLevel, Seconds | undefined>();
  const detection = (seconds: Seconds, by: string, severity: AlertLevel): Detection => {
    if (!heard.has(severity)) heard.set(severity, firstDelivery(model, severity, [process], conditions));
    const after = heard.get(severity);
    return after === undefined ? { seconds, by, severity } : { seconds, by, severity, heardAfter: after };
  };
  for (const s of downServices(process, conditions.serviceDown)) {
    for (const e of ix.endpointsByService.get(s.id) ?? []) out.push(detection(e.interval * e.failureThreshold, e.name || e.id, e.severity));
  }
  for (const c of ix.checksByProcess.get(process) ?? []) out.push(detection(c.window, c.name, c.severity));
  return out.sort((a, b) => a.seconds - b.seconds || (a.by < b.by ? -1 : a.by > b.by ? 1 : 0));
}

/** The longest TTL of failover records switching on a check of this process's services that are down. */
export function failoverTtl(model: Model, process: Process, conditions: TimelineConditions = {}): Seconds {
  const ix = indexes(model);
  let ttl = 0;
  for (const s of downServices(process, conditions.serviceDown)) {
    const t = ix.failoverTtlByService.get(s.id);
    if (t !== undefined) ttl = Math.max(ttl, t);
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
      const person = stageReaches(stage, conditions).find((p) => ok.has(p));
      if (person) {
        if (!best || t < best.seconds) best = { seconds: t, person, how: 'alert' };
        break;
      }
    }
  }
  // The escalation order starts when the alert reaches somebody; an alert that reaches nobody
  // starts nothing. Without a severity (is a switcher named anywhere at all?) it counts from 0.
  const start = severity === undefined ? 0 : firstDelivery(model, severity, [process], conditions);
  if (start === undefined) return best;
  let t = start;
  for (const step of model.escalation) {
    if (ok.has(step.person)) {
      if (!best || t < best.seconds) best = { seconds: t, person: step.person, how: 'escalation' };
      break;
    }
    t += step.tryFor;
  }
  return best;
}

/**
 * The earliest moment a switcher can act: each detecting check raises alerts of its own severity,
 * so the best pair (check, route or escalation) wins, not simply the fastest check.
 */
export function timeline(model: Model, process: Process, conditions: TimelineConditions = {}): Timeline {
  const all = detections(model, process, conditions);
  const found = all.filter((d) => d.heardAfter !== undefined);
  const dnsTtl = failoverTtl(model, process, conditions);
  const switchTime = process.planB?.switchTime ?? 0;
  const t: Timeline = { detections: found, unheard: all.filter((d) => d.heardAfter === undefined), dnsTtl, switchTime };
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

/** The timeline of a process when one service it needs fails. */
export interface ServiceFailureTimeline {
  /** The needed service that fails (together with its standbys, which must fail for it to stop). */
  service: Service;
  timeline: Timeline;
  /** False when the plan B needs a service that is down too: it stops (PB103), no time to count. */
  planBWorks: boolean;
}

/**
 * For each service the process needs, in blueprint order, the timeline when that service fails:
 * exactly what `planb simulate --fail <service>` (with its standbys) computes, so only that
 * service's own checks (and those of what fails with it) notice, and alert channels that go down
 * with it are skipped. The rules take the worst of these, never the fastest check of any service.
 */
export function failureTimelines(model: Model, process: Process): ServiceFailureTimeline[] {
  const ix = indexes(model);
  const out: ServiceFailureTimeline[] = [];
  for (const service of new Set(process.needs)) {
    let down = ix.outageOf.get(service);
    if (!down) ix.outageOf.set(service, (down = outage({ services: new Set([service, ...service.standby]) })));
    const conditions: TimelineConditions = { serviceDown: down.isDown, channelDown: down.channelDown };
    const planBWorks = !(process.planB?.needs.some(down.isDown) ?? false);
    out.push({ service, timeline: timeline(model, process, conditions), planBWorks });
  }
  return out;
}
