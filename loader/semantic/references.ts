/**
 * Ids are unique within their kind, and every reference names something that exists, with a
 * "did you mean" for near misses.
 */
import { deferHint, type Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { didYouMean } from '../did-you-mean';
import { isValidId } from '../id-rules';
import { forEachMatch, forEachString } from './walk';
import { vendorKey } from '../../model/vendor-key';
import { idsByName } from './names-for-ids';

export type Kind =
  | 'person'
  | 'place'
  | 'service'
  | 'process'
  | 'data set'
  | 'endpoint'
  | 'business check'
  | 'channel'
  | 'message'
  | 'alert route'
  | 'status component'
  | 'drill scenario';

/** Where each kind's ids are declared. */
export const DECLARATIONS: readonly { kind: Kind; pattern: string }[] = [
  { kind: 'person', pattern: 'people/*/id' },
  { kind: 'place', pattern: 'places/*/id' },
  { kind: 'service', pattern: 'services/*/id' },
  { kind: 'process', pattern: 'processes/*/id' },
  { kind: 'data set', pattern: 'data/*/id' },
  { kind: 'endpoint', pattern: 'monitoring/endpoints/*/id' },
  { kind: 'business check', pattern: 'monitoring/businessChecks/*/id' },
  { kind: 'channel', pattern: 'channels/*/id' },
  { kind: 'message', pattern: 'messages/*/id' },
  { kind: 'alert route', pattern: 'alerts/*/id' },
  { kind: 'status component', pattern: 'statusPage/components/*/id' },
  { kind: 'drill scenario', pattern: 'drills/scenarios/*/id' },
];

/** Every place a reference is written, and the kind it must name. */
export const REFERENCES: readonly { kind: Kind; pattern: string }[] = [
  { kind: 'person', pattern: 'business/owner' },
  { kind: 'person', pattern: 'escalation/*/person' },
  { kind: 'place', pattern: 'services/*/location/*' },
  { kind: 'service', pattern: 'services/*/dependsOn/*' },
  { kind: 'service', pattern: 'services/*/standby/*' },
  { kind: 'person', pattern: 'services/*/access/holders/*' },
  { kind: 'service', pattern: 'processes/*/needs/*' },
  { kind: 'data set', pattern: 'processes/*/data/*' },
  { kind: 'service', pattern: 'processes/*/planB/needs/*' },
  { kind: 'person', pattern: 'processes/*/planB/switchedBy/*' },
  { kind: 'message', pattern: 'processes/*/customerMessage' },
  { kind: 'service', pattern: 'data/*/source' },
  { kind: 'place', pattern: 'data/*/copies/*/location/*' },
  { kind: 'service', pattern: 'data/*/copies/*/storedOn' },
  { kind: 'person', pattern: 'data/*/copies/*/madeBy' },
  { kind: 'person', pattern: 'domains/*/access/holders/*' },
  { kind: 'endpoint', pattern: 'domains/*/failover/*/check' },
  { kind: 'service', pattern: 'monitoring/endpoints/*/service' },
  { kind: 'process', pattern: 'monitoring/businessChecks/*/process' },
  { kind: 'service', pattern: 'channels/*/service' },
  { kind: 'channel', pattern: 'channels/*/backup' },
  { kind: 'channel', pattern: 'messages/*/channels/*' },
  { kind: 'process', pattern: 'alerts/*/processes/*' },
  { kind: 'person', pattern: 'alerts/*/stages/*/notify/*' },
  { kind: 'channel', pattern: 'alerts/*/stages/*/via/*' },
  { kind: 'service', pattern: 'statusPage/dependsOn/*' },
  { kind: 'endpoint', pattern: 'statusPage/components/*/endpoints/*' },
  { kind: 'person', pattern: 'drills/planOwner' },
];

export type IdTable = Map<Kind, Set<string>>;

export function collectIds(data: unknown, map: YamlSourceMap, out: Diagnostic[]): IdTable {
  const table: IdTable = new Map();
  for (const { kind, pattern } of DECLARATIONS) {
    const seen = new Set<string>();
    let firsts: Map<string, string> | undefined;
    forEachString(data, pattern, (value, pointerOf) => {
      if (!seen.has(value)) {
        seen.add(value);
        return;
      }
      // Only now, for a duplicate, are the first declarations looked for (in one pass for all
      // duplicates): building a pointer for every id up front was a tenth of the semantic
      // checks' time on a large blueprint.
      const pointer = pointerOf();
      firsts ??= firstPointers(data, pattern);
      const where = map.locate(firsts.get(value) ?? '');
      out.push({
        ...map.locate(pointer),
        severity: 'error',
        code: 'PB030',
        pointer,
        message: `the ${kind} id "${value}" is already used at line ${where.line}`,
        hint: `give this ${kind} its own id; references would not know which one is meant`,
      });
    });
    table.set(kind, seen);
  }
  checkCopyIds(data, map, out);
  return table;
}

/** The pointer of the first occurrence of each value that `pattern` reaches. */
function firstPointers(data: unknown, pattern: string): Map<string, string> {
  const first = new Map<string, string>();
  forEachString(data, pattern, (v, pointerOf) => {
    if (!first.has(v)) first.set(v, pointerOf());
  });
  return first;
}

/** Copy ids are unique within their data set (they name the backup bucket). */
function checkCopyIds(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  forEachMatch(data, 'data/*', (set, setPointer) => {
    const seen = new Set<string>();
    forEachString(set, 'copies/*/id', (value, pointerOf) => {
      if (seen.has(value)) {
        const pointer = setPointer() + pointerOf();
        out.push({
          ...map.locate(pointer),
          severity: 'error',
          code: 'PB030',
          pointer,
          message: `the copy id "${value}" is used twice in this data set`,
          hint: 'give each copy of a data set its own id',
        });
      }
      seen.add(value);
    });
  });
}

export function checkReferences(data: unknown, ids: IdTable, map: YamlSourceMap, out: Diagnostic[]): void {
  const byName = new Map<Kind, (written: string) => string | undefined>();
  const named = (kind: Kind, value: string) => {
    let lookup = byName.get(kind);
    if (lookup === undefined) {
      const declared = DECLARATIONS.find((d) => d.kind === kind)?.pattern ?? '';
      byName.set(kind, (lookup = idsByName(data, declared)));
    }
    return lookup(value);
  };
  // What a hint may offer: declared ids that are valid (an invalid one is refused where it is declared).
  const offered = new Map<Kind, Set<string>>();
  const offer = (kind: Kind, known: ReadonlySet<string>) => {
    let valid = offered.get(kind);
    if (valid === undefined) offered.set(kind, (valid = validIds(known)));
    return valid;
  };
  for (const { kind, pattern } of REFERENCES) {
    const known = ids.get(kind) ?? new Set<string>();
    let listed: string | undefined;
    forEachString(data, pattern, (value, pointerOf) => {
      if (known.has(value)) return;
      const pointer = pointerOf();
      const valid = offer(kind, known);
      const id = named(kind, value);
      if (id !== undefined && valid.has(id)) {
        out.push({
          ...map.locate(pointer),
          severity: 'error',
          code: 'PB031',
          pointer,
          message: `no ${kind} has the id "${value}": that is the name of the ${kind} whose id is "${id}"`,
          hint: `a reference names the id: write ${id}`,
        });
        return;
      }
      const refused = valid.size < known.size ? [...known].find((k) => k !== value && k.toLowerCase() === value) : undefined;
      const fallback =
        refused !== undefined
          ? `the ${kind} is declared with the id "${refused}", which is refused (PB024); write that id as "${value}" and this matches`
          : (listed ??= valid.size ? `declare it, or use one of: ${firstSorted(valid, 8).join(', ')}` : `declare the ${kind} first`);
      out.push(
        deferHint(
          {
            ...map.locate(pointer),
            severity: 'error',
            code: 'PB031',
            pointer,
            message: `no ${kind} has the id "${value}"`,
            hint: fallback,
          },
          (budget) => (refused === undefined && didYouMean(value, valid, budget)) || fallback,
        ),
      );
    });
  }
  checkDrillTargets(data, ids, map, out);
}

/** The valid ids of a set: the set itself when all are (the usual case), else a filtered copy. */
function validIds(ids: ReadonlySet<string>): Set<string> {
  for (const id of ids) if (!isValidId(id)) return new Set([...ids].filter(isValidId));
  return ids as Set<string>;
}

/** The first `n` of a set in sorted order, without sorting it all when it is large. */
function firstSorted(set: ReadonlySet<string>, n: number): string[] {
  const out: string[] = [];
  for (const v of set) {
    if (out.length < n) out.push(v);
    else if (v < (out[n - 1] as string)) out[n - 1] = v;
    else continue;
    out.sort();
  }
  return out.sort();
}

/**
 * A drill scenario fails services, places or whole vendors: a service or place id, else a vendor.
 * Only a name that is both a service id and a place id is ambiguous.
 */
function checkDrillTargets(data: unknown, ids: IdTable, map: YamlSourceMap, out: Diagnostic[]): void {
  const services = ids.get('service') ?? new Set<string>();
  const places = ids.get('place') ?? new Set<string>();
  const vendors = new Set<string>();
  forEachString(data, 'services/*/vendor', (v) => vendors.add(vendorKey(v)));
  forEachString(data, 'drills/scenarios/*/fail/*', (value, pointerOf) => {
    // Ids first, a vendor only where no id matches: the documents and `simulate --fail` read a
    // scenario so, and a service named after its vendor (`shopify`, vendor Shopify) is no riddle.
    const hits = [services.has(value) && 'service', places.has(value) && 'place'].filter(Boolean);
    if (hits.length === 1 || (hits.length === 0 && vendors.has(vendorKey(value)))) return;
    const pointer = pointerOf();
    if (hits.length > 1) {
      out.push({
        ...map.locate(pointer),
        severity: 'error',
        code: 'PB035',
        pointer,
        message: `"${value}" names both a ${hits.join(' and a ')}`,
        hint: 'rename the service or place so the scenario names one thing',
      });
      return;
    }
    const fallback = 'name a service id, a place id or a vendor as written on its services';
    out.push(
      deferHint(
        {
          ...map.locate(pointer),
          severity: 'error',
          code: 'PB031',
          pointer,
          message: `"${value}" is not a service, place or vendor of this blueprint`,
          hint: fallback,
        },
        (budget) => didYouMean(value, [...validIds(services), ...validIds(places)], budget) || fallback,
      ),
    );
  });
}
