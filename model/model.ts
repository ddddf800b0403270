/**
 * The one typed model every stage after the loader reads.
 *
 * It is the blueprint after validation and defaults: durations in seconds, dates as ISO strings,
 * references resolved to the objects they name, every optional list present (maybe empty).
 * Each element keeps `path`, the JSON pointer of its place in the blueprint, so analysis and
 * errors can point at file:line:column through `Model.source` without storing positions for
 * every node up front.
 *
 * Enumerations the blueprint spells (channel, service, contact, place and copy kinds) are the
 * schema's own types (schemas/blueprint.schema.json, the source of truth): a kind added there
 * reaches every exhaustive table here (channels/drivers.ts) and `tsc` names what is missing.
 */
import type * as B from '../schemas/blueprint.generated';

export type Seconds = number;
/** An ISO date, YYYY-MM-DD. Compared as strings (ISO dates sort correctly). */
export type IsoDate = string;
export type Level = 'critical' | 'high' | 'medium' | 'low';
export type AlertLevel = 'critical' | 'warning' | 'info';
export type Language = 'en' | 'ru';
export type AccountOwner = 'company' | 'contractor' | 'person';

/** A place in the blueprint file: 1-based line and column. */
export interface SourcePosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Resolves a JSON pointer (e.g. `/processes/2/rto`) to where it is written in the file. */
export interface SourceLocator {
  readonly file: string;
  /**
   * The text the model was loaded from, when it came from the loader: `planb build` loads it again
   * in the thread that runs the plan (pipeline/plan-thread.ts), as a model holds functions no
   * thread can be sent.
   */
  readonly text?: string;
  /** The position of the value at `pointer`, or of its nearest written ancestor. */
  locate(pointer: string): SourcePosition;
  /** The position of the key that names the value at `pointer` (the value's position for array items). */
  locateKey(pointer: string): SourcePosition;
}

export interface Located {
  /** JSON pointer of this element in the blueprint. */
  readonly path: string;
}

export interface Business {
  name: string;
  slug: string;
  language: Language;
  timezone: string;
  owner: Person;
  currency: string;
  revised: IsoDate;
  measuresCostPerMonth?: number;
}

export interface Contact {
  kind: B.Contact['kind'];
  value: string;
}

export interface Person extends Located {
  id: string;
  name: string;
  role: string;
  contractor: boolean;
  contacts: Contact[];
}

export interface EscalationStep extends Located {
  person: Person;
  /** How long to try this person before the next step; 15 minutes when not given. */
  tryFor: Seconds;
}

export interface Place extends Located {
  id: string;
  name: string;
  kind: B.Place['kind'];
  provider?: string;
}

export interface Access {
  holders: Person[];
  vault?: string;
  recovery?: string;
}

export interface Account {
  owner: AccountOwner;
  registeredTo?: string;
}

export interface Support {
  contact?: string;
  hours?: string;
  /** The reaction time the terms promise. */
  responseTime?: Seconds;
  contract?: string;
  /** Whom to reach when the first contact does not answer. */
  secondContact?: string;
}

export type ServiceKind = B.Service['kind'];

export interface Service extends Located {
  id: string;
  name: string;
  kind: ServiceKind;
  vendor: string;
  /** The vendor as a stable key (lower-cased, trimmed), used to fail a whole provider at once. */
  vendorKey: string;
  dataLocation?: string;
  /** Availability as a fraction, 0.999 for "99.9%". */
  sla?: number;
  location: Place[];
  dependsOn: Service[];
  /** Services that take over automatically: this one counts as down only when they are down too. */
  standby: Service[];
  account?: Account;
  access?: Access;
  support?: Support;
  url?: string;
  notes?: string;
}

export interface PlanB extends Located {
  summary: string;
  needs: Service[];
  steps: string[];
  requires: string[];
  switchedBy: Person[];
  switchTime: Seconds;
  capacity?: string;
  backToNormal: string[];
}

export interface Process extends Located {
  id: string;
  name: string;
  criticality: Level;
  rto: Seconds;
  rpo: Seconds;
  needs: Service[];
  data: DataSet[];
  costPerHour?: number;
  symptoms: string[];
  planB?: PlanB;
  customerMessage?: Message;
}

export type CopyKind = B.DataCopy['kind'];

export interface DataCopy extends Located {
  id: string;
  kind: CopyKind;
  where: string;
  vendor?: string;
  location: Place[];
  /** The service the copy is stored on: it fails with that service's provider and places. */
  storedOn?: Service;
  every: Seconds;
  automated: boolean;
  /** Who makes it, when it is made by hand. */
  madeBy?: Person;
  offline: boolean;
  lastChecked?: IsoDate;
  checkEvery?: Seconds;
  /** backup-bucket only */
  objectLock?: Seconds;
  offProvider: boolean;
  /** backup-bucket only: how long noncurrent versions are kept; 90 days when not given. */
  retainVersions: Seconds;
}

export interface DataSet extends Located {
  id: string;
  name: string;
  minimum?: 'customers' | 'orders' | 'templates' | 'instructions';
  source: Service;
  copies: DataCopy[];
}

export type DnsProvider = 'cloudflare' | 'route53' | 'registrar' | 'other';

export interface DnsRecord extends Located {
  name: string;
  type: 'A' | 'AAAA' | 'CNAME' | 'TXT' | 'MX' | 'CAA';
  values: string[];
  /** 300 seconds when not given. */
  ttl: Seconds;
  priority?: number;
}

export interface Failover extends Located {
  name: string;
  type: 'A' | 'AAAA' | 'CNAME';
  primary: string;
  secondary: string;
  check: Endpoint;
  /** 60 seconds when not given. */
  ttl: Seconds;
}

export interface Domain extends Located {
  name: string;
  registrar: string;
  expires: IsoDate;
  autoRenew: boolean;
  account: Account;
  access?: Access;
  dns: DnsProvider[];
  records: DnsRecord[];
  failover: Failover[];
  expiryWatch?: Seconds;
  cloudflareLoadBalancer: boolean;
  cloudflarePlan: 'free' | 'pro' | 'business' | 'enterprise';
  /** DNSSEC at the registrar; `off` when not given. */
  dnssec: 'off' | 'one-provider' | 'multi-signer';
}

export interface Endpoint extends Located {
  id: string;
  name: string;
  service: Service;
  check: 'http' | 'tcp' | 'dns';
  url: string;
  expectStatus: number;
  expectBody?: string;
  maxResponseTime?: Seconds;
  tlsDaysLeft?: number;
  /** 30 seconds when not given. */
  interval: Seconds;
  failureThreshold: number;
  regions: string[];
  severity: AlertLevel;
}

export interface BusinessCheck extends Located {
  id: string;
  name: string;
  process: Process;
  url: string;
  field?: string;
  floor: number;
  window: Seconds;
  activeHours?: string;
  severity: AlertLevel;
}

export type ChannelKind = B.Channel['kind'];

export interface Channel extends Located {
  id: string;
  name: string;
  kind: ChannelKind;
  audience: 'team' | 'customers';
  service?: Service;
  address?: string;
  backup?: Channel;
  rallyPoint: boolean;
}

export interface Message extends Located {
  id: string;
  situation: string;
  audience: 'team' | 'customers';
  channels: Channel[];
  text: string;
}

export interface AlertStage extends Located {
  notify: Person[];
  via: Channel[];
  /** Wait after the previous stage; 0 for the first stage. */
  after: Seconds;
  repeat?: Seconds;
}

export interface AlertRoute extends Located {
  id: string;
  severity: AlertLevel;
  /** Empty means every process. */
  processes: Process[];
  stages: AlertStage[];
}

export interface StatusComponent extends Located {
  id: string;
  name: string;
  endpoints: Endpoint[];
}

export interface StatusPage extends Located {
  host: string;
  hosting: 'aws' | 'cloudflare' | 'other';
  dependsOn: Service[];
  components: StatusComponent[];
}

export interface DrillScenario extends Located {
  id: string;
  title: string;
  /** The ids as written: services, places or vendor keys. */
  fail: string[];
  duration?: Seconds;
}

export interface Drills extends Located {
  every: Seconds;
  last?: IsoDate;
  planOwner: Person;
  scenarios: DrillScenario[];
}

export interface Infrastructure {
  awsRegion: string;
  replicaRegion: string;
  cloudflareAccountId?: string;
  resilienceHub: boolean;
}

/** Lookup tables by id, built once by the loader. */
export interface ModelIndex {
  people: ReadonlyMap<string, Person>;
  places: ReadonlyMap<string, Place>;
  services: ReadonlyMap<string, Service>;
  processes: ReadonlyMap<string, Process>;
  data: ReadonlyMap<string, DataSet>;
  endpoints: ReadonlyMap<string, Endpoint>;
  channels: ReadonlyMap<string, Channel>;
  messages: ReadonlyMap<string, Message>;
}

export interface Model {
  version: 1;
  source: SourceLocator;
  business: Business;
  people: Person[];
  escalation: EscalationStep[];
  places: Place[];
  services: Service[];
  processes: Process[];
  data: DataSet[];
  domains: Domain[];
  endpoints: Endpoint[];
  businessChecks: BusinessCheck[];
  channels: Channel[];
  messages: Message[];
  alerts: AlertRoute[];
  statusPage?: StatusPage;
  drills?: Drills;
  infrastructure: Infrastructure;
  index: ModelIndex;
}
