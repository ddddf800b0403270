/**
 * Alert routes: which alarms reach which people, over which channels, in
 * which escalation order. Pure types, checks and SNS filter policies.
 */
import type * as pulumi from '@pulumi/pulumi';
import { checkUniqueIds } from '../common/names';

export const SEVERITIES = ['critical', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type ChannelKind = 'email' | 'sms' | 'https' | 'telegram';

export interface Contact {
  /** Stable id (a person or channel from the blueprint); same id, same address everywhere. */
  id: string;
  channel: ChannelKind;
  /** Email address, E.164 phone number, https URL or Telegram chat id. Never a secret. */
  address: string;
}

export interface EscalationStage {
  id: string;
  /** Seconds to wait after the previous stage; 0 for the first stage. */
  afterSeconds: number;
  contacts: Contact[];
}

export interface AlertRoute {
  id: string;
  severity: Severity;
  /** Blueprint process, for tags. */
  process?: string;
  /** CloudWatch alarms whose notifications this route carries. */
  alarmNames: pulumi.Input<string>[];
  /** In escalation order; stage one is paged by the alarm itself, later ones by Step Functions. */
  stages: EscalationStage[];
}

const ADDRESS: Record<ChannelKind, { test: RegExp; hint: string }> = {
  email: { test: /^[^@\s]+@[^@\s]+\.[^@\s]+$/, hint: 'an email address like duty@example.com' },
  sms: { test: /^\+[1-9]\d{6,14}$/, hint: 'an E.164 number like +491701234567' },
  https: { test: /^https:\/\/[^\s/]+(\/\S*)?$/, hint: 'an https:// URL (plain http would leak alerts)' },
  telegram: { test: /^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{4,31})$/, hint: 'a numeric chat id or @channelname' },
};

/** These stop at the first problem (collecting every one would be nicer) but name it exactly. */
export function checkRoutes(routes: readonly AlertRoute[], hasTelegramToken: boolean): void {
  checkUniqueIds('routes', routes.map((r) => r.id));
  const addresses = new Map<string, string>();
  for (const route of routes) {
    const arg = `routes[${route.id}]`;
    if (route.alarmNames.length === 0) throw new Error(`${arg}.alarmNames: empty; list the alarms this route should carry`);
    if (route.stages.length === 0) throw new Error(`${arg}.stages: empty; give at least one stage with a contact`);
    checkUniqueIds(`${arg}.stages`, route.stages.map((s) => s.id));
    route.stages.forEach((stage, i) => checkStage(`${arg}.stages[${stage.id}]`, stage, i === 0));
    for (const c of route.stages.flatMap((s) => s.contacts)) {
      const key = `${c.channel}:${c.address}`;
      const prev = addresses.get(c.id);
      if (prev !== undefined && prev !== key) {
        throw new Error(`${arg}: contact "${c.id}" has two different channels/addresses; give each its own id`);
      }
      addresses.set(c.id, key);
      if (c.channel === 'telegram' && !hasTelegramToken) {
        throw new Error(`${arg}: contact "${c.id}" uses Telegram but telegramBotToken is not set; pass the config secret`);
      }
    }
  }
  const telegram = routes.some((r) => r.stages.some((st) => st.contacts.some((c) => c.channel === 'telegram')));
  checkFilterSize(routes, telegram ? 1 : 0);
}

/** SNS allows at most 150 value combinations in one subscription's filter policy. */
export const MAX_FILTER_COMBINATIONS = 150;

/** Counts, per topic and contact, the combinations its merged $or filter will hold. */
export function checkFilterSize(routes: readonly AlertRoute[], extraCriticalAlarms = 0): void {
  const sizes = new Map<string, number>();
  for (const route of routes) {
    route.stages.forEach((stage, i) => {
      // A first-stage clause holds one combination per alarm name; a later one holds one.
      // Critical first stages also carry the undelivered-Telegram alarm, when there is one.
      const combos = i === 0 ? route.alarmNames.length + (route.severity === 'critical' ? extraCriticalAlarms : 0) : 1;
      for (const c of stage.contacts) {
        const key = `${route.severity}/${c.id}`;
        const total = (sizes.get(key) ?? 0) + combos;
        if (total > MAX_FILTER_COMBINATIONS) {
          throw new Error(
            `routes[${route.id}]: contact "${c.id}" on the ${route.severity} topic would need a filter of ${total} ` +
              `combinations (SNS allows ${MAX_FILTER_COMBINATIONS}); split the alarms over fewer routes or use a composite alarm`,
          );
        }
        sizes.set(key, total);
      }
    });
  }
}

function checkStage(arg: string, stage: EscalationStage, first: boolean): void {
  if (first && stage.afterSeconds !== 0) throw new Error(`${arg}.afterSeconds: the first stage pages at once; set 0`);
  if (!first && (!Number.isInteger(stage.afterSeconds) || stage.afterSeconds < 60 || stage.afterSeconds > 86400)) {
    throw new Error(`${arg}.afterSeconds: ${stage.afterSeconds} must be 60..86400 seconds after the previous stage`);
  }
  if (stage.contacts.length === 0) throw new Error(`${arg}.contacts: empty; every stage must reach someone`);
  checkUniqueIds(`${arg}.contacts`, stage.contacts.map((c) => c.id));
  for (const c of stage.contacts) {
    const rule = ADDRESS[c.channel];
    if (!rule.test.test(c.address)) throw new Error(`${arg}.contacts[${c.id}].address: expected ${rule.hint}`);
  }
}

export type FilterClause = Record<string, unknown[]>;

/**
 * First-stage subscribers get the alarm's own notifications (ALARM and OK),
 * which carry AlarmName, but not the escalation messages, which carry planbStage.
 */
export function firstStageClause(alarmNames: readonly string[]): FilterClause {
  return { AlarmName: [...alarmNames].sort(), planbStage: [{ exists: false }] };
}

/** Later stages get only the escalation message for their route and stage. */
export function laterStageClause(routeId: string, stageId: string): FilterClause {
  return { planbRoute: [routeId], planbStage: [stageId] };
}

/**
 * SNS keeps one subscription per topic and endpoint, so a contact named in
 * several stages or routes of one topic gets one subscription whose filter
 * is the $or of its clauses (in a stable order).
 */
export function subscriptionFilter(clauses: readonly FilterClause[]): string {
  const sorted = [...clauses].map((c) => JSON.stringify(c)).sort();
  if (sorted.length === 1) return sorted[0] as string;
  return `{"$or":[${sorted.join(',')}]}`;
}

/** SNS protocol for each channel; Telegram goes through a forwarder Lambda. */
export function snsProtocol(channel: ChannelKind): 'email' | 'sms' | 'https' | 'lambda' {
  return channel === 'telegram' ? 'lambda' : channel;
}
