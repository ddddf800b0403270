/**
 * Where an alarm can reach a person: the one reading of the channel table's address rules
 * (drivers.ts), used by the loader (a webhook's own address), the analysis (detection must reach
 * a person), the stack (who is subscribed where) and the runtime (where a page is sent), so they
 * can never disagree.
 */
import type { ChannelKind } from '../model/model';
import { driverOf } from './drivers';

export interface ContactLike {
  readonly kind: string;
  readonly value: string;
}

/**
 * The person's address for an alarm over a channel of `kind`, or undefined when they have none or
 * the channel has no personal addresses (a webhook's is the channel's own: see channelAddressValid).
 */
export function personAddress(contacts: readonly ContactLike[], kind: ChannelKind): string | undefined {
  const rule = driverOf(kind).address;
  if (rule.of !== 'person') return undefined;
  for (const k of rule.contacts) {
    for (const c of contacts) {
      if (c.kind !== k) continue;
      const parsed = rule.parse(c.value.trim());
      if (parsed !== undefined) return parsed;
    }
  }
  return undefined;
}

/** For a channel addressed by its own address (a webhook): whether that address is one AWS can post to. */
export function channelAddressValid(kind: ChannelKind, address: string | undefined): boolean {
  const rule = driverOf(kind).address;
  return rule.of === 'channel' && rule.valid(address);
}

/**
 * Whether plain SNS can tell this person, over a channel of `kind`, that the pager itself has
 * failed: e-mail or SMS at their own address. Telegram and webhooks are sent by the pager, so they
 * fall silent with it (the stack subscribes exactly these to the "pager failing" topic).
 */
export function hearsPagerFailing(contacts: readonly ContactLike[], kind: ChannelKind): boolean {
  const aws = driverOf(kind).aws;
  if (aws?.by !== 'sns' || aws.protocol === 'https') return false;
  return personAddress(contacts, kind) !== undefined;
}
