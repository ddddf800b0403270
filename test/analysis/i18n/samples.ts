/**
 * One set of parameters per message of every rule and per readiness item. Typed against the
 * phrase-table types, so a new message or item without a sample fails `tsc`. Names are `Zq<n>`
 * tokens, so a test can cut a rendered English phrase into its literal words around them.
 */
import type { MessageKey, MessageParams, ReadinessId, ReadinessParams } from '../../../analysis/i18n/types';
import type { RuleCode } from '../../../analysis/types';

type Samples = { readonly [C in RuleCode]: { readonly [K in MessageKey<C>]: readonly MessageParams[C][K][] } };

const svc = { kind: 'service', name: 'Zq1' } as const;
const vendor = { kind: 'vendor', name: 'Zq2' } as const;
const place = { kind: 'place', name: 'Zq3' } as const;
const domain = { kind: 'domain', name: 'Zq4' } as const;

export const MESSAGE_SAMPLES: Samples = {
  PB101: {
    vendor: [{ vendor: 'Zq1', processes: ['Zq2', 'Zq3'] }],
    point: [
      { point: svc, processes: ['Zq2', 'Zq3'] },
      { point: place, processes: ['Zq2', 'Zq3', 'Zq4'] },
    ],
    merged: [{ points: [svc, vendor], processes: ['Zq5', 'Zq6'] }],
  },
  PB102: { critical: [{ process: 'Zq1' }], high: [{ process: 'Zq1' }] },
  PB103: {
    shared: [
      { process: 'Zq1', points: [svc] },
      { process: 'Zq1', points: [svc, { kind: 'service', name: 'Zq5' }, place] },
      { process: 'Zq1', points: [vendor] },
      { process: 'Zq1', points: [svc, vendor, place] },
    ],
  },
  PB104: { missing: [{ process: 'Zq1' }] },
  PB110: {
    service: [
      { service: 'Zq1', owner: 'contractor', registeredTo: 'Zq2' },
      { service: 'Zq1', owner: 'person' },
    ],
    domain: [
      { domain: 'Zq1', owner: 'person', registeredTo: 'Zq2' },
      { domain: 'Zq1', owner: 'contractor' },
    ],
  },
  PB111: {
    nobody: [{ target: { kind: 'service', name: 'Zq1' } }, { target: { kind: 'domain', name: 'Zq1' } }],
    one: [{ target: { kind: 'domain', name: 'Zq1' }, person: 'Zq2' }],
  },
  PB112: { service: [{ service: 'Zq1' }], domain: [{ domain: 'Zq1' }] },
  PB113: { none: [{}], one: [{ person: 'Zq1' }] },
  PB114: { contractors: [{ process: 'Zq1' }], one: [{ person: 'Zq1', process: 'Zq2' }] },
  PB115: {
    noTerms: [
      { service: 'Zq1', runner: 'Zq2', processes: ['Zq3'], missing: ['responseTime', 'hours', 'secondContact'] },
      { service: 'Zq1', runner: 'Zq2', processes: ['Zq3', 'Zq4'], missing: ['secondContact'] },
    ],
    slowerThanRto: [{ service: 'Zq1', runner: 'Zq2', reaction: 4 * 3600, process: 'Zq3', rto: 2 * 3600 }],
    slowForUrgent: [{ service: 'Zq1', runner: 'Zq2', reaction: 4 * 3600 }],
  },
  PB120: {
    noCopy: [{ data: 'Zq1', source: 'Zq2' }],
    withSource: [
      { data: 'Zq1', providers: ['Zq2'], places: [] },
      { data: 'Zq1', providers: [], places: ['Zq3'] },
      { data: 'Zq1', providers: ['Zq2', 'Zq4'], places: ['Zq3'] },
    ],
  },
  PB121: {
    undeclared: [{ part: 'customers' }, { part: 'orders' }, { part: 'templates' }, { part: 'instructions' }],
    notOffline: [{ data: 'Zq1', part: 'orders' }],
  },
  PB122: {
    tooRare: [
      { data: 'Zq1', every: 86_400, process: 'Zq2', rpo: 3_600 },
      { data: 'Zq1', every: 21 * 60, process: 'Zq2', rpo: 90 },
    ],
  },
  PB123: { never: [{ data: 'Zq1', where: 'Zq2' }], overdue: [{ data: 'Zq1', where: 'Zq2', due: '2026-03-12' }] },
  PB124: {
    byPerson: [{ data: 'Zq1', where: 'Zq2', process: 'Zq3', rpo: 86_400, person: 'Zq4' }],
    byNobody: [{ data: 'Zq1', where: 'Zq2', process: 'Zq3', rpo: 3_600 }],
  },
  PB130: {
    slow: [
      {
        process: 'Zq1',
        service: 'Zq3',
        total: 9_000,
        rto: 3_600,
        detection: 300,
        dnsTtl: 300,
        reach: 5_400,
        person: 'Zq2',
        switchTime: 600,
      },
      { process: 'Zq1', service: 'Zq3', total: 1_260, rto: 600, detection: 60, dnsTtl: 0, reach: 600, person: 'Zq2', switchTime: 600 },
    ],
    unheard: [
      { process: 'Zq1', services: ['Zq2'], checks: ['Zq3'] },
      { process: 'Zq1', services: ['Zq2', 'Zq4'], checks: ['Zq3', 'Zq5'] },
    ],
  },
  PB131: {
    unreached: [
      { people: ['Zq1'], process: 'Zq2' },
      { people: ['Zq1', 'Zq3'], process: 'Zq2' },
    ],
    unalerted: [
      { people: ['Zq1'], process: 'Zq2', services: ['Zq3'], checks: ['Zq4'] },
      { people: ['Zq1', 'Zq5'], process: 'Zq2', services: ['Zq3', 'Zq6'], checks: ['Zq4', 'Zq7'] },
    ],
  },
  PB132: {
    noRouteWatch: [
      { watch: 'certificate', name: 'Zq1', severity: 'warning' },
      { watch: 'domain', name: 'Zq1', severity: 'warning' },
      { watch: 'backup', name: 'Zq1', severity: 'critical' },
    ],
    noRoute: [{ check: 'Zq1', severity: 'warning' }],
    nobody: [
      { route: 'Zq1', people: ['Zq2'], channels: ['Zq3'] },
      { route: 'Zq1', people: ['Zq2', 'Zq4'], channels: ['Zq3', 'Zq5'] },
    ],
    firstUnaddressed: [{ route: 'Zq1', people: ['Zq2'], channels: ['Zq3'] }],
  },
  PB140: {
    blind: [
      { services: ['Zq1'], process: 'Zq2' },
      { services: ['Zq1', 'Zq3'], process: 'Zq2' },
    ],
  },
  PB141: {
    unwatched: [
      { domain: 'Zq1', autoRenew: true },
      { domain: 'Zq1', autoRenew: false },
    ],
  },
  PB142: { unwatched: [{ host: 'Zq1' }] },
  PB143: { unchecked: [{ process: 'Zq1' }] },
  PB144: {
    expired: [{ domain: 'Zq1', date: '2026-11-01' }],
    expiring: [
      { domain: 'Zq1', date: '2026-11-25', autoRenew: true },
      { domain: 'Zq1', date: '2026-11-25', autoRenew: false },
    ],
  },
  PB150: {
    shares: [
      { host: 'Zq1', points: [svc, { kind: 'service', name: 'Zq5' }] },
      { host: 'Zq1', points: [vendor] },
    ],
  },
  PB151: {
    shares: [
      { points: [domain], processes: ['Zq1'], route: 'Zq2' },
      { points: [svc], processes: ['Zq5', 'Zq6'], route: 'Zq2' },
      { points: [vendor], processes: ['Zq5', 'Zq6', 'Zq7', 'Zq8', 'Zq9'], route: 'Zq2' },
      { points: [svc, place], processes: ['Zq5', 'Zq6'], route: 'Zq2' },
    ],
  },
  PB152: {
    noRally: [{}],
    rallyNoBackup: [{ channel: 'Zq1' }],
    rallyBackupShares: [
      { channel: 'Zq1', backup: 'Zq2', points: [svc] },
      { channel: 'Zq1', backup: 'Zq2', points: [place] },
      { channel: 'Zq1', backup: 'Zq2', points: [svc, place] },
    ],
    noCustomerChannel: [{}],
    noCustomerBackup: [{}],
  },
  PB153: {
    elsewhere: [
      { host: 'Zq1', hosting: 'cloudflare' },
      { host: 'Zq1', hosting: 'other' },
    ],
  },
  PB160: {
    partial: [
      { fqdn: 'Zq1', primary: 'Zq2', secondary: 'Zq3', stuck: ['cloudflare'], working: ['route53'] },
      { fqdn: 'Zq1', primary: 'Zq2', secondary: '192.0.2.2', stuck: ['registrar', 'other'], working: [] },
    ],
  },
  PB161: { single: [{ domain: 'Zq1' }] },
  PB162: {
    notBuilt: [
      { domain: 'Zq1', providers: ['registrar'] },
      { domain: 'Zq1', providers: ['cloudflare', 'other'] },
    ],
    partly: [
      { domain: 'Zq1', others: ['registrar'] },
      { domain: 'Zq1', others: ['registrar', 'other'] },
    ],
  },
  PB170: { never: [{}], overdue: [{ last: '2025-09-13', due: '2026-03-12' }], future: [{ last: '2026-12-01', today: '2026-11-20' }] },
  PB171: { none: [{}], rare: [{}], frequent: [{}] },
};

export const READINESS_SAMPLES: { readonly [I in ReadinessId]: readonly ReadinessParams[I][] } = {
  'critical-processes': [{ processes: ['Zq1', 'Zq2'] }, { processes: [] }],
  'shared-failure-points': [{ spof: 0 }, { spof: 1 }, { spof: 2 }],
  'plan-b': [
    { withPlanB: 3, important: 4, shared: 1 },
    { withPlanB: 4, important: 4, shared: 0 },
    { withPlanB: 1, important: 1, shared: 0 },
  ],
  'local-copies': [
    { offline: ['customers'], missing: ['orders', 'templates', 'instructions'], stale: 1 },
    { offline: [], missing: [], stale: 0 },
  ],
  'backup-channels': [
    { rally: [{ name: 'Zq1', backup: 'Zq2' }, { name: 'Zq3' }], customersOk: true },
    { rally: [], customersOk: false },
  ],
  'escalation-and-messages': [
    { people: 1, messages: 3, important: 4 },
    { people: 2, messages: 1, important: 1 },
    { people: 5, messages: 0, important: 2 },
  ],
  instructions: [
    { offline: true, steps: 3, important: 4 },
    { offline: false, steps: 0, important: 4 },
  ],
  'owner-and-drills': [{ drills: { owner: 'Zq1', last: '2025-09-13', overdue: true } }, { drills: { owner: 'Zq1', overdue: false } }, {}],
};
