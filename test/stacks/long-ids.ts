/**
 * A blueprint with every id at the schema's maximum length (63) and the longest business slug
 * (30): each id is padded with `fill` and made unique, and every reference to it follows.
 * References are the string values equal to a declared id, outside keys that hold enum words
 * (a service's `kind: shop` next to a service `shop`).
 */
import yaml from 'js-yaml';

const ID_MAX = 63;
const SLUG_MAX = 30;
const NOT_REFERENCES = new Set([
  'kind',
  'criticality',
  'type',
  'language',
  'severity',
  'tier',
  'channel',
  'method',
  'protocol',
  'plan',
  'cloudflarePlan',
  'minimum',
]);

export function withLongIds(text: string, fill: string): string {
  const doc = yaml.load(text) as Record<string, unknown>;
  const ids = new Map<string, string>();
  collectIds(doc, (id) => {
    if (!ids.has(id)) ids.set(id, longId(id, ids.size, fill));
  });
  const business = doc['business'] as Record<string, unknown>;
  business['slug'] = longId(String(business['slug']), 0, fill).slice(0, SLUG_MAX).replace(/-+$/, '');
  return yaml.dump(rename(doc, ids, ''), { lineWidth: -1 });
}

function longId(id: string, n: number, fill: string): string {
  const tag = `-${n.toString(36)}`;
  const body = `${id}-${fill.repeat(ID_MAX)}`.slice(0, ID_MAX - tag.length).replace(/-+$/, '');
  return `${body}${tag}`;
}

function collectIds(v: unknown, add: (id: string) => void): void {
  if (Array.isArray(v)) v.forEach((x) => collectIds(x, add));
  else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === 'id' && typeof x === 'string') add(x);
      else collectIds(x, add);
    }
  }
}

function rename(v: unknown, ids: ReadonlyMap<string, string>, key: string): unknown {
  if (typeof v === 'string') return NOT_REFERENCES.has(key) ? v : (ids.get(v) ?? v);
  if (Array.isArray(v)) return v.map((x) => rename(x, ids, key));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rename(x, ids, k)]));
  return v;
}
