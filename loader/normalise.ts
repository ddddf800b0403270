/**
 * The defaults step: a validated blueprint -> the one typed model (model/model.ts).
 *
 * It runs only on input that passed every check, so a reference that does not resolve here is
 * a bug in the checks, and throws. It never mutates its input.
 */
import type * as B from '../schemas/blueprint.generated';
import type * as M from '../model/model';
import { DEFAULTS } from './defaults';
import { parseDuration, parsePercentage } from './durations';
import { vendorKey } from '../model/vendor-key';

type Lookup<T> = Map<string, T>;

function seconds(text: string | undefined, fallback: number): number;
function seconds(text: string | undefined): number | undefined;
function seconds(text: string | undefined, fallback?: number): number | undefined {
  if (text === undefined) return fallback;
  const s = parseDuration(text);
  if (s === undefined) throw new Error(`normalise: "${text}" passed validation but is not a duration`);
  return s;
}

function resolve<T>(table: Lookup<T>, id: string, what: string): T {
  const found = table.get(id);
  if (found === undefined) throw new Error(`normalise: unresolved ${what} "${id}" passed validation`);
  return found;
}

/**
 * Optional model fields may hold undefined (the model's types allow it); removing the keys would
 * cost a copy per element for no reader's benefit, so this only marks where optionals are built.
 */
function defined<T extends object>(o: T): T {
  return o;
}

/** The lookups the later sections resolve references through, built in dependency order. */
interface Tables {
  people: Lookup<M.Person>;
  places: Lookup<M.Place>;
  services: Lookup<M.Service>;
  channels: Lookup<M.Channel>;
  messages: Lookup<M.Message>;
  data: Lookup<M.DataSet>;
  processes: Lookup<M.Process>;
  endpoints: Lookup<M.Endpoint>;
}

export function normalise(bp: B.Blueprint, source: M.SourceLocator): M.Model {
  const t = tables(bp);
  const person = (id: string) => resolve(t.people, id, 'person');
  const model: M.Model = {
    version: 1,
    source,
    business: defined({
      name: bp.business.name,
      slug: bp.business.slug,
      language: bp.business.language ?? DEFAULTS.language,
      timezone: bp.business.timezone,
      owner: person(bp.business.owner),
      currency: bp.business.currency ?? DEFAULTS.currency,
      revised: bp.business.revised,
      measuresCostPerMonth: bp.business.measuresCostPerMonth,
    }),
    people: [...t.people.values()],
    escalation: (bp.escalation ?? []).map((e, i) => ({
      path: `/escalation/${i}`,
      person: person(e.person),
      tryFor: seconds(e.tryFor, DEFAULTS.escalationTryFor),
    })),
    places: [...t.places.values()],
    services: [...t.services.values()],
    processes: [...t.processes.values()],
    data: [...t.data.values()],
    domains: domains(bp, t),
    endpoints: [...t.endpoints.values()],
    businessChecks: businessChecks(bp, t),
    channels: [...t.channels.values()],
    messages: [...t.messages.values()],
    alerts: alerts(bp, t),
    statusPage: statusPage(bp, t),
    drills:
      bp.drills &&
      defined({
        path: '/drills',
        every: seconds(bp.drills.every, 0),
        last: bp.drills.last,
        planOwner: person(bp.drills.planOwner),
        scenarios: bp.drills.scenarios.map((s, i) =>
          defined({ path: `/drills/scenarios/${i}`, id: s.id, title: s.title, fail: [...s.fail], duration: seconds(s.duration) }),
        ),
      }),
    infrastructure: defined({
      awsRegion: bp.infrastructure?.awsRegion ?? DEFAULTS.awsRegion,
      replicaRegion: bp.infrastructure?.replicaRegion ?? DEFAULTS.replicaRegion,
      cloudflareAccountId: bp.infrastructure?.cloudflareAccountId,
      resilienceHub: bp.infrastructure?.resilienceHub ?? true,
    }),
    index: {
      people: t.people,
      places: t.places,
      services: t.services,
      processes: t.processes,
      data: t.data,
      endpoints: t.endpoints,
      channels: t.channels,
      messages: t.messages,
    },
  };
  if (model.statusPage === undefined) delete model.statusPage;
  if (model.drills === undefined) delete model.drills;
  return model;
}

function tables(bp: B.Blueprint): Tables {
  const people: Lookup<M.Person> = new Map();
  for (const [i, p] of bp.people.entries()) {
    people.set(p.id, {
      path: `/people/${i}`,
      id: p.id,
      name: p.name,
      role: p.role,
      contractor: p.contractor ?? false,
      contacts: p.contacts.map((c) => ({ ...c })),
    });
  }
  const places: Lookup<M.Place> = new Map();
  for (const [i, p] of (bp.places ?? []).entries())
    places.set(p.id, defined({ path: `/places/${i}`, id: p.id, name: p.name, kind: p.kind, provider: p.provider }));
  const services = serviceTable(bp, people, places);
  const channels = channelTable(bp, services);
  const messages: Lookup<M.Message> = new Map();
  for (const [i, m] of (bp.messages ?? []).entries()) {
    const via = (m.channels ?? []).map((c) => resolve(channels, c, 'channel'));
    messages.set(m.id, { path: `/messages/${i}`, id: m.id, situation: m.situation, audience: m.audience, channels: via, text: m.text });
  }
  const data = dataTable(bp, people, places, services);
  const processes = processTable(bp, { people, services, messages, data });
  const endpoints = endpointTable(bp, services);
  return { people, places, services, channels, messages, data, processes, endpoints };
}

const accessOf = (people: Lookup<M.Person>, a: B.Access | undefined): M.Access | undefined =>
  a && defined({ holders: a.holders.map((id) => resolve(people, id, 'person')), vault: a.vault, recovery: a.recovery });

function serviceTable(bp: B.Blueprint, people: Lookup<M.Person>, places: Lookup<M.Place>): Lookup<M.Service> {
  // Services first without dependsOn, then wire it: the order of declaration must not matter.
  const services: Lookup<M.Service> = new Map();
  for (const [i, s] of bp.services.entries()) {
    services.set(
      s.id,
      defined({
        path: `/services/${i}`,
        id: s.id,
        name: s.name,
        kind: s.kind,
        vendor: s.vendor,
        vendorKey: vendorKey(s.vendor),
        dataLocation: s.dataLocation,
        sla: s.sla === undefined ? undefined : parsePercentage(s.sla),
        location: (s.location ?? []).map((id) => resolve(places, id, 'place')),
        dependsOn: [],
        standby: [],
        account: s.account && defined({ ...s.account }),
        access: accessOf(people, s.access),
        support: s.support && defined({ ...s.support, responseTime: seconds(s.support.responseTime) }),
        url: s.url,
        notes: s.notes,
      }),
    );
  }
  for (const s of bp.services) {
    const service = resolve(services, s.id, 'service');
    service.dependsOn.push(...(s.dependsOn ?? []).map((d) => resolve(services, d, 'service')));
    service.standby.push(...(s.standby ?? []).map((d) => resolve(services, d, 'service')));
  }
  return services;
}

function channelTable(bp: B.Blueprint, services: Lookup<M.Service>): Lookup<M.Channel> {
  const channels: Lookup<M.Channel> = new Map();
  for (const [i, c] of (bp.channels ?? []).entries()) {
    channels.set(
      c.id,
      defined({
        path: `/channels/${i}`,
        id: c.id,
        name: c.name,
        kind: c.kind,
        audience: c.audience,
        service: c.service === undefined ? undefined : resolve(services, c.service, 'service'),
        address: c.address,
        rallyPoint: c.rallyPoint ?? false,
      }),
    );
  }
  for (const c of bp.channels ?? []) {
    if (c.backup) resolve(channels, c.id, 'channel').backup = resolve(channels, c.backup, 'channel');
  }
  return channels;
}

function dataTable(bp: B.Blueprint, people: Lookup<M.Person>, places: Lookup<M.Place>, services: Lookup<M.Service>): Lookup<M.DataSet> {
  const service = (id: string) => resolve(services, id, 'service');
  const data: Lookup<M.DataSet> = new Map();
  for (const [i, d] of (bp.data ?? []).entries()) {
    data.set(
      d.id,
      defined({
        path: `/data/${i}`,
        id: d.id,
        name: d.name,
        minimum: d.minimum,
        source: service(d.source),
        copies: (d.copies ?? []).map((c, j) =>
          defined({
            path: `/data/${i}/copies/${j}`,
            id: c.id,
            kind: c.kind,
            where: c.where,
            vendor: c.vendor,
            location: (c.location ?? []).map((id) => resolve(places, id, 'place')),
            storedOn: c.storedOn === undefined ? undefined : service(c.storedOn),
            every: seconds(c.every, 0),
            automated: c.automated ?? false,
            madeBy: c.madeBy === undefined ? undefined : resolve(people, c.madeBy, 'person'),
            offline: c.offline ?? false,
            lastChecked: c.lastChecked,
            checkEvery: seconds(c.checkEvery),
            objectLock: seconds(c.objectLock),
            offProvider: c.offProvider ?? false,
            retainVersions: seconds(c.retainVersions, DEFAULTS.retainVersions),
          }),
        ),
      }),
    );
  }
  return data;
}

function processTable(bp: B.Blueprint, t: Pick<Tables, 'people' | 'services' | 'messages' | 'data'>): Lookup<M.Process> {
  const service = (id: string) => resolve(t.services, id, 'service');
  const person = (id: string) => resolve(t.people, id, 'person');
  const processes: Lookup<M.Process> = new Map();
  for (const [i, p] of bp.processes.entries()) {
    processes.set(
      p.id,
      defined({
        path: `/processes/${i}`,
        id: p.id,
        name: p.name,
        criticality: p.criticality,
        rto: seconds(p.rto, 0),
        rpo: seconds(p.rpo, 0),
        needs: p.needs.map(service),
        data: (p.data ?? []).map((d) => resolve(t.data, d, 'data set')),
        costPerHour: p.costPerHour,
        symptoms: p.symptoms ?? [],
        planB:
          p.planB &&
          defined({
            path: `/processes/${i}/planB`,
            summary: p.planB.summary,
            needs: (p.planB.needs ?? []).map(service),
            steps: p.planB.steps,
            requires: p.planB.requires ?? [],
            switchedBy: p.planB.switchedBy.map(person),
            switchTime: seconds(p.planB.switchTime, 0),
            capacity: p.planB.capacity,
            backToNormal: p.planB.backToNormal ?? [],
          }),
        customerMessage: p.customerMessage === undefined ? undefined : resolve(t.messages, p.customerMessage, 'message'),
      }),
    );
  }
  return processes;
}

function endpointTable(bp: B.Blueprint, services: Lookup<M.Service>): Lookup<M.Endpoint> {
  const endpoints: Lookup<M.Endpoint> = new Map();
  for (const [i, e] of (bp.monitoring?.endpoints ?? []).entries()) {
    endpoints.set(
      e.id,
      defined({
        path: `/monitoring/endpoints/${i}`,
        id: e.id,
        name: e.name ?? e.id,
        service: resolve(services, e.service, 'service'),
        check: e.check ?? 'http',
        url: e.url,
        expectStatus: e.expectStatus ?? DEFAULTS.expectStatus,
        expectBody: e.expectBody,
        maxResponseTime: seconds(e.maxResponseTime),
        tlsDaysLeft: e.tlsDaysLeft,
        interval: seconds(e.interval, e.check === 'dns' ? DEFAULTS.dnsCheckInterval : DEFAULTS.checkInterval),
        failureThreshold: e.failureThreshold ?? DEFAULTS.failureThreshold,
        regions: e.regions ?? [...DEFAULTS.checkerRegions],
        severity: e.severity ?? DEFAULTS.endpointSeverity,
      }),
    );
  }
  return endpoints;
}

function domains(bp: B.Blueprint, t: Tables): M.Model['domains'] {
  return (bp.domains ?? []).map((d, i) =>
    defined({
      path: `/domains/${i}`,
      name: d.name,
      registrar: d.registrar,
      expires: d.expires,
      autoRenew: d.autoRenew ?? false,
      account: defined({ ...d.account }),
      access: accessOf(t.people, d.access),
      dns: [...d.dns],
      records: (d.records ?? []).map((r, j) =>
        defined({
          path: `/domains/${i}/records/${j}`,
          name: r.name,
          type: r.type,
          values: [...r.values],
          ttl: seconds(r.ttl, DEFAULTS.recordTtl),
          priority: r.priority,
        }),
      ),
      failover: (d.failover ?? []).map((f, j) => ({
        path: `/domains/${i}/failover/${j}`,
        name: f.name,
        type: f.type,
        primary: f.primary,
        secondary: f.secondary,
        check: resolve(t.endpoints, f.check, 'endpoint'),
        ttl: seconds(f.ttl, DEFAULTS.failoverTtl),
      })),
      expiryWatch: seconds(d.expiryWatch),
      cloudflareLoadBalancer: d.cloudflareLoadBalancer ?? false,
      cloudflarePlan: d.cloudflarePlan ?? DEFAULTS.cloudflarePlan,
      dnssec: d.dnssec ?? 'off',
    }),
  );
}

function businessChecks(bp: B.Blueprint, t: Tables): M.Model['businessChecks'] {
  return (bp.monitoring?.businessChecks ?? []).map((c, i) =>
    defined({
      path: `/monitoring/businessChecks/${i}`,
      id: c.id,
      name: c.name,
      process: resolve(t.processes, c.process, 'process'),
      url: c.url,
      field: c.field,
      floor: c.floor,
      window: seconds(c.window, 0),
      activeHours: c.activeHours,
      severity: c.severity ?? DEFAULTS.businessCheckSeverity,
    }),
  );
}

function alerts(bp: B.Blueprint, t: Tables): M.Model['alerts'] {
  const person = (id: string) => resolve(t.people, id, 'person');
  const channel = (id: string) => resolve(t.channels, id, 'channel');
  return (bp.alerts ?? []).map((r, i) => ({
    path: `/alerts/${i}`,
    id: r.id,
    severity: r.severity,
    processes: (r.processes ?? []).map((id) => resolve(t.processes, id, 'process')),
    stages: r.stages.map((s, j) =>
      defined({
        path: `/alerts/${i}/stages/${j}`,
        notify: s.notify.map(person),
        via: s.via.map(channel),
        after: j === 0 ? 0 : seconds(s.after, 0),
        repeat: seconds(s.repeat),
      }),
    ),
  }));
}

function statusPage(bp: B.Blueprint, t: Tables): M.Model['statusPage'] {
  return (
    bp.statusPage && {
      path: '/statusPage',
      host: bp.statusPage.host,
      hosting: bp.statusPage.hosting ?? DEFAULTS.statusPageHosting,
      dependsOn: (bp.statusPage.dependsOn ?? []).map((id) => resolve(t.services, id, 'service')),
      components: bp.statusPage.components.map((c, i) => ({
        path: `/statusPage/components/${i}`,
        id: c.id,
        name: c.name,
        endpoints: c.endpoints.map((id) => resolve(t.endpoints, id, 'endpoint')),
      })),
    }
  );
}
