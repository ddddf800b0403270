/**
 * What an alarm id in the journal names in the blueprint. The stack names its alarms after
 * blueprint ids; the journal keeps the blueprint-side id so a report can be made from the
 * blueprint alone, whatever physical names the cloud gave.
 *
 * `outage` alarms (an endpoint or a business check failing) count as downtime; the others
 * (a stale backup, a certificate or domain about to expire) are warnings that count as incidents
 * but not as minutes down.
 */
import type { AlertLevel, DataSet, Model, Process, Service } from '../../model/model';

export type AlarmKind = 'endpoint' | 'check' | 'backup' | 'certificate' | 'domain' | 'staff';

export interface AlarmTarget {
  id: string;
  kind: AlarmKind;
  /** The blueprint's name for what failed. */
  name: string;
  severity: AlertLevel;
  outage: boolean;
  services: Service[];
  processes: Process[];
}

/** Lookups built once, so resolving every alarm stays linear in the blueprint (10,000 processes). */
interface Index {
  /** Services that depend on each service. */
  dependents: Map<Service, Service[]>;
  /** Processes that need each service directly / use each data set. */
  needing: Map<Service, Process[]>;
  using: Map<DataSet, Process[]>;
  /** A process's place in the blueprint: results keep the blueprint's order. */
  order: Map<Process, number>;
}

function indexModel(model: Model): Index {
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V): void => {
    const list = m.get(k);
    if (list === undefined) m.set(k, [v]);
    else list.push(v);
  };
  const index: Index = { dependents: new Map(), needing: new Map(), using: new Map(), order: new Map() };
  for (const s of model.services) for (const d of s.dependsOn) push(index.dependents, d, s);
  model.processes.forEach((p, i) => {
    index.order.set(p, i);
    for (const s of new Set(p.needs)) push(index.needing, s, p);
    for (const d of new Set(p.data)) push(index.using, d, p);
  });
  return index;
}

/** Processes that stop when `service` stops: those needing it, directly or through dependsOn. */
function processesNeeding(index: Index, service: Service): Process[] {
  const down = new Set<Service>([service]);
  for (const s of down) for (const d of index.dependents.get(s) ?? []) down.add(d); // a Set iterates what is added while iterating
  const hit = new Set<Process>();
  for (const s of down) for (const p of index.needing.get(s) ?? []) hit.add(p);
  return [...hit].sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0));
}

/** Resolves every alarm a model can raise, once; ids not in the map are unknown alarms. */
export function alarmTargets(model: Model): Map<string, AlarmTarget> {
  const out = new Map<string, AlarmTarget>();
  const add = (t: AlarmTarget) => out.set(t.id, t);
  const index = indexModel(model);
  const needing = new Map<Service, Process[]>();
  const forService = (s: Service) => needing.get(s) ?? needing.set(s, processesNeeding(index, s)).get(s)!;
  for (const e of model.endpoints) {
    add({
      id: `endpoint:${e.id}`,
      kind: 'endpoint',
      name: e.name,
      severity: e.severity,
      outage: true,
      services: [e.service],
      processes: forService(e.service),
    });
    if (e.tlsDaysLeft !== undefined || e.url.startsWith('https:')) {
      add({
        id: `certificate:${e.id}`,
        kind: 'certificate',
        name: e.name,
        severity: 'warning',
        outage: false,
        services: [e.service],
        processes: [],
      });
    }
  }
  for (const c of model.businessChecks) {
    add({ id: `check:${c.id}`, kind: 'check', name: c.name, severity: c.severity, outage: true, services: [], processes: [c.process] });
  }
  for (const d of model.data) {
    const processes = index.using.get(d) ?? [];
    for (const copy of d.copies.filter((c) => c.kind === 'backup-bucket')) {
      add({
        id: `backup:${d.id}/${copy.id}`,
        kind: 'backup',
        name: `${d.name} (${copy.where})`,
        severity: 'warning',
        outage: false,
        services: [d.source],
        processes,
      });
    }
  }
  for (const d of model.domains) {
    add({ id: `domain:${d.name}`, kind: 'domain', name: d.name, severity: 'warning', outage: false, services: [], processes: [] });
  }
  for (const p of model.processes) {
    // Staff report what no monitor sees (the card terminal broke): it counts as the process down.
    add({ id: `staff:${p.id}`, kind: 'staff', name: p.name, severity: 'warning', outage: true, services: [], processes: [p] });
  }
  return out;
}
