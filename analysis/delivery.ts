/**
 * Whether an alert actually reaches a person: the route must carry the check's severity for the
 * process, and a stage must notify someone over a channel that person has an address on. The
 * address rules are the channel table's (channels/drivers.ts), the ones the alert stack subscribes
 * people by: Telegram needs the person's numeric chat id, e-mail their e-mail, SMS and a call an
 * international phone number; a webhook needs its own https:// address; channels AWS alarms cannot
 * post to (WhatsApp, Slack, site banners, ...) reach nobody. A check whose alert reaches nobody
 * watches nothing: the business learns of the failure from its customers.
 */
import type { AlertLevel, AlertRoute, AlertStage, Channel, Model, Person, Process, Seconds } from '../model/model';

import { channelAddressValid, driverOf, personAddress } from '../channels';

export interface DeliveryConditions {
  /** Channels that are down (their service failed); a stage then uses the first backup that is up. */
  channelDown?: (c: Channel) => boolean;
  /** People who cannot be reached. */
  unreachable?: ReadonlySet<Person>;
}

/** Per person, per channel kind that depends on the person alone: whether they have an address. */
const addressCache = new WeakMap<Person, Map<Channel['kind'], boolean>>();

/** True when the person has an address the channel can deliver to. */
export function hasAddressOn(person: Person, channel: Channel): boolean {
  if (driverOf(channel.kind).address.of === 'channel') return channelAddressValid(channel.kind, channel.address);
  let known = addressCache.get(person);
  if (!known) addressCache.set(person, (known = new Map()));
  let has = known.get(channel.kind);
  if (has === undefined) known.set(channel.kind, (has = personAddress(person.contacts, channel.kind) !== undefined));
  return has;
}

/** The channel a stage's `via` entry actually uses: itself, or the first backup that is up. */
export function workingChannel(channel: Channel, conditions: DeliveryConditions = {}): Channel | undefined {
  const seen = new Set<Channel>();
  for (let c: Channel | undefined = channel; c && !seen.has(c); c = c.backup) {
    seen.add(c);
    if (!conditions.channelDown?.(c)) return c;
  }
  return undefined;
}

/** Who of the stage's people an alert reaches, over the channels that work. */
export function stageReaches(stage: AlertStage, conditions: DeliveryConditions = {}): Person[] {
  const channels = stage.via.map((c) => workingChannel(c, conditions)).filter((c): c is Channel => c !== undefined);
  return stage.notify.filter((p) => !conditions.unreachable?.has(p) && channels.some((c) => hasAddressOn(p, c)));
}

/** True when the route takes alerts of this severity about this process (no process filter: every process). */
export function routeCarries(route: AlertRoute, severity: AlertLevel, process?: Process): boolean {
  if (route.severity !== severity) return false;
  return route.processes.length === 0 || (process !== undefined && route.processes.includes(process));
}

/**
 * How soon an alert of this severity about the process reaches somebody: the earliest stage, over
 * every route that carries it, that reaches a person. Undefined when it reaches nobody.
 */
export function firstDelivery(
  model: Model,
  severity: AlertLevel,
  processes: readonly Process[],
  conditions: DeliveryConditions = {},
): Seconds | undefined {
  let best: Seconds | undefined;
  for (const route of model.alerts) {
    if (!(processes.length === 0 ? routeCarries(route, severity) : processes.some((p) => routeCarries(route, severity, p)))) continue;
    let t = 0;
    for (const stage of route.stages) {
      t += stage.after;
      if (best !== undefined && t >= best) break;
      if (stageReaches(stage, conditions).length > 0) {
        best = t;
        break;
      }
    }
  }
  return best;
}
