/**
 * What the functions know about the blueprint: a small JSON document made from the model at deploy
 * time (`runtimeConfig`), so a Lambda never parses YAML. Addresses only; tokens and the link key
 * stay in SSM (see docs/operations.md).
 */
import type { AlertLevel, AlertRoute, ChannelKind, Model } from '../model/model';
import { driverOf, personAddress } from '../channels';
import { alarmTargets, type AlarmTarget } from './journal/alarms';
import { builtAlarmsById, routeForAlarm } from '../model/alarms';

/** One way to reach one person, in the order to try them. */
export interface Reach {
  /** Blueprint channel id. */
  channel: string;
  kind: ChannelKind;
  /** Telegram chat id, e-mail address or phone number. */
  address: string;
}

export interface StagePlan {
  people: string[];
  /** Seconds after the previous stage. */
  after: number;
  repeat?: number;
}

export interface RoutePlan {
  id: string;
  stages: StagePlan[];
}

export interface RuntimeConfig {
  /** Alarm id -> the route it follows, its severity and the processes it stops. */
  alarms: Record<string, { route: string; severity: AlertLevel; processes: string[] }>;
  routes: Record<string, RoutePlan>;
  /** Person id -> ways to reach them, first choice first. */
  reach: Record<string, Reach[]>;
  /** Person id -> name, for the pages' text. */
  names: Record<string, string>;
}

/**
 * The route an alarm follows (model/alarms.ts routeForAlarm): an alarm the stack builds is routed by
 * the severity and processes the analysis judges it by (PB132 names one left without a route). A
 * staff report is no built alarm and nobody judges it beforehand, so it never goes unheard: failing
 * a route of its severity, the first route for every process, then the first naming its process.
 */
export function routeFor(model: Model, target: AlarmTarget): AlertRoute | undefined {
  const built = builtAlarmsById(model).get(target.id);
  if (built !== undefined) return routeForAlarm(model.alerts, built);
  const processes = target.processes.map((p) => p.id);
  return (
    routeForAlarm(model.alerts, { severity: target.severity, processes }) ??
    model.alerts.find((r) => r.processes.length === 0) ??
    model.alerts.find((r) => r.processes.some((p) => processes.includes(p.id)))
  );
}

function reachOf(model: Model, personId: string): Reach[] {
  const person = model.index.people.get(personId)!;
  const out: Reach[] = [];
  const seen = new Set<string>();
  // The route's channels first, then each channel's backups: the order a page falls back in.
  const channels = model.alerts.flatMap((r) => r.stages.filter((s) => s.notify.includes(person)).flatMap((s) => s.via));
  for (let c of channels) {
    for (let hops = 0; c && hops < 5; hops++, c = c.backup!) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      // The person's own address by the channel table's rule (channels/drivers.ts); a channel
      // whose address is its own (a webhook) at that address; failing both, a Telegram channel's
      // own chat (a group).
      const rule = driverOf(c.kind).address;
      const address =
        rule.of === 'channel'
          ? rule.valid(c.address)
            ? c.address
            : undefined
          : (personAddress(person.contacts, c.kind) ?? (c.kind === 'telegram' ? c.address : undefined));
      if (address !== undefined) out.push({ channel: c.id, kind: c.kind, address });
    }
  }
  return out;
}

export function runtimeConfig(model: Model): RuntimeConfig {
  const config: RuntimeConfig = { alarms: {}, routes: {}, reach: {}, names: {} };
  for (const route of model.alerts) {
    config.routes[route.id] = {
      id: route.id,
      stages: route.stages.map((s) => ({
        people: s.notify.map((p) => p.id),
        after: s.after,
        ...(s.repeat !== undefined ? { repeat: s.repeat } : {}),
      })),
    };
  }
  for (const target of [...alarmTargets(model).values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const route = routeFor(model, target);
    if (route) config.alarms[target.id] = { route: route.id, severity: route.severity, processes: target.processes.map((p) => p.id) };
  }
  for (const person of model.people) {
    config.reach[person.id] = reachOf(model, person.id);
    config.names[person.id] = person.name;
  }
  return config;
}

/** Everyone a route may page: the people who may acknowledge its alarms. */
export function routePeople(route: RoutePlan): Set<string> {
  return new Set(route.stages.flatMap((s) => s.people));
}
