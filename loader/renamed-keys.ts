/**
 * One mistake, one error: a required key written under another name (`who:` for `switchedBy:`)
 * is both a missing key (PB022) and an unknown one (PB021). When a mapping misses exactly one
 * required key and has exactly one unknown key, and the unknown key's value has the type the
 * missing key takes, the two are one error at the unknown key that names the key it stands for.
 * Two unrelated slips (a stray note beside a forgotten list, a misspelt optional key such as
 * `capcity:` beside a forgotten `summary:`) keep their two errors.
 */
import type { ErrorObject } from 'ajv/dist/2020';
import { joinPointer } from './source-map';

/** Per mapping (its JSON pointer): the unknown key that stands for the missing one. */
export type RenamedKeys = ReadonlyMap<string, RenamedKey>;

export interface RenamedKey {
  missing: string;
  written: string;
  /** The written key is a misspelling of the missing one (`neds` for `needs`), not another word. */
  misspelt: boolean;
}

export function renamedKeys(
  errors: readonly ErrorObject[],
  valueAt: (pointer: string) => unknown,
  typeOf: (pointer: string) => string | undefined,
  /** The allowed key that `written` is a misspelling of, if any (did-you-mean.ts). */
  misspellingOf: (at: string, written: string) => string | undefined,
): RenamedKeys {
  const missing = new Map<string, string[]>();
  const unknown = new Map<string, string[]>();
  for (const e of errors) {
    if (e.keyword === 'required') push(missing, e.instancePath, String(e.params.missingProperty));
    else if (e.keyword === 'additionalProperties') push(unknown, e.instancePath, String(e.params.additionalProperty));
  }
  const pairs = new Map<string, RenamedKey>();
  for (const [at, keys] of missing) {
    const extra = unknown.get(at);
    if (keys.length !== 1 || extra?.length !== 1) continue;
    const [key, written] = [keys[0] as string, extra[0] as string];
    const near = misspellingOf(at, written);
    if (near !== undefined && near !== key) continue;
    const wanted = typeOf(at + joinPointer([key]));
    if (wanted !== undefined && kindOf(valueAt(at + joinPointer([written]))) === wanted)
      pairs.set(at, { missing: key, written, misspelt: near === key });
  }
  return pairs;
}

function push(map: Map<string, string[]>, at: string, key: string): void {
  const list = map.get(at);
  if (list === undefined) map.set(at, [key]);
  else if (!list.includes(key)) list.push(key);
}

/** The JSON Schema type a value has (whole numbers as integer). */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
