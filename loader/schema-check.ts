/**
 * Checks the parsed data against schemas/blueprint.schema.json with Ajv (all errors at once)
 * and turns each Ajv error into a diagnostic with its place, in words, and a fix.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import schema from '../schemas/blueprint.schema.json';
import type { Diagnostic, DiagnosticCode } from './diagnostics';
import type { YamlSourceMap } from './source-map';
import { joinPointer } from './source-map';
import { didYouMean } from './did-you-mean';
import { quoteValue } from './secrets';
import type { Blueprint } from '../schemas/blueprint.generated';

let compiled: ValidateFunction<Blueprint> | undefined;

/** Compiled once per process (about 20-75 ms); every later check reuses it. */
export function blueprintValidator(): ValidateFunction<Blueprint> {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: false });
    addFormats(ajv, ['date', 'hostname', 'uri', 'email']);
    compiled = ajv.compile<Blueprint>(schema);
  }
  return compiled;
}

export function checkSchema(data: unknown, sourceMap: YamlSourceMap): Diagnostic[] {
  const validate = blueprintValidator();
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => toDiagnostic(e, data, sourceMap));
}

const FORMAT_HINTS: Record<string, string> = {
  duration: 'write a duration as a number and a unit: 30s, 15m, 1h, 2d or 1w',
  id: 'ids use lower-case letters, digits and hyphens, e.g. "take-payments"',
  percentage: 'write a percentage with its sign, e.g. "99.9%"',
  isoDate: 'write a date as YYYY-MM-DD, e.g. 2027-03-01',
  vaultRef: 'name the password-manager entry on one line, e.g. "1Password: Shop / Hosting"',
};

function toDiagnostic(e: ErrorObject, data: unknown, map: YamlSourceMap): Diagnostic {
  const pointer = e.instancePath;
  const def = /#\/\$defs\/([A-Za-z]+)\//.exec(e.schemaPath + '/')?.[1] ?? '';
  const at = (p: string, key = false) => (key ? map.locateKey(p) : map.locate(p));
  const make = (code: DiagnosticCode, p: string, message: string, hint?: string, key = false): Diagnostic => ({
    ...at(p, key), severity: 'error', code, message, pointer: p, ...(hint ? { hint } : {}),
  });
  const value = valueAt(data, pointer);
  const name = lastSegment(pointer);
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = String(e.params.additionalProperty);
      const known = Object.keys(schemaAt(pointer).properties ?? {});
      const guess = didYouMean(extra, known);
      return make(
        'PB021', joinPointerUnder(pointer, extra), `unknown key "${extra}"${name ? ` in ${name}` : ''}`,
        guess || `the keys allowed here are: ${known.join(', ')}`, true,
      );
    }
    case 'required':
      return make(
        'PB022', pointer, `missing key "${String(e.params.missingProperty)}"${name ? ` in ${name}` : ''}`,
        `add "${String(e.params.missingProperty)}:"; see docs/blueprint.md for what it means`, true,
      );
    case 'type':
      return make('PB020', pointer, `${name || 'the blueprint'} must be ${article(String(e.params.type))}, not ${quoteValue(value)}`,
        e.params.type === 'array' ? 'write a list, one item per line starting with "- "' :
        e.params.type === 'object' ? 'write a mapping of "key: value" lines' : undefined);
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const guess = typeof value === 'string' ? didYouMean(value, allowed) : '';
      return make('PB023', pointer, `${quoteValue(value)} is not allowed for ${name}`,
        guess ? `${guess} (allowed: ${allowed.join(', ')})` : `use one of: ${allowed.join(', ')}`);
    }
    case 'const':
      if (pointer === '/version') {
        return make('PB026', pointer, `blueprint version ${quoteValue(value)} is not supported`,
          'this Plan B reads version 1; write "version: 1" (a newer blueprint needs a newer Plan B)');
      }
      return make('PB023', pointer, `${name} must be ${JSON.stringify(e.params.allowedValue)}`);
    case 'pattern':
    case 'format':
      return make('PB024', pointer, `${quoteValue(value)} is not a valid ${describeFormat(def, e)} for ${name}`,
        FORMAT_HINTS[def] ?? formatHint(e));
    default:
      return make('PB025', pointer, `${name || 'value'} ${rangeMessage(e)}`, rangeHint(e));
  }
}

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
  return `it must match ${String(e.params.pattern ?? e.params.format)}`;
}

function rangeMessage(e: ErrorObject): string {
  const limit = String(e.params.limit);
  switch (e.keyword) {
    case 'minItems': return `must list at least ${limit} item(s)`;
    case 'maxItems': return `may list at most ${limit} item(s)`;
    case 'minLength': return limit === '1' ? 'must not be empty' : `must be at least ${limit} characters`;
    case 'maxLength': return `must be at most ${limit} characters`;
    case 'minimum': return `must be at least ${limit}`;
    case 'maximum': return `must be at most ${limit}`;
    case 'uniqueItems': return 'lists the same item twice';
    default: return e.message ?? 'is out of range';
  }
}

function rangeHint(e: ErrorObject): string | undefined {
  if (e.keyword === 'minItems') return `list at least ${String(e.params.limit)} item(s)`;
  if (e.keyword === 'uniqueItems') return 'remove the repeated item';
  if (e.keyword === 'minLength') return 'it must not be empty';
  return undefined;
}

function article(type: string): string {
  const words: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'text', integer: 'a whole number', number: 'a number', boolean: 'true or false' };
  return words[type] ?? type;
}

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/**
 * The schema node that describes the value at an instance pointer (Ajv reports paths relative
 * to each referenced definition, so the keys allowed at a place are found by walking from the root).
 */
export function schemaAt(pointer: string): SchemaNode {
  const defs = (schema as { $defs: Record<string, SchemaNode> }).$defs;
  const deref = (n: SchemaNode | undefined): SchemaNode | undefined =>
    n?.$ref ? deref(defs[n.$ref.replace('#/$defs/', '')]) : n;
  let node = deref(schema as SchemaNode);
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
