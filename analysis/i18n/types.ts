/**
 * What a finding says, as data: every rule's message keys with the parameters each one carries,
 * and the shape of a language's phrase table. The mapped types make `tsc` fail when a language
 * lacks a rule, a message key, or a readiness item, so no language can fall back to English.
 *
 * Parameters are raw: names as the blueprint gives them, durations in seconds, dates as ISO
 * strings, lists as arrays. Each language decides how to write them (and how to decline around
 * them: Russian keeps names in the nominative by putting them after a declined common noun).
 */
import type { AccountOwner, DnsProvider, Level, Place } from '../../model/model';
import type { RuleCode } from '../rule-codes';

/** Something that fails: a failure point of the graph, or a domain (for alert e-mail). */
export interface Subject {
  kind: 'service' | 'vendor' | 'place' | 'person' | 'domain';
  /** The service, place or person name; the vendor name; the domain name. */
  name: string;
}

/** A support term a contractor-run service should have (the fields of `support`). */
export type SupportTerm = 'responseTime' | 'hours' | 'secondContact';

export type MinimumPart = 'customers' | 'orders' | 'templates' | 'instructions';

/** A named account: a service's, or a domain's at its registrar. */
export interface Target {
  kind: 'service' | 'domain';
  name: string;
}

/** Per rule code, per message key, the parameters of that message. */
export interface MessageParams {
  PB101: {
    vendor: { vendor: string; processes: string[] };
    point: { point: Subject; processes: string[] };
    /** A service and its vendor at the same place in the file: one fact, named once. */
    merged: { points: Subject[]; processes: string[] };
  };
  PB102: { critical: { process: string }; high: { process: string } };
  PB103: { shared: { process: string; points: Subject[] } };
  PB104: { missing: { process: string } };
  PB110: {
    service: { service: string; owner: AccountOwner; registeredTo?: string };
    domain: { domain: string; owner: AccountOwner; registeredTo?: string };
  };
  PB111: { nobody: { target: Target }; one: { target: Target; person: string } };
  PB112: { service: { service: string }; domain: { domain: string } };
  PB113: { none: Record<string, never>; one: { person: string } };
  PB114: { contractors: { process: string }; one: { person: string; process: string } };
  PB115: {
    /** `missing` lists the support terms not written: responseTime, hours, secondContact. */
    noTerms: { service: string; runner: string; processes: string[]; missing: SupportTerm[] };
    slowerThanRto: { service: string; runner: string; reaction: number; process: string; rto: number };
    slowForUrgent: { service: string; runner: string; reaction: number };
  };
  PB120: {
    noCopy: { data: string; source: string };
    /** The providers and places every copy shares with the source (either list may be empty). */
    withSource: { data: string; providers: string[]; places: string[] };
  };
  PB121: { undeclared: { part: MinimumPart }; notOffline: { data: string; part: MinimumPart } };
  PB122: { tooRare: { data: string; every: number; process: string; rpo: number } };
  PB124: {
    byPerson: { data: string; where: string; process: string; rpo: number; person: string };
    byNobody: { data: string; where: string; process: string; rpo: number };
  };
  PB123: { never: { data: string; where: string }; overdue: { data: string; where: string; due: string } };
  PB130: {
    slow: {
      /** The needed service whose failure gives the slowest recovery. */
      process: string;
      service: string;
      total: number;
      rto: number;
      detection: number;
      dnsTtl: number;
      reach: number;
      person: string;
      switchTime: number;
    };
    /** The failures of `services` are noticed only by `checks`, whose alerts reach nobody. */
    unheard: { process: string; services: string[]; checks: string[] };
  };
  PB131: {
    unreached: { people: string[]; process: string };
    /** The failures of `services` are noticed only by `checks`, whose alerts reach no switcher. */
    unalerted: { people: string[]; process: string; services: string[]; checks: string[] };
  };
  PB132: {
    noRoute: { check: string; severity: string };
    noRouteWatch: { watch: 'certificate' | 'domain' | 'backup'; name: string; severity: string };
    nobody: { route: string; people: string[]; channels: string[] };
    firstUnaddressed: { route: string; people: string[]; channels: string[] };
  };
  PB140: { blind: { services: string[]; process: string } };
  PB141: { unwatched: { domain: string; autoRenew: boolean } };
  PB142: { unwatched: { host: string } };
  PB143: { unchecked: { process: string } };
  PB144: { expired: { domain: string; date: string }; expiring: { domain: string; date: string; autoRenew: boolean } };
  PB150: { shares: { host: string; points: Subject[] } };
  PB151: { shares: { points: Subject[]; processes: string[]; route: string } };
  PB152: {
    noRally: Record<string, never>;
    rallyNoBackup: { channel: string };
    rallyBackupShares: { channel: string; backup: string; points: Subject[] };
    noCustomerChannel: Record<string, never>;
    noCustomerBackup: Record<string, never>;
  };
  PB153: { elsewhere: { host: string; hosting: 'cloudflare' | 'other' | 'aws' } };
  PB160: { partial: { fqdn: string; primary: string; secondary: string; stuck: DnsProvider[]; working: DnsProvider[] } };
  PB161: { single: { domain: string } };
  PB162: { notBuilt: { domain: string; providers: DnsProvider[] }; partly: { domain: string; others: DnsProvider[] } };
  PB170: { never: Record<string, never>; overdue: { last: string; due: string }; future: { last: string; today: string } };
  PB171: { none: Record<string, never>; rare: Record<string, never>; frequent: Record<string, never> };
}

export type MessageKey<C extends RuleCode> = keyof MessageParams[C] & string;

/** How a language writes values inside its sentences. */
export interface Format {
  /** "A, B and C". */
  list(words: readonly string[]): string;
  duration(seconds: number): string;
  /** An ISO date as the reader writes dates. */
  date(iso: string): string;
  number(n: number): string;
}

/** One rule in one language: what it looks for, why, the fix, and each of its messages. */
export interface RulePhrases<C extends RuleCode> {
  summary: string;
  why: string;
  fix: string;
  messages: { readonly [K in MessageKey<C>]: (p: MessageParams[C][K], f: Format) => string };
}

/** The readiness items, by id, with what each item's evidence is made of. */
export interface ReadinessParams {
  'critical-processes': { processes: string[] };
  'shared-failure-points': { spof: number };
  'plan-b': { withPlanB: number; important: number; shared: number };
  'local-copies': { offline: MinimumPart[]; missing: MinimumPart[]; stale: number };
  'backup-channels': { rally: { name: string; backup?: string }[]; customersOk: boolean };
  'escalation-and-messages': { people: number; messages: number; important: number };
  instructions: { offline: boolean; steps: number; important: number };
  'owner-and-drills': { drills?: { owner: string; last?: string; overdue: boolean } };
}

export type ReadinessId = keyof ReadinessParams;

export interface ReadinessPhrases<I extends ReadinessId> {
  title: string;
  evidence: (p: ReadinessParams[I], f: Format) => string;
}

/** A whole language. Leaving out a rule code or a readiness item fails `tsc`. */
/** The words the dependency map draws beside names (analysis/map): levels, place kinds, counts. */
export interface MapWords {
  level: Readonly<Record<Level, string>>;
  placeKind: Readonly<Record<Place['kind'], string>>;
  /** A summary map's group of processes of one level: "critical processes". */
  levelGroup: Readonly<Record<Level, string>>;
  /** Counts under a summary map's boxes: "3 processes", "2 services". */
  processes(n: number): string;
  services(n: number): string;
  otherVendors: string;
  otherPlaces: string;
  /** The words on the dashed arrows: a process's plan B needs, a service's standby. */
  arrows: Readonly<Record<'planB' | 'standby', string>>;
  /** The title of a summary map: what it counts and where the full lists are. */
  summaryNote(processes: number, services: number): string;
  /** Appended to the title when not every link is drawn. */
  heaviest(drawn: number, all: number): string;
}

/** How many errors' sentences an item's evidence quotes before it counts the rest. */
export const ERRORS_SHOWN = 2;

export interface Phrasebook {
  format: Format;
  map: MapWords;
  rules: { readonly [C in RuleCode]: RulePhrases<C> };
  readiness: { readonly [I in ReadinessId]: ReadinessPhrases<I> };
  /**
   * Appended to an item's evidence when errors of its rules fail it: the errors' own sentences
   * (the first ERRORS_SHOWN, then how many more), in the owner's words, never the rule codes
   * ("errors stand: PB130" told the owner nothing).
   */
  errorsStand: (messages: readonly string[], f: Format) => string;
}
