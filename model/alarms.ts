/**
 * The alarms the stack builds, each with the severity and the processes an alert route is matched
 * on, said once. The stack mapping (stacks/map/health, probes, backup) builds exactly these, and the
 * analysis (PB132) asks of each whether a route carries it, so the verdict never counts on an alarm
 * reaching somebody when the stack routes it to nobody (and the plan needs no note to say so).
 */
import type { AlertLevel, AlertRoute, DataSet, Model, Process } from './model';
import { healthCheckAlarmed } from './buildable';

/** What an alarm watches: an endpoint's health, its certificate, its DNS answers, a domain's expiry, a business check, a backup. */
export type AlarmWatch = 'health' | 'certificate' | 'dns' | 'domain' | 'business' | 'backup';

export interface BuiltAlarm {
  /** The journal's id for it (runtime/journal/alarms.ts): `endpoint:<id>`, `certificate:<id>`, `domain:<name>`, `check:<id>`, `backup:<data>/<copy>`. */
  id: string;
  watch: AlarmWatch;
  /** The name a person knows it by: the endpoint, domain, business check or data set. */
  name: string;
  /** JSON pointer of the blueprint element that asks for it. */
  path: string;
  severity: AlertLevel;
  /** Ids of the processes a route restricted to processes must name to carry it, sorted. */
  processes: string[];
}

interface ProcessIndex {
  /** Service id -> ids of the processes that need it directly, sorted. */
  needing: Map<string, string[]>;
  /** Data set id -> the processes whose data includes it, in blueprint order. */
  using: Map<string, Process[]>;
}

/**
 * Built once per model: asking each endpoint and data set in turn by scanning every process was
 * quadratic, 30 s of a 10,000-process build (one scan per endpoint, per copy).
 */
const indexes = new WeakMap<Model, ProcessIndex>();

function indexOf(model: Model): ProcessIndex {
  let index = indexes.get(model);
  if (index !== undefined) return index;
  index = { needing: new Map(), using: new Map() };
  for (const p of model.processes) {
    for (const id of new Set(p.needs.map((s) => s.id))) pushTo(index.needing, id, p.id);
    for (const id of new Set(p.data.map((d) => d.id))) pushTo(index.using, id, p);
  }
  for (const ids of index.needing.values()) ids.sort();
  indexes.set(model, index);
  return index;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Ids of the processes that need a service directly, sorted: what an endpoint's alarms are routed by. */
export function processesNeeding(model: Model, serviceId: string): string[] {
  return [...(indexOf(model).needing.get(serviceId) ?? [])];
}

/** The processes whose data includes a data set, in blueprint order. */
export function processesUsing(model: Model, data: DataSet): Process[] {
  return [...(indexOf(model).using.get(data.id) ?? [])];
}

/** Expiry is a warning weeks ahead, never an outage page; a quieter endpoint stays quieter. */
export function expirySeverity(level: AlertLevel): AlertLevel {
  return level === 'critical' ? 'warning' : level;
}

/** A missed backup of a critical process's data pages like a critical outage; anything else warns. */
export function backupSeverity(processes: readonly Process[]): AlertLevel {
  return processes.some((p) => p.criticality === 'critical') ? 'critical' : 'warning';
}

/**
 * The route that pages an alarm: of the alarm's severity, the first naming one of its processes,
 * else the first naming none (every process). The pager (runtime/config.ts) follows it and the
 * analysis (PB132) reports an alarm it leaves without a route, so the two never disagree.
 */
export function routeForAlarm(
  routes: readonly AlertRoute[],
  alarm: { readonly severity: AlertLevel; readonly processes: readonly string[] },
): AlertRoute | undefined {
  const same = routes.filter((r) => r.severity === alarm.severity);
  return same.find((r) => r.processes.some((p) => alarm.processes.includes(p.id))) ?? same.find((r) => r.processes.length === 0);
}

const builtById = new WeakMap<Model, Map<string, BuiltAlarm>>();

/** builtAlarms by journal id, made once per model (the pager's configuration and the report ask per alarm). */
export function builtAlarmsById(model: Model): ReadonlyMap<string, BuiltAlarm> {
  let byId = builtById.get(model);
  if (byId === undefined) builtById.set(model, (byId = new Map(builtAlarms(model).map((a) => [a.id, a]))));
  return byId;
}

/** Every alarm the stack builds for the model, in blueprint order. */
export function builtAlarms(model: Model): BuiltAlarm[] {
  const out: BuiltAlarm[] = [];
  for (const e of model.endpoints) {
    const processes = processesNeeding(model, e.service.id);
    if (healthCheckAlarmed(e.check))
      out.push({ id: `endpoint:${e.id}`, watch: 'health', name: e.name, path: e.path, severity: e.severity, processes });
    if (e.check === 'dns') out.push({ id: `endpoint:${e.id}`, watch: 'dns', name: e.name, path: e.path, severity: e.severity, processes });
    if (e.tlsDaysLeft !== undefined)
      out.push({
        id: `certificate:${e.id}`,
        watch: 'certificate',
        name: e.name,
        path: `${e.path}/tlsDaysLeft`,
        severity: expirySeverity(e.severity),
        processes,
      });
  }
  for (const d of model.domains) {
    if (d.expiryWatch !== undefined)
      out.push({
        id: `domain:${d.name}`,
        watch: 'domain',
        name: d.name,
        path: `${d.path}/expiryWatch`,
        severity: 'warning',
        processes: [],
      });
  }
  for (const b of model.businessChecks) {
    out.push({ id: `check:${b.id}`, watch: 'business', name: b.name, path: b.path, severity: b.severity, processes: [b.process.id] });
  }
  for (const data of model.data) {
    const users = processesUsing(model, data);
    for (const copy of data.copies) {
      if (copy.kind !== 'backup-bucket') continue;
      out.push({
        id: `backup:${data.id}/${copy.id}`,
        watch: 'backup',
        name: data.name,
        path: copy.path,
        severity: backupSeverity(users),
        processes: users.map((p) => p.id).sort(),
      });
    }
  }
  return out;
}
