/**
 * Whether an alert actually reaches a person: the route must carry the check's severity for the
 * process, and a stage must notify someone over a channel that person has an address on. The
 * address rules are those the alert stack subscribes people by (stacks/map/contacts.ts): Telegram
 * needs the person's Telegram chat id or @name, e-mail their e-mail, SMS and a call an
 * international phone number; a webhook needs its own https:// address; WhatsApp and Slack the
 * person's address there; site banners, status pages and social posts reach nobody on call. A
 * check whose alert reaches nobody watches nothing: the business learns of the failure from its
 * customers.
 */
import type { AlertLevel, AlertRoute, AlertStage, Channel, Model, Person, Process, Seconds } from '../model/model';

const TELEGRAM = /^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{4,31})$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;

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
  if (channel.kind === 'webhook' || channel.kind === 'other') return addressOn(person, channel);
  let known = addressCache.get(person);
  if (!known) addressCache.set(person, (known = new Map()));
  let has = known.get(channel.kind);
  if (has === undefined) known.set(channel.kind, (has = addressOn(person, channel)));
  return has;
}

function addressOn(person: Person, channel: Channel): boolean {
  const values = (kind: string) => person.contacts.filter((c) => c.kind === kind).map((c) => c.value.trim());
  switch (channel.kind) {
    case 'telegram':
      return values('telegram').some((v) => TELEGRAM.test(v));
    case 'email':
      return values('email').some((v) => EMAIL.test(v));
    case 'sms':
    case 'phone':
      return [...values('sms'), ...values('phone')].some((v) => E164.test(v.replace(/[\s().-]/g, '')));
    case 'webhook':
      return channel.address !== undefined && /^https:\/\/\S+$/.test(channel.address);
    // Messengers the alert stack cannot post to (it notes that at build time): the person is
    // reachable there when they have an address of that kind, which is what the blueprint can say.
    case 'whatsapp':
      return values('whatsapp').length > 0;
    case 'slack':
      return values('slack').length > 0;
    case 'other':
      return values('other').length > 0 || channel.address !== undefined;
    default:
      // Site banners, status pages and social posts speak to customers, not to a person on call.
      return false;
  }
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
