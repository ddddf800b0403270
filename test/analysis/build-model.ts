/**
 * Builds small Model objects directly, without YAML, for property tests and hand-checked
 * simulation cases. Only the parts the analysis reads are filled; the rest are empty lists.
 */
import type { AlertRoute, Channel, Endpoint, Level, Model, Person, Place, Process, Service } from '../../model/model';

export interface ServiceSpec {
  id: string;
  vendor?: string;
  kind?: Service['kind'];
  dependsOn?: string[];
  standby?: string[];
  location?: string[];
}
export interface ProcessSpec {
  id: string;
  criticality?: Level;
  needs: string[];
  rto?: number;
  planB?: { needs?: string[]; switchedBy?: string[]; switchTime?: number };
}
export interface ModelSpec {
  /** People have a Telegram name and a phone number unless `contacts` says otherwise. */
  people?: { id: string; contractor?: boolean; contacts?: Person['contacts'] }[];
  places?: string[];
  services: ServiceSpec[];
  processes: ProcessSpec[];
  endpoints?: { id: string; service: string; interval?: number; failureThreshold?: number; severity?: Endpoint['severity'] }[];
  channels?: { id: string; service?: string; backup?: string }[];
  alerts?: { id: string; severity?: AlertRoute['severity']; stages: { notify: string[]; via: string[]; after?: number }[] }[];
  escalation?: { person: string; tryFor?: number }[];
}

export function buildModel(spec: ModelSpec): Model {
  const people = makePeople(spec);
  const person = lookup(new Map(people.map((p) => [p.id, p])), 'person');
  const places = (spec.places ?? []).map((id, i): Place => ({ path: `/places/${i}`, id, name: `Place ${id}`, kind: 'office' }));
  const place = lookup(new Map(places.map((p) => [p.id, p])), 'place');
  const services = makeServices(spec);
  const service = lookup(new Map(services.map((s) => [s.id, s])), 'service');
  spec.services.forEach((s, i) => {
    services[i]!.dependsOn = (s.dependsOn ?? []).map(service);
    services[i]!.standby = (s.standby ?? []).map(service);
    services[i]!.location = (s.location ?? []).map(place);
  });
  const processes = makeProcesses(spec, service, person, people[0]!.id);
  const endpoints = makeEndpoints(spec, service);
  const channels = makeChannels(spec, service);
  const channel = lookup(new Map(channels.map((c) => [c.id, c])), 'channel');
  (spec.channels ?? []).forEach((c, i) => {
    if (c.backup) channels[i]!.backup = channel(c.backup);
  });
  const alerts = (spec.alerts ?? []).map(
    (a, i): AlertRoute => ({
      path: `/alerts/${i}`,
      id: a.id,
      severity: a.severity ?? 'critical',
      processes: [],
      stages: a.stages.map((s, j) => ({
        path: `/alerts/${i}/stages/${j}`,
        notify: s.notify.map(person),
        via: s.via.map(channel),
        after: s.after ?? 0,
      })),
    }),
  );
  return {
    version: 1,
    source: {
      file: 'built.yaml',
      locate: () => ({ file: 'built.yaml', line: 1, column: 1 }),
      locateKey: () => ({ file: 'built.yaml', line: 1, column: 1 }),
    },
    business: { name: 'Test', slug: 'test', language: 'en', timezone: 'UTC', owner: people[0]!, currency: 'EUR', revised: '2026-01-01' },
    people,
    escalation: (spec.escalation ?? []).map((e, i) => ({ path: `/escalation/${i}`, person: person(e.person), tryFor: e.tryFor ?? 900 })),
    places,
    services,
    processes,
    data: [],
    domains: [],
    endpoints,
    businessChecks: [],
    channels,
    messages: [],
    alerts,
    infrastructure: { awsRegion: 'eu-central-1', replicaRegion: 'eu-west-1', resilienceHub: false },
    index: {
      people: new Map(people.map((p) => [p.id, p])),
      places: new Map(places.map((p) => [p.id, p])),
      services: new Map(services.map((s) => [s.id, s])),
      processes: new Map(processes.map((p) => [p.id, p])),
      data: new Map(),
      endpoints: new Map(endpoints.map((e) => [e.id, e])),
      channels: new Map(channels.map((c) => [c.id, c])),
      messages: new Map(),
    },
  };
}

function makePeople(spec: ModelSpec): Person[] {
  return (spec.people ?? [{ id: 'owner' }]).map(
    (p, i): Person => ({
      path: `/people/${i}`,
      id: p.id,
      name: `Person ${p.id}`,
      role: 'Staff',
      contractor: p.contractor ?? false,
      contacts: p.contacts ?? [
        { kind: 'telegram', value: `${5100000000 + i}` },
        { kind: 'phone', value: `+4930000000${i + 10}` },
      ],
    }),
  );
}

function makeServices(spec: ModelSpec): Service[] {
  return spec.services.map(
    (s, i): Service => ({
      path: `/services/${i}`,
      id: s.id,
      name: `Service ${s.id}`,
      kind: s.kind ?? 'other',
      vendor: s.vendor ?? `Vendor ${s.id}`,
      vendorKey: (s.vendor ?? `Vendor ${s.id}`).trim().toLowerCase(),
      location: [],
      dependsOn: [],
      standby: [],
    }),
  );
}

function makeProcesses(spec: ModelSpec, service: (id: string) => Service, person: (id: string) => Person, owner: string): Process[] {
  return spec.processes.map((p, i): Process => {
    const out: Process = {
      path: `/processes/${i}`,
      id: p.id,
      name: `Process ${p.id}`,
      criticality: p.criticality ?? 'critical',
      rto: p.rto ?? 3600,
      rpo: 3600,
      needs: p.needs.map(service),
      data: [],
      symptoms: [],
    };
    if (p.planB) {
      out.planB = {
        path: `/processes/${i}/planB`,
        summary: 'Work on paper',
        needs: (p.planB.needs ?? []).map(service),
        steps: ['Switch'],
        requires: [],
        switchedBy: (p.planB.switchedBy ?? [owner]).map(person),
        switchTime: p.planB.switchTime ?? 600,
        backToNormal: [],
      };
    }
    return out;
  });
}

function makeEndpoints(spec: ModelSpec, service: (id: string) => Service): Endpoint[] {
  return (spec.endpoints ?? []).map(
    (e, i): Endpoint => ({
      path: `/monitoring/endpoints/${i}`,
      id: e.id,
      name: `Check ${e.id}`,
      service: service(e.service),
      check: 'http',
      url: `https://${e.id}.example/health`,
      expectStatus: 200,
      interval: e.interval ?? 30,
      failureThreshold: e.failureThreshold ?? 3,
      regions: [],
      severity: e.severity ?? 'critical',
    }),
  );
}

function makeChannels(spec: ModelSpec, service: (id: string) => Service): Channel[] {
  return (spec.channels ?? []).map((c, i): Channel => {
    const out: Channel = {
      path: `/channels/${i}`,
      id: c.id,
      name: `Channel ${c.id}`,
      kind: 'telegram',
      audience: 'team',
      rallyPoint: false,
    };
    if (c.service) out.service = service(c.service);
    return out;
  });
}

function lookup<T>(map: Map<string, T>, what: string): (id: string) => T {
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`test model: unknown ${what} ${id}`);
    return found;
  };
}
