/**
 * The blueprint elements a finding is about, as ids, so another tool can match findings to
 * elements without reading sentences: first the element its pointer is in (the process of
 * `/processes/2/rto`), then every element its parameters name (processes, services, people,
 * places, data sets, checks and channels by their exact names; vendors and domains; alert routes
 * by id). Names the blueprint does not hold (a registrar, a DNS provider) are left out.
 */
import type { Model } from '../model/model';

export type SubjectKind =
  | 'process'
  | 'service'
  | 'vendor'
  | 'person'
  | 'place'
  | 'data'
  | 'copy'
  | 'domain'
  | 'endpoint'
  | 'businessCheck'
  | 'channel'
  | 'message'
  | 'alertRoute'
  | 'statusPage'
  | 'drills';

export interface SubjectRef {
  kind: SubjectKind;
  /** The element's id; a copy's is `<data set id>/<copy id>`, a vendor's its key, a domain's its name. */
  id: string;
}

interface Index {
  byPath: Map<string, SubjectRef>;
  byName: Map<string, SubjectRef>;
  byKindName: Map<string, SubjectRef>;
  routes: Set<string>;
}

const cache = new WeakMap<Model, Index>();

function index(model: Model): Index {
  const known = cache.get(model);
  if (known) return known;
  const ix: Index = { byPath: new Map(), byName: new Map(), byKindName: new Map(), routes: new Set(model.alerts.map((r) => r.id)) };
  const add = (kind: SubjectKind, id: string, path: string, name?: string) => {
    const ref = { kind, id };
    ix.byPath.set(path, ref);
    if (name === undefined) return;
    ix.byKindName.set(`${kind}\u0000${name}`, ref);
    if (!ix.byName.has(name)) ix.byName.set(name, ref);
  };
  for (const p of model.processes) add('process', p.id, p.path, p.name);
  for (const s of model.services) add('service', s.id, s.path, s.name);
  for (const p of model.people) add('person', p.id, p.path, p.name);
  for (const p of model.places) add('place', p.id, p.path, p.name);
  for (const d of model.data) {
    add('data', d.id, d.path, d.name);
    for (const c of d.copies) add('copy', `${d.id}/${c.id}`, c.path);
  }
  for (const d of model.domains) add('domain', d.name, d.path, d.name);
  for (const e of model.endpoints) add('endpoint', e.id, e.path, e.name);
  for (const c of model.businessChecks) add('businessCheck', c.id, c.path, c.name);
  for (const c of model.channels) add('channel', c.id, c.path, c.name);
  for (const m of model.messages) add('message', m.id, m.path);
  for (const r of model.alerts) add('alertRoute', r.id, r.path);
  if (model.statusPage) add('statusPage', model.statusPage.host, model.statusPage.path);
  if (model.drills) add('drills', 'drills', model.drills.path);
  for (const s of model.services) ix.byKindName.set(`vendor\u0000${s.vendor}`, { kind: 'vendor', id: s.vendorKey });
  cache.set(model, ix);
  return ix;
}

/** The subjects of a finding at `pointer` with these parameters, without repeats. */
export function subjectsOf(model: Model, pointer: string, params: unknown): SubjectRef[] {
  const ix = index(model);
  const out = new Map<string, SubjectRef>();
  const put = (ref: SubjectRef | undefined) => {
    if (ref) out.set(`${ref.kind}\u0000${ref.id}`, ref);
  };
  for (let p = pointer; p.length > 0; p = p.slice(0, p.lastIndexOf('/'))) {
    const ref = ix.byPath.get(p);
    if (ref) {
      put(ref);
      break;
    }
  }
  const visit = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      if (key === 'route' && ix.routes.has(value)) put({ kind: 'alertRoute', id: value });
      else if (key === 'vendor' || key === 'domain') put(ix.byKindName.get(`${key}\u0000${value}`) ?? ix.byName.get(value));
      else put(ix.byName.get(value));
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v, key);
    } else if (value !== null && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      // A failure point or domain ({ kind, name }): look the name up within its kind.
      if (typeof o.kind === 'string' && typeof o.name === 'string') return put(ix.byKindName.get(`${o.kind}\u0000${o.name}`));
      for (const [k, v] of Object.entries(o)) visit(v, k);
    }
  };
  visit(params);
  return [...out.values()];
}
