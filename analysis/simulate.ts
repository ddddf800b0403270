/**
 * "What if": fail services, vendors (every service of a provider), places or people, and see which
 * processes stop, which run on their plan B and when, which alerts fire and to whom, and which
 * data can still be read. Pure and deterministic: results follow blueprint order.
 */
import type { Channel, DataCopy, Level, Model, Person, Place, Process, Seconds, Service } from '../model/model';
import { stageReaches, workingChannel } from './delivery';
import { downServices, outage } from './outage';
import { copyDataLocation } from './data-location';
import { analysisLocale, type AnalysisLocale } from './i18n';
import { SIMULATION_WORDS, type SimulationWords } from './i18n/simulation-words';
import { timeline, type TimelineConditions } from './timeline';
import { vendorKey } from '../model/vendor-key';

import type { TargetKind } from './i18n/simulation-words';
export type { TargetKind };

export interface FailedTarget {
  token: string;
  kind: TargetKind;
  label: string;
}

export interface ServiceDown {
  id: string;
  name: string;
  /** Why it is down, in words: "failed", "Beget fails", "needs Office line". */
  cause: string;
}

export type Outcome = 'running' | 'plan-b' | 'stopped';

export interface ProcessResult {
  id: string;
  name: string;
  criticality: Level;
  outcome: Outcome;
  /** Services of its normal path that are down. */
  down: string[];
  /** Why it stopped, when it did. */
  reason?: string;
  planB?: { summary: string; capacity?: string };
  recovery?: Recovery;
  rto: Seconds;
  /** Undefined when the time to plan B cannot be known (nothing detects it, nobody is reached). */
  withinRto?: boolean;
}

/** The timeline of the switch, with people by name (for output). */
export interface Recovery {
  detection?: { seconds: Seconds; by: string };
  dnsTtl: Seconds;
  reach?: { seconds: Seconds; person: string; how: 'alert' | 'escalation' };
  switchTime: Seconds;
  total?: Seconds;
  /** Checks that notice the failure but whose alerts reach nobody: customers notice first. */
  unheard?: string[];
}

export interface AlertStageResult {
  /** Seconds after the alert fires. */
  at: Seconds;
  /**
   * Whether the stage reaches each person, as the analysis judges it (analysis/delivery.ts
   * stageReaches, PB132): not when the person is failed, nor when they have no address on any
   * channel that carries the stage.
   */
  notify: { name: string; reachable: boolean; why?: 'failed' | 'no-address' }[];
  /** The channels that carry it (each, or its first backup that is up); empty when all are down. */
  via: string[];
}

export interface AlertResult {
  route: string;
  severity: string;
  triggeredBy: string[];
  stages: AlertStageResult[];
}

export interface DataResult {
  name: string;
  source: string;
  usableCopies: string[];
}

export interface Simulation {
  /** The language causes, reasons and the text report are written in. */
  locale: AnalysisLocale;
  failed: FailedTarget[];
  unknown: string[];
  servicesDown: ServiceDown[];
  channelsDown: string[];
  processes: ProcessResult[];
  alerts: AlertResult[];
  data: DataResult[];
}

/** `options.locale` defaults to English; a language without a phrase table throws. */
export function simulate(model: Model, fail: readonly string[], options: { locale?: string } = {}): Simulation {
  const locale = analysisLocale(options.locale);
  const words = SIMULATION_WORDS[locale];
  const { failed, unknown, services, vendors, places, people } = resolveTargets(model, fail, words);
  const down = outage({ services, vendors, places }, words.cause);
  const isDown = down.isDown;
  const causeOf = down.cause;
  const servicesDown = model.services.filter(isDown).map((s) => ({ id: s.id, name: s.name, cause: causeOf(s)! }));
  const channelDown = down.channelDown;
  const conditions = { channelDown, unreachable: people, serviceDown: isDown };
  const processes = model.processes.map((p) => processResult(model, p, isDown, conditions, words));
  const stopped = new Set(model.processes.filter((_, i) => processes[i]!.outcome !== 'running'));
  return {
    locale,
    failed,
    unknown,
    servicesDown,
    channelsDown: model.channels.filter(channelDown).map((c) => c.name),
    processes,
    alerts: alerts(model, isDown, stopped, conditions),
    data: model.data
      .filter((d) => isDown(d.source))
      .map((d) => ({
        name: d.name,
        source: d.source.name,
        usableCopies: d.copies.filter((c) => copyUsable(c, vendors, places, isDown)).map((c) => c.where),
      })),
  };
}

function processResult(
  model: Model,
  p: Process,
  isDown: (s: Service) => boolean,
  conditions: TimelineConditions & { unreachable: ReadonlySet<Person> },
  words: SimulationWords,
): ProcessResult {
  const down = p.needs.filter(isDown).map((s) => s.name);
  const base = { id: p.id, name: p.name, criticality: p.criticality, down, rto: p.rto };
  if (down.length === 0) return { ...base, outcome: 'running' };
  const b = p.planB;
  if (!b) return { ...base, outcome: 'stopped', reason: words.reason.noPlanB };
  const planB = b.capacity !== undefined ? { summary: b.summary, capacity: b.capacity } : { summary: b.summary };
  const bDown = b.needs.filter(isDown);
  if (bDown.length > 0) return { ...base, outcome: 'stopped', planB, reason: words.reason.planBNeedsDown(bDown.map((s) => s.name)) };
  if (b.switchedBy.every((x) => conditions.unreachable.has(x))) {
    return { ...base, outcome: 'stopped', planB, reason: words.reason.nobodyCanSwitch };
  }
  const t = timeline(model, p, conditions);
  const recovery: Recovery = { dnsTtl: t.dnsTtl, switchTime: t.switchTime };
  if (t.detection) recovery.detection = { seconds: t.detection.seconds, by: t.detection.by };
  if (t.reach) recovery.reach = { seconds: t.reach.seconds, person: t.reach.person.name, how: t.reach.how };
  if (t.total !== undefined) recovery.total = t.total;
  if (t.detections.length === 0 && t.unheard.length > 0) recovery.unheard = t.unheard.map((d) => d.by);
  const result: ProcessResult = { ...base, outcome: 'plan-b', planB, recovery };
  if (t.total !== undefined) result.withinRto = t.total <= p.rto;
  return result;
}

function alerts(
  model: Model,
  isDown: (s: Service) => boolean,
  stopped: ReadonlySet<Process>,
  conditions: { channelDown: (c: Channel) => boolean; unreachable: ReadonlySet<Person> },
): AlertResult[] {
  const sources: { name: string; severity: string; processes: Process[] }[] = [];
  // Which affected processes each down service stops, built once: the same services whose checks
  // the time to plan B counts (timeline.ts), so the alerts listed and the times agree.
  const stoppedBy = new Map<Service, Process[]>();
  for (const p of stopped) {
    for (const s of downServices(p, isDown)) {
      const list = stoppedBy.get(s);
      if (list) list.push(p);
      else stoppedBy.set(s, [p]);
    }
  }
  for (const e of model.endpoints) {
    if (!isDown(e.service)) continue;
    sources.push({ name: e.name || e.id, severity: e.severity, processes: stoppedBy.get(e.service) ?? [] });
  }
  for (const c of model.businessChecks) {
    if (stopped.has(c.process)) sources.push({ name: c.name, severity: c.severity, processes: [c.process] });
  }
  const out: AlertResult[] = [];
  for (const route of model.alerts) {
    const covers = new Set(route.processes);
    const triggers = sources.filter((s) => s.severity === route.severity && (covers.size === 0 || s.processes.some((p) => covers.has(p))));
    if (triggers.length === 0) continue;
    let at = 0;
    const stages = route.stages.map((stage) => {
      at += stage.after;
      const via = [...new Set(stage.via.map((c) => workingChannel(c, conditions)).filter((c) => c !== undefined))];
      const reached = new Set(stageReaches(stage, conditions));
      const notify = stage.notify.map((x): AlertStageResult['notify'][number] => {
        if (reached.has(x)) return { name: x.name, reachable: true };
        return { name: x.name, reachable: false, why: conditions.unreachable.has(x) ? 'failed' : 'no-address' };
      });
      return { at, notify, via: via.map((c) => c.name) };
    });
    out.push({ route: route.id, severity: route.severity, triggeredBy: [...new Set(triggers.map((t) => t.name))].sort(), stages });
  }
  return out;
}

/** A copy can be read unless its provider fails, every place it is kept in fails, or what it is stored on is down. */
function copyUsable(c: DataCopy, vendors: ReadonlySet<string>, places: ReadonlySet<Place>, isDown: (s: Service) => boolean): boolean {
  if (c.storedOn && isDown(c.storedOn)) return false;
  const kept = copyDataLocation(c);
  if ([...kept.providers].some((v) => vendors.has(v))) return false;
  return !(kept.places.size > 0 && [...kept.places].every((p) => places.has(p)));
}

/** Turns the words of `--fail` into targets: a service, place or person id, or a vendor name. */
export function resolveTargets(model: Model, tokens: readonly string[], words: SimulationWords = SIMULATION_WORDS.en) {
  const failed: FailedTarget[] = [];
  const unknown: string[] = [];
  const services = new Set<Service>();
  const vendors = new Set<string>();
  const places = new Set<Place>();
  const people = new Set<Person>();
  const vendorKeys = new Set(model.services.map((s) => s.vendorKey));
  for (const token of tokens) {
    let found = false;
    const s = model.index.services.get(token);
    if (s) services.add(s), failed.push({ token, kind: 'service', label: s.name }), (found = true);
    const pl = model.index.places.get(token);
    if (pl) places.add(pl), failed.push({ token, kind: 'place', label: pl.name }), (found = true);
    const pe = model.index.people.get(token);
    if (pe) people.add(pe), failed.push({ token, kind: 'person', label: pe.name }), (found = true);
    const key = vendorKey(token);
    if (!found && vendorKeys.has(key)) {
      vendors.add(key);
      const name = model.services.find((x) => x.vendorKey === key)!.vendor;
      failed.push({ token, kind: 'vendor', label: words.everyService(name) });
      found = true;
    }
    if (!found) unknown.push(token);
  }
  return { failed, unknown, services, vendors, places, people };
}
