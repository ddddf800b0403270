/**
 * Checks the parsed data against schemas/blueprint.schema.json with Ajv (every error, up to the
 * diagnostics limit) and turns each Ajv error into a diagnostic with its place, in words, and a fix.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import schema from '../schemas/blueprint.schema.json';
import type { Diagnostic, DiagnosticCode } from './diagnostics';
import type { YamlSourceMap } from './source-map';
import { joinPointer } from './source-map';
import { LIMITS } from './limits';
import { currencyFix, dateFix, durationFix, slugFix } from './value-fixes';
import { hostFix, urlFix } from './address-fixes';
import { keyHome } from './key-homes';
import { deref, SCHEMA_ROOT, type SchemaNode } from './schema-nodes';
import { closest, didYouMean } from './did-you-mean';
import { renamedKeys, type RenamedKeys } from './renamed-keys';
import { quoteValue, secretKind } from './secrets';
import { idProblem } from './id-rules';
import { codePoint, isKeyLookalike, lookalikeName } from './lookalikes';
import type { Blueprint } from '../schemas/blueprint.generated';

type AjvInstance = InstanceType<typeof Ajv2020>;

let compiled: ValidateFunction<Blueprint> | undefined;
let thorough: AjvInstance | undefined;

function newAjv(allErrors: boolean): AjvInstance {
  const ajv = new Ajv2020({ allErrors, strict: true, allowUnionTypes: false });
  addFormats(ajv, ['date', 'hostname', 'uri', 'email']);
  return ajv;
}

/**
 * The validator every load runs first: it stops at the first error, so a valid blueprint costs
 * one pass and an invalid one costs almost nothing before the error-collecting pass below.
 * Compiled once per process (about 20-75 ms); every later check reuses it.
 */
export function blueprintValidator(): ValidateFunction<Blueprint> {
  if (!compiled) compiled = newAjv(false).compile<Blueprint>(schema);
  return compiled;
}

const SCHEMA_ID = (schema as { $id: string }).$id;

/** An all-errors validator for a place in the schema ('' for the root, '/$defs/person'...). */
function thoroughValidator(schemaPointer: string): ValidateFunction {
  if (!thorough) {
    thorough = newAjv(true);
    thorough.addSchema(schema);
  }
  const validate = thorough.getSchema(SCHEMA_ID + (schemaPointer ? '#' + schemaPointer : ''));
  if (!validate) throw new Error(`no schema at ${schemaPointer}`);
  return validate;
}

/** Arrays longer than this are validated an item at a time, so the error count can be bounded. */
const CHUNK = 32;

/**
 * Lists reached from the root through mappings only (people, services, monitoring/endpoints...),
 * whose items are one definition and which have no constraint across items: there a long list can
 * be checked an item at a time with the same errors as the whole.
 */
const LIST_SITES: readonly { path: readonly string[]; items: string }[] = (() => {
  const sites: { path: string[]; items: string }[] = [];
  const visit = (node: SchemaNode, path: string[]): void => {
    if (path.length > 4) return;
    for (const [key, prop] of Object.entries(node.properties ?? {})) {
      const target = deref(prop);
      if (!target) continue;
      if (target.type === 'array' && target.items?.$ref && target.maxItems === undefined && !target.uniqueItems) {
        sites.push({ path: [...path, key], items: target.items.$ref.replace('#', '') });
      } else if (target.type === 'object') visit(target, [...path, key]);
    }
  };
  visit(SCHEMA_ROOT, []);
  return sites;
})();

export interface SchemaCheck {
  diagnostics: Diagnostic[];
  /** Errors found beyond the limit: counted, not worded. */
  notShown: number;
  /** True when the check stopped before the end: there may be more errors than counted. */
  incomplete: boolean;
}

/** Errors past the limit are counted up to this many times the limit, then the check stops. */
const COUNT_BEYOND = 50;

/**
 * Checks the data against the schema and words its errors, about `limit` of them at most. Ajv's
 * all-errors mode grows quadratically with the errors (it copies its error list at each nested
 * definition), so a first pass stops at the first error, and long lists are then checked an item
 * at a time: the work stays linear, and stops altogether far past the limit.
 */
export function checkSchema(data: unknown, sourceMap: YamlSourceMap, limit: number = LIMITS.maxDiagnostics): SchemaCheck {
  if (blueprintValidator()(data)) return { diagnostics: [], notShown: 0, incomplete: false };
  let root = data;
  const tails: { pointer: string; items: unknown[]; validate: ValidateFunction; line: number }[] = [];
  for (const site of LIST_SITES) {
    const list = ownAt(data, site.path);
    if (!Array.isArray(list) || list.length <= CHUNK) continue;
    root = replaceAt(root, site.path, list.slice(0, CHUNK));
    const pointer = joinPointer(site.path);
    tails.push({ pointer, items: list, validate: thoroughValidator(site.items), line: sourceMap.locate(pointer).line });
  }
  const validateRoot = thoroughValidator('');
  const errors: ErrorObject[] = validateRoot(root) ? [] : [...(validateRoot.errors ?? [])];
  // Lists in the order they are written, so the errors kept are the first ones in the file.
  tails.sort((a, b) => a.line - b.line);
  // Past the limit, errors are only counted (each item on its own, so the count stays linear),
  // and past COUNT_BEYOND times the limit not even that.
  let uncounted = 0;
  let incomplete = false;
  outer: for (const tail of tails) {
    for (let i = CHUNK; i < tail.items.length; i++) {
      if (errors.length + uncounted >= limit * COUNT_BEYOND) {
        incomplete = true;
        break outer;
      }
      if (tail.validate(tail.items[i])) continue;
      for (const e of tail.validate.errors ?? []) {
        if (errors.length < limit) errors.push({ ...e, instancePath: `${tail.pointer}/${i}${e.instancePath}` });
        else uncounted++;
      }
    }
  }
  const renamed = renamedKeys(
    errors,
    (pointer) => valueAt(data, pointer),
    (pointer) => schemaAt(pointer).type,
    (at, written) => closest(written, Object.keys(schemaAt(at).properties ?? {})),
  );
  const diagnostics = errors.flatMap((e) => toDiagnostic(e, data, sourceMap, renamed) ?? []);
  return { diagnostics, notShown: uncounted, incomplete };
}

/** The value at a path of own keys of plain mappings, or undefined. */
function ownAt(data: unknown, path: readonly string[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of `data` with the value at `path` replaced, sharing everything else (the input is never changed). */
function replaceAt(data: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const node = data as Record<string, unknown>;
  const [key, ...rest] = path as [string, ...string[]];
  // Spread, not Object.assign: an own "__proto__" key stays a plain key.
  const copy: Record<string, unknown> = { ...node };
  Object.defineProperty(copy, key, { value: replaceAt(node[key], rest, value), enumerable: true, writable: true, configurable: true });
  return copy;
}

const FORMAT_HINTS: Record<string, string> = {
  duration: 'write a duration as a number and a unit: 30s, 15m, 1h, 2d or 1w',
  id: 'ids use lower-case letters, digits and hyphens, e.g. "take-payments"',
  percentage: 'write a percentage with its sign, e.g. "99.9%"',
  isoDate: 'write a date as YYYY-MM-DD, e.g. 2027-03-01',
  vaultRef: 'name the password-manager entry on one line, e.g. "1Password: Shop / Hosting"',
};

/** The error worded; undefined for a missing key that an unknown key stands for (renamed-keys.ts). */
function toDiagnostic(e: ErrorObject, data: unknown, map: YamlSourceMap, renamed: RenamedKeys): Diagnostic | undefined {
  const pointer = e.instancePath;
  const def = /#\/\$defs\/([A-Za-z]+)\//.exec(e.schemaPath + '/')?.[1] ?? '';
  const at = (p: string, key = false) => (key ? map.locateKey(p) : map.locate(p));
  const make = (code: DiagnosticCode, p: string, message: string, hint?: string, key = false): Diagnostic => ({
    ...at(p, key),
    severity: 'error',
    code,
    message,
    pointer: p,
    ...(hint ? { hint } : {}),
  });
  const value = valueAt(data, pointer);
  const name = lastSegment(pointer);
  switch (e.keyword) {
    case 'additionalProperties':
      return unknownKeyDiagnostic(String(e.params.additionalProperty), { pointer, name }, renamed, make);
    case 'required':
      if (renamed.get(pointer)?.missing === String(e.params.missingProperty)) return undefined;
      return make(
        'PB022',
        pointer,
        `missing key "${String(e.params.missingProperty)}"${name ? ` in ${name}` : ''}`,
        `add "${String(e.params.missingProperty)}:"; see docs/blueprint.md for what it means`,
        true,
      );
    case 'type': {
      const written = writtenText(map, pointer);
      // Say what YAML made of it when that is not what was written (0049301234 is read as 49301234).
      const reread = (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean';
      const shown =
        reread && written !== undefined && written !== String(value) ? `${written} (read as ${String(value)})` : quoteValue(value);
      return make(
        'PB020',
        pointer,
        `${name || 'the blueprint'} must be ${article(String(e.params.type))}, not ${shown}`,
        typeHint(String(e.params.type), def, value, written),
      );
    }
    case 'enum':
    case 'const':
    case 'pattern':
    case 'format':
      return valueDiagnostic(e, { def, pointer, name, value }, make);
    default: {
      // An empty list under an optional key ("escalation: []") may also simply be left out.
      const optional = e.keyword === 'minItems' ? optionalKey(pointer) : undefined;
      const hint = optional === undefined ? rangeHint(e) : `${rangeHint(e)}, or leave out ${optional} (it is optional)`;
      return make('PB025', pointer, `${name || 'value'} ${rangeMessage(e)}`, hint);
    }
  }
}

type Make = (code: DiagnosticCode, p: string, message: string, hint?: string, key?: boolean) => Diagnostic;

/** PB021 for a key the mapping at `pointer` does not take, with a guess at what was meant. */
function unknownKeyDiagnostic(extra: string, at: { pointer: string; name: string }, renamed: RenamedKeys, make: Make): Diagnostic {
  const { pointer, name } = at;
  const odd = [...extra].find(isKeyLookalike);
  if (odd !== undefined) {
    // A key written with a pasted non-breaking space shows as the key itself: name the character.
    const shown = extra.split(odd).join(`\\u${codePoint(odd)}`);
    const bare = [...extra]
      .filter((c) => !isKeyLookalike(c))
      .join('')
      .trim();
    return make(
      'PB021',
      joinPointerUnder(pointer, extra),
      `unknown key "${shown}"${name ? ` in ${name}` : ''}: it holds ${lookalikeName(odd)}`,
      `retype the key with ordinary characters${bare !== '' ? `: ${bare}:` : ''}`,
      true,
    );
  }
  const where = `unknown key "${extra}"${name ? ` in ${name}` : ''}`;
  const standsFor = renamed.get(pointer);
  if (standsFor?.written === extra) {
    const { missing } = standsFor;
    return make(
      'PB021',
      joinPointerUnder(pointer, extra),
      `${where}, where "${missing}" is missing`,
      standsFor.misspelt
        ? `did you mean "${missing}"? (it is required here)`
        : `if "${extra}" is meant as "${missing}", rename it: ${missing}:`,
      true,
    );
  }
  const here = schemaAt(pointer);
  const known = Object.keys(here.properties ?? {});
  const guess = didYouMean(extra, known) || keyHome(here, extra);
  return make('PB021', joinPointerUnder(pointer, extra), where, guess || `the keys allowed here are: ${known.join(', ')}`, true);
}

/** A value the schema does not allow: not one of an enum, not the constant, not the pattern or format. */
function valueDiagnostic(e: ErrorObject, at: { def: string; pointer: string; name: string; value: unknown }, make: Make): Diagnostic {
  const { def, pointer, name, value } = at;
  switch (e.keyword) {
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const guess = typeof value === 'string' ? didYouMean(value, allowed) : '';
      return make(
        'PB023',
        pointer,
        `${quoteValue(value)} is not allowed for ${name}`,
        guess ? `${guess} (allowed: ${allowed.join(', ')})` : `use one of: ${allowed.join(', ')}`,
      );
    }
    case 'const':
      if (pointer === '/version') {
        return make(
          'PB026',
          pointer,
          `blueprint version ${quoteValue(value)} is not supported`,
          'this Plan B reads version 1; write "version: 1" (a newer blueprint needs a newer Plan B)',
        );
      }
      return make(
        'PB023',
        pointer,
        `${name} must be ${JSON.stringify(e.params.allowedValue)}`,
        `write ${JSON.stringify(e.params.allowedValue)}, the only value this key takes`,
      );
    case 'pattern':
    case 'format':
      if (def === 'id' && typeof value === 'string') {
        return make('PB024', pointer, `${quoteValue(value)} is not a valid id for ${name}: ${idProblem(value)}`, FORMAT_HINTS.id);
      }
      return make(
        'PB024',
        pointer,
        `${quoteValue(value)} is not a valid ${describeFormat(def, e)} for ${name}`,
        withFix(suggestedValue(def || String(e.params.format ?? ''), pointer, value), FORMAT_HINTS[def] ?? formatHint(e)),
      );
  }
  throw new Error(`internal: ${e.keyword} is not a value keyword`);
}

/** The exact text the writer most likely meant (loader/value-fixes.ts), when it can be told. */
function suggestedValue(def: string, pointer: string, value: unknown): string | undefined {
  // A guess rewrites the value ("PIN 738291" -> "pin-738291"), which redaction would no longer
  // recognise: a value that looks like a secret gets the rule only.
  if (typeof value !== 'string' || secretKind(value) !== undefined) return undefined;
  if (def === 'duration') return durationFix(value);
  if (def === 'isoDate') return dateFix(value);
  if (def === 'uri') return urlFix(value);
  if (def === 'hostname') return hostFix(value);
  if (pointer === '/business/currency') return currencyFix(value);
  if (pointer === '/business/slug') return slugFix(value);
  return undefined;
}

const withFix = (fix: string | undefined, rule: string): string => (fix === undefined ? rule : `did you mean "${fix}"? (${rule})`);

function describeFormat(def: string, e: ErrorObject): string {
  if (def === 'isoDate') return 'date';
  if (def === 'vaultRef') return 'password-manager reference';
  if (def && def in FORMAT_HINTS) return def;
  return e.keyword === 'format' ? String(e.params.format) : 'value';
}

function formatHint(e: ErrorObject): string {
  if (e.keyword === 'format' && e.params.format === 'hostname') return 'write a host name such as status.example.com (no scheme, no path)';
  if (e.keyword === 'format' && e.params.format === 'uri') return 'write a full URL such as https://example.com/health';
  if (/slug/.test(e.schemaPath)) return 'a slug is 2-30 lower-case letters, digits and hyphens, starting with a letter';
  if (/regions/.test(e.instancePath)) return 'name an AWS region, e.g. us-east-1';
  if (/Region$/.test(e.instancePath)) return 'name an AWS region in lower case, e.g. eu-central-1';
  if (/activeHours$/.test(e.instancePath)) return 'write local hours from and to as HH:MM-HH:MM, e.g. 09:00-23:00';
  if (e.instancePath === '/infrastructure/cloudflareAccountId') {
    return 'the account id is 32 lower-case hexadecimal characters (Cloudflare dashboard > your account > Overview > Account ID)';
  }
  if (e.instancePath === '/business/currency') return 'a currency is its ISO 4217 code in capitals: EUR, USD, GBP, RUB';
  return `it must match ${String(e.params.pattern ?? e.params.format)}`;
}

const items = (n: string): string => `${n} ${n === '1' ? 'item' : 'items'}`;

function rangeMessage(e: ErrorObject): string {
  const limit = String(e.params.limit);
  switch (e.keyword) {
    case 'minItems':
      return `must list at least ${items(limit)}`;
    case 'maxItems':
      return `may list at most ${items(limit)}`;
    case 'minLength':
      return limit === '1' ? 'must not be empty' : `must be at least ${limit} characters`;
    case 'maxLength':
      return `must be at most ${limit} characters`;
    case 'minimum':
      return `must be at least ${limit}`;
    case 'maximum':
      return `must be at most ${limit}`;
    case 'uniqueItems':
      return 'lists the same item twice';
    default:
      return e.message ?? 'is out of range';
  }
}

function rangeHint(e: ErrorObject): string {
  const limit = String(e.params.limit);
  switch (e.keyword) {
    case 'minItems':
      return `list at least ${items(limit)}`;
    case 'maxItems':
      return `list at most ${items(limit)}; keep the most important`;
    case 'uniqueItems':
      return 'remove the repeated item';
    case 'minLength':
      return limit === '1' ? 'it must not be empty' : `write at least ${limit} characters`;
    case 'maxLength':
      return `shorten it to ${limit} characters or fewer`;
    case 'minimum':
      return limit === '0' ? 'use 0 or a positive number; it cannot be negative' : `use ${limit} or more`;
    case 'maximum':
      return `use ${limit} or less`;
    default:
      return 'see docs/blueprint.md for the values this key accepts';
  }
}

/** A number as written when that was plain decimal (`99.90`), else as read (`0x10` is 16). */
function decimal(written: string | undefined, value: number): string {
  return written !== undefined && /^[-+]?\d+(\.\d+)?$/.test(written) ? written : String(value);
}

/** The plain scalar at `pointer` as written, unless it looks like a secret (then never repeated). */
function writtenText(map: YamlSourceMap, pointer: string): string | undefined {
  const written = map.writtenScalar(pointer);
  return written !== undefined && secretKind(written) === undefined ? written : undefined;
}

/**
 * How to write a value of the expected type, from the value that was read and, for a plain
 * scalar, the text that was written: `0049301234` is read as the number 49301234, and the hint
 * must quote the digits as written.
 */
function typeHint(type: string, def: string, value: unknown, written: string | undefined): string {
  if (value === null) return 'write a value after the colon, or remove the key';
  if (typeof value === 'number' && !Number.isFinite(value)) {
    const text = JSON.stringify(written ?? String(value));
    if (type === 'string' && def in FORMAT_HINTS) return FORMAT_HINTS[def] as string;
    return type === 'string'
      ? `YAML reads ${written ?? 'this'} as ${Number.isNaN(value) ? 'not-a-number' : 'infinity'}; to mean the text, quote it: ${text}`
      : 'YAML reads .inf and .nan as infinity and not-a-number, which no key takes: write a finite number';
  }
  // `needs: shop, payments` is one text to YAML: the brackets make it the list that was meant.
  if (type === 'array' && typeof value === 'string' && value.includes(',') && value.length <= 80 && secretKind(value) === undefined)
    return `write it as a list in brackets: [${value.trim()}]`;
  if (type === 'array') return 'write a list, one item per line starting with "- "';
  if (type === 'object') return 'write a mapping of "key: value" lines';
  const scalar = typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string';
  if (type === 'string') {
    if (def === 'percentage' && typeof value === 'number') return `write it with its sign, in quotes: "${decimal(written, value)}%"`;
    if (def === 'duration' && typeof value === 'number')
      return `add a unit: "${decimal(written, value)}m" for minutes, "${decimal(written, value)}h" for hours (s, m, h, d or w)`;
    if (!scalar) return 'write one value here, not a list or a mapping';
    if (def in FORMAT_HINTS) return FORMAT_HINTS[def] as string;
    return `put it in quotes to make it text: ${JSON.stringify(written ?? String(value))}`;
  }
  if (type === 'number' || type === 'integer') {
    const digits = typeof value === 'string' ? /^\s*[-+]?\d[\d\s,]*(\.\d+)?/.exec(value)?.[0].replace(/[\s,]/g, '') : undefined;
    if (type === 'integer' && typeof value === 'number') return `write a whole number, e.g. ${Math.round(value)}`;
    if (digits)
      return `write the number alone, without quotes, units or currency: ${type === 'integer' ? Math.round(Number(digits)) : Number(digits)}`;
    return type === 'integer' ? 'write a whole number, e.g. 3' : 'write a number, e.g. 120 or 49.5';
  }
  if (type === 'boolean') return 'write true or false, without quotes';
  return 'see docs/blueprint.md for what this key takes';
}

function article(type: string): string {
  const words: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'text',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
  };
  return words[type] ?? type;
}

/** The key of a property whose parent does not require it ("escalation"), or undefined. */
function optionalKey(pointer: string): string | undefined {
  const cut = pointer.lastIndexOf('/');
  const key = pointer
    .slice(cut + 1)
    .replace(/~1/g, '/')
    .replace(/~0/g, '~');
  if (cut < 0 || key === '' || /^\d+$/.test(key)) return undefined;
  return schemaAt(pointer.slice(0, cut)).required?.includes(key) ? undefined : key;
}

/**
 * The schema node that describes the value at an instance pointer (Ajv reports paths relative
 * to each referenced definition, so the keys allowed at a place are found by walking from the root).
 */
export function schemaAt(pointer: string): SchemaNode {
  let node = deref(SCHEMA_ROOT);
  for (const seg of pointer.split('/').slice(1)) {
    node = deref(/^\d+$/.test(seg) ? node?.items : node?.properties?.[seg.replace(/~1/g, '/').replace(/~0/g, '~')]);
  }
  return node ?? {};
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const seg of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

function lastSegment(pointer: string): string {
  const segs = pointer.split('/').filter((s) => s !== '' && !/^\d+$/.test(s));
  return segs[segs.length - 1] ?? '';
}

function joinPointerUnder(pointer: string, key: string): string {
  return pointer + joinPointer([key]);
}
