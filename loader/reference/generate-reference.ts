/**
 * Writes docs/blueprint.md, the blueprint reference, from schemas/blueprint.schema.json and the
 * loader's tables (codes, limits, rules beyond the schema), so the page cannot drift from what is
 * checked; test/loader/reference/generate-reference.test.ts fails when the committed page differs.
 * It lives in loader/, not schemas/, because it reads the loader's tables: schemas/ is the ground
 * floor and imports nothing of the pipeline.
 * Run: npx tsx loader/reference/generate-reference.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGNOSTIC_CODES } from '../diagnostics';
import { LIMITS } from '../limits';
import { RULES_SECTION } from './reference-rules';

interface Node {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  const?: unknown;
  description?: string;
  default?: unknown;
  examples?: unknown[];
  pattern?: string;
  format?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  minItems?: number;
}

export const REFERENCE_PATH = join(__dirname, '..', '..', 'docs', 'blueprint.md');
const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schemas', 'blueprint.schema.json'), 'utf8')) as Node & {
  $defs: Record<string, Node>;
};

/**
 * Mappings written in place (`business`, a service's `account`) rather than as a definition: each
 * gets a section too, named by its key, or by its owner and key when two same-named ones differ.
 * Without them a reader of the page could not learn the keys `business` takes.
 */
function inlineObjects(): Map<Node, string> {
  const found: { key: string; owner: string; node: Node }[] = [];
  const owners: [string, Node][] = [['top level', schema], ...Object.entries(schema.$defs)];
  for (const [owner, def] of owners) {
    for (const [key, prop] of Object.entries(def.properties ?? {})) {
      if (prop.type === 'object' && prop.properties !== undefined) found.push({ key, owner, node: prop });
    }
  }
  const named = new Map<Node, string>();
  for (const { key, owner, node } of found) {
    const same = found.filter((f) => f.key === key);
    const alike = same.every((f) => JSON.stringify(f.node) === JSON.stringify(node));
    named.set(node, alike || owner === 'top level' ? key : `${owner}.${key}`);
  }
  return named;
}

const INLINE = inlineObjects();

/** The GitHub anchor of a section heading. */
const anchor = (heading: string): string => heading.toLowerCase().replace(/[^a-z0-9 -]/g, '');

function typeOf(n: Node): string {
  const inline = INLINE.get(n);
  if (inline !== undefined) return `[mapping](#${anchor(inline)})`;
  if (n.$ref) {
    const name = n.$ref.replace('#/$defs/', '');
    const def = schema.$defs[name] as Node;
    return def.type === 'object' ? `[${name}](#${name.toLowerCase()})` : name;
  }
  if (n.const !== undefined) return `\`${JSON.stringify(n.const)}\``;
  if (n.enum) return n.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  // The minimum is part of the type: `escalation: []` is refused although the key is optional.
  if (n.type === 'array' && n.items) {
    const each = bounds(n.items);
    const item = each.length > 0 ? `${n.items.type ?? 'any'} (each ${each.join(', ')})` : typeOf(n.items);
    return `list of ${item}${n.minItems !== undefined && n.minItems > 0 ? `, at least ${n.minItems}` : ''}`;
  }
  if (n.type === 'object') return 'mapping';
  return [n.type ?? 'any', ...bounds(n)].join(', ');
}

const FORMATS: Record<string, string> = { uri: 'a URL', hostname: 'a host name', date: 'a date' };

/**
 * What validate checks of a value written in place (a slug's form, a URL, a text's length, a
 * number's range): a newcomer read `slug | string` and was refused "Bella Salon" by a rule no page
 * showed.
 */
function bounds(n: Node): string[] {
  if (n.$ref !== undefined || n.enum !== undefined) return [];
  const parts: string[] = [];
  if (n.pattern !== undefined) parts.push(`matching \`${cell(n.pattern)}\``);
  if (n.format !== undefined) parts.push(FORMATS[n.format] ?? `format \`${n.format}\``);
  if (n.maxLength !== undefined) parts.push(`at most ${n.maxLength.toLocaleString('en-US')} characters`);
  if (n.minimum !== undefined && n.maximum !== undefined) parts.push(`${n.minimum} to ${n.maximum}`);
  else if (n.minimum !== undefined) parts.push(`at least ${n.minimum}`);
  return parts;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** One table row in markdownlint's compact pipe style: an empty cell is a single space. */
function row(cells: readonly string[]): string {
  return `|${cells.map((c) => (c === '' ? ' ' : ` ${c} `)).join('|')}|`;
}

function table(n: Node): string[] {
  const rows = ['| key | type | required | default | meaning |', '| --- | --- | --- | --- | --- |'];
  for (const [key, prop] of Object.entries(n.properties ?? {})) {
    // The id definition's own example ("crm") would read as the example of every reference, a
    // person's or a channel's too: an id shows only an example given for its key.
    const def =
      prop.$ref !== undefined && prop.$ref !== '#/$defs/id' ? (schema.$defs[prop.$ref.replace('#/$defs/', '')] as Node) : undefined;
    const example = prop.examples?.[0] ?? def?.examples?.[0];
    const meaning =
      (prop.description ?? '') + (example !== undefined && typeof example !== 'object' ? ` Example: \`${String(example)}\`.` : '');
    rows.push(
      row([
        `\`${key}\``,
        typeOf(prop),
        n.required?.includes(key) ? 'yes' : '',
        prop.default !== undefined ? `\`${String(prop.default)}\`` : '',
        cell(meaning),
      ]),
    );
  }
  return rows;
}

const INTRO: readonly string[] = [
  '<!-- GENERATED from schemas/blueprint.schema.json by loader/reference/generate-reference.ts. Do not edit. -->',
  '',
  '# The blueprint reference',
  '',
  'A blueprint is one YAML file (version 1) describing a business, the services it depends on, its processes and',
  'their plan B, its people, channels and data. This page lists every key. Start from `planb init` or from one of',
  'the examples in `blueprints/`.',
  '',
  '## Editor support',
  '',
  'Begin the file with a comment that points the YAML language server (VS Code "YAML" extension, Neovim, JetBrains)',
  'at the schema; `planb init` writes a copy of the schema beside the blueprint so completion works offline:',
  '',
  '```yaml',
  '# yaml-language-server: $schema=.planb/blueprint.schema.json',
  '```',
  '',
  'Hovering a key shows its description; the editor completes keys and enumerated values and underlines what the',
  'schema rejects. `planb validate` checks the rest (references, cycles, secrets) and prints',
  '`file:line:column: error CODE: message` with a hint for each mistake, all at once. One mistake is one',
  'error: a required key written under another name (`who:` for `switchedBy:`, `neds:` for `needs:`) is one',
  'PB021 at the key you wrote, naming the key it stands for, not a missing key and an unknown one.',
  '',
  '## Values',
  '',
  '- Durations: a number and a unit, `30s`, `15m`, `1h`, `2d`, `1w`. One unit only: `1h30m` is refused with',
  '  the form to write (`90m`), as are `4 hours`, `2 часа`, `PT4H` and `weekly`.',
  '- Percentages: with their sign, `99.9%`.',
  '- Dates: ISO dates, `2027-03-01` (YAML dates stay text; no time zone games).',
  '- Ids: lower-case letters, digits and hyphens (`take-payments`); they name cloud resources, so keep them stable.',
  '- Secrets never appear: access is a reference to a password-manager entry (`vault: "1Password: Shop / Hosting"`).',
  '- Lists: `[shop, payments]`, or one `- item` per line. Without brackets, `needs: shop, payments` is one text;',
  '  the error gives the brackets to add.',
  '- Text that YAML would read as something else goes in quotes: a phone number with leading zeros',
  '  (`value: "0049301234"`; unquoted, YAML reads the number 49301234), `"1.0"`, `"TRUE"`, `".inf"`. The error',
  '  says what YAML read (`not 0049301234 (read as 49301234)`) and the hint quotes what you wrote.',
  '',
];

const byName = ([a]: [string, Node], [b]: [string, Node]) => a.localeCompare(b);

/** The top level, then one table per object definition, by name. */
function keySections(): string[] {
  const out = ['## Top level', '', ...table(schema), ''];
  const inline = new Map([...INLINE].map(([node, name]) => [name, node]));
  const sections: [string, Node][] = [...Object.entries(schema.$defs).filter(([, def]) => def.type === 'object'), ...inline];
  for (const [name, def] of sections.sort(byName)) {
    out.push(`### ${name}`, '', def.description ?? '', '', ...table(def), '');
  }
  return out;
}

function scalarSection(): string[] {
  const out = ['## Scalar types', '', '| name | form | meaning |', '| --- | --- | --- |'];
  for (const [name, def] of Object.entries(schema.$defs).sort(byName)) {
    if (def.type === 'object') continue;
    const form = def.pattern
      ? `\`${def.pattern}\``
      : def.format
        ? `format \`${def.format}\``
        : def.enum
          ? def.enum.map((v) => `\`${String(v)}\``).join(', ')
          : (def.type ?? '');
    out.push(`| ${name} | ${cell(form)} | ${cell(def.description ?? '')} |`);
  }
  return out;
}

function limitsSection(): string[] {
  return [
    '',
    '## Limits',
    '',
    'Input beyond these is refused with a clear error, before it can exhaust memory or time:',
    '',
    `- file size: ${LIMITS.maxFileBytes / 1048576} MB;`,
    `- YAML nodes, an alias counting as the nodes it repeats: ${LIMITS.maxExpandedNodes.toLocaleString('en')} (stops "billion laughs" documents and absurdly large ones);`,
    `- nesting depth: ${LIMITS.maxDepth} levels, an alias counting as the levels of what it repeats (PB014);`,
    `- services one service rests on through \`dependsOn\`, directly or through theirs: ${LIMITS.maxDependencyReach} (PB015; the analysis and the runbooks list everything behind each service, so a chain of n services costs n²/2);`,
    '- one YAML document per file; custom tags are not accepted; keys `__proto__`, `constructor`, `prototype` are refused;',
    '  merge keys (`<<: *anchor`) are accepted, and a key written twice in one mapping is an error (PB011).',
    '',
    'Reporting is bounded too, so that a file with thousands of mistakes is answered in a second or two:',
    '',
    `- diagnostics per file: ${LIMITS.maxDiagnostics}, the first ones by position; a last PB005 says how many more there are`,
    '  (or "at least" how many, when checking stopped early). Fix those shown, often one mistake repeated, and validate again;',
    `- "did you mean" comparisons per file: ${LIMITS.maxSuggestionComparisons.toLocaleString('en')}, spent only on the diagnostics shown;`,
    '  past them a hint says what may be written there instead of guessing.',
    '',
  ];
}

function codesSection(): string[] {
  const out = ['## Diagnostic codes', '', '| code | meaning |', '| --- | --- |'];
  for (const [code, meaning] of Object.entries(DIAGNOSTIC_CODES)) out.push(`| ${code} | ${meaning} |`);
  return out;
}

export function generateReference(): string {
  return [...INTRO, ...keySections(), ...scalarSection(), ...limitsSection(), ...RULES_SECTION, ...codesSection(), ''].join('\n');
}

if (require.main === module) {
  writeFileSync(REFERENCE_PATH, generateReference());
  process.stdout.write(`wrote ${REFERENCE_PATH}\n`);
}
