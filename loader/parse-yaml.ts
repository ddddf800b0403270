/**
 * YAML text -> plain data plus a source map, with js-yaml's safe core schema.
 *
 * Limits that make hostile input fail fast: nesting depth, and the node count after alias
 * expansion (a billion-laughs document is rejected after reading its few hundred bytes, before
 * anything walks the expanded tree). Keys JavaScript treats specially are reported.
 */
import { misindented, realSyntaxOffset } from './syntax-position';
import { lookalikeName, structuralLookalike } from './lookalikes';
import { hasInvisible } from './semantic/characters';
import * as yaml from 'js-yaml';
import { LIMITS } from './limits';
import type { Diagnostic } from './diagnostics';
import { MERGE_KEY, NodeTable, YamlSourceMap, skipToContent } from './source-map';
import { isSecretKeyName, secretKind } from './secrets';

/** CORE: no timestamps (dates stay strings), no functions; plus merge keys (`<<: *defaults`). */
// js-yaml 4 exports its built-in types, though @types/js-yaml does not declare them. The merge
// type must be implicit: it is resolved from the plain scalar `<<`, never written as a tag.
const { merge } = (yaml as unknown as { types: { merge: yaml.Type } }).types;
const BLUEPRINT_YAML_SCHEMA = yaml.CORE_SCHEMA.extend({ implicit: [merge] });

const SPECIAL_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParsedYaml {
  data: unknown;
  sourceMap: YamlSourceMap;
  diagnostics: Diagnostic[];
  /** False when no scalar (value or key) looks like a secret or a secret's key name. */
  mayHoldSecret: boolean;
  /** False when no scalar holds a control or bidi character: the character check can be skipped. */
  mayHoldInvisible: boolean;
}

interface DuplicateKey {
  first: number;
  again: number;
  key: string;
}

class LimitExceeded extends Error {
  constructor(
    readonly code: 'PB012' | 'PB014',
    readonly offset: number,
    message: string,
    readonly kind: 'aliases' | 'size' | 'depth' = code === 'PB014' ? 'depth' : 'aliases',
  ) {
    super(message);
  }
}

export function parseYaml(text: string, file: string): ParsedYaml {
  const recorder = new NodeRecorder(text);
  const listener = (event: 'open' | 'close', state: yaml.State & { anchor?: string | null }): void => {
    if (event === 'open') recorder.open(state.position);
    else recorder.close(state.result, state.anchor);
  };
  const diagnostics: Diagnostic[] = [];
  let data: unknown;
  try {
    data = yaml.load(text, { filename: file, schema: BLUEPRINT_YAML_SCHEMA, json: true, listener });
  } catch (error) {
    const map = new YamlSourceMap(file, text, undefined);
    diagnostics.push(toDiagnostic(error, file, map, text));
    return { data: undefined, sourceMap: map, diagnostics, mayHoldSecret: true, mayHoldInvisible: true };
  }
  const sourceMap = new YamlSourceMap(file, text, recorder.nodes);
  diagnostics.push(...keyDiagnostics(file, sourceMap, recorder.specialKeys, recorder.duplicateKeys));
  const { mayHoldSecret, mayHoldInvisible } = recorder;
  return { data, sourceMap, diagnostics, mayHoldSecret, mayHoldInvisible };
}

/**
 * Records one light frame per node from js-yaml's open/close events (its start offset and its
 * children), enforcing the depth and expansion limits as it goes, and screens keys and scalars.
 */
class NodeRecorder {
  readonly nodes: NodeTable;
  // Per open node: where it started and where its children begin on the child stack.
  private readonly openStart: number[] = [];
  private readonly openBase: number[] = [];
  // Children of the open nodes, innermost last; `childTop` is its length (setting an array's
  // length on every close was measurably slow).
  private readonly childStack: number[] = [];
  private childTop = 0;
  private readonly anchored = new Map<object, number>();
  // Levels from each node down to its deepest leaf, aliases expanded: an alias puts its anchor's
  // whole height where it stands, so text nesting alone does not bound the data's depth (anchors
  // nested into anchors reached 12,000 levels in 50 KB, and every recursive walker overflowed).
  private readonly heights: number[] = [];
  readonly specialKeys: { node: number; key: string }[] = [];
  // The same few dozen key names recur thousands of times: each is screened once.
  private readonly cleanKeys = new Set<string>();
  readonly duplicateKeys: DuplicateKey[] = [];
  mayHoldSecret = false;
  mayHoldInvisible = false;

  constructor(private readonly text: string) {
    this.nodes = new NodeTable(text.length >> 3);
  }

  open(position: number): void {
    if (this.openStart.length >= LIMITS.maxDepth) {
      throw new LimitExceeded('PB014', position, `the YAML nests deeper than ${LIMITS.maxDepth} levels`);
    }
    this.openStart.push(position);
    this.openBase.push(this.childTop);
  }

  close(result: unknown, anchor: string | null | undefined): void {
    const { nodes, childStack } = this;
    const start = this.openStart.pop() as number;
    const base = this.openBase.pop() as number;
    const count = this.childTop - base;
    let node: number;
    if (count === 1 && nodes.result[childStack[base] as number] === result) {
      // js-yaml tries to read a block mapping's first key and, finding no colon, keeps that
      // node as the whole value: the wrapper adds nothing, so the inner node stands for it.
      node = childStack[base] as number;
    } else if (result === null || typeof result !== 'object') {
      node = this.scalar(start, result);
    } else if (count === 0 && this.text.charCodeAt(skipToContent(this.text, start)) === 0x2a /* * */) {
      node = this.alias(start, result);
    } else {
      node = this.collection(start, result, base, count);
    }
    this.childTop = base;
    if (nodes.size(node) > LIMITS.maxExpandedNodes) {
      const limit = LIMITS.maxExpandedNodes.toLocaleString('en');
      // Written nodes alone over the limit: a huge document, not an alias bomb.
      if (nodes.count > LIMITS.maxExpandedNodes)
        throw new LimitExceeded('PB012', start, `the document has more than ${limit} YAML nodes`, 'size');
      throw new LimitExceeded('PB012', start, `aliases expand this document to more than ${limit} nodes`);
    }
    if (anchor && result !== null && typeof result === 'object') this.anchored.set(result, node);
    if (this.openStart.length > 0) childStack[this.childTop++] = node;
    else nodes.root = node;
  }

  private scalar(start: number, result: unknown): number {
    // Screening every text scalar here saves the secret check a walk over clean documents.
    // Values are screened here; key names (smtp_password, botToken) when their mapping closes.
    if (!this.mayHoldSecret && typeof result === 'string' && secretKind(result) !== undefined) this.mayHoldSecret = true;
    // Key names are scalars too, so this sees every text of the file once.
    if (!this.mayHoldInvisible && typeof result === 'string' && hasInvisible(result)) this.mayHoldInvisible = true;
    const node = this.nodes.add(start, result, 1, 0, 0, -1);
    this.heights[node] = 1;
    return node;
  }

  /** An alias: no events of its own, the same object as its anchor. */
  private alias(start: number, result: object): number {
    // An alias whose anchor is still open is its own ancestor: a recursive structure no blueprint can mean.
    const target = this.anchored.get(result);
    if (target === undefined) throw new LimitExceeded('PB012', start, 'an alias refers to the node that contains it (a recursive alias)');
    const node = this.nodes.add(start, result, this.nodes.size(target), 0, 0, target);
    const height = this.heights[target] as number;
    this.heights[node] = height;
    if (this.openStart.length + height > LIMITS.maxDepth) {
      throw new LimitExceeded('PB014', start, `aliases nest the data deeper than ${LIMITS.maxDepth} levels`, 'aliases');
    }
    return node;
  }

  private collection(start: number, result: object, base: number, count: number): number {
    const { nodes, childStack, heights } = this;
    let size = 1;
    let height = 0;
    const first = nodes.children.length;
    for (let i = base; i < this.childTop; i++) {
      const child = childStack[i] as number;
      size += nodes.size(child);
      if ((heights[child] as number) > height) height = heights[child] as number;
      nodes.children.push(child);
    }
    if (!Array.isArray(result)) this.mappingKeys(base, count);
    const node = nodes.add(start, result, size, first, count, -1);
    heights[node] = height + 1;
    return node;
  }

  /** A closing mapping's keys: special names, secret-looking names, keys written twice. */
  private mappingKeys(base: number, count: number): void {
    const { nodes, childStack } = this;
    for (let i = 0; i + 1 < count; i += 2) {
      const name = nodes.result[childStack[base + i] as number];
      if (typeof name !== 'string') continue;
      if (SPECIAL_KEYS.has(name)) this.specialKeys.push({ node: childStack[base + i] as number, key: name });
      if (!this.mayHoldSecret && !this.cleanKeys.has(name)) {
        if (isSecretKeyName(name)) this.mayHoldSecret = true;
        else this.cleanKeys.add(name);
      }
    }
    // js-yaml runs with `json: true` (the later key wins, no exception), so that a key written
    // twice is reported here, with both places, and the rest of the file is still checked.
    // (A flow `{a, b: 1}` leaves keys and values unpaired; such a mapping is not checked.)
    if (count >= 4 && count % 2 === 0) findDuplicateKeys(nodes, childStack, base, count, this.duplicateKeys);
  }
}

/** PB013 for keys JavaScript treats specially, PB011 for keys written twice (with the first's line). */
function keyDiagnostics(
  file: string,
  sourceMap: YamlSourceMap,
  specialKeys: readonly { node: number; key: string }[],
  duplicateKeys: readonly DuplicateKey[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { node, key } of specialKeys) {
    const at = sourceMap.lineColumn(sourceMap.contentOffset(node));
    out.push({
      file,
      ...at,
      severity: 'error',
      code: 'PB013',
      message: `the key "${key}" is not allowed`,
      hint: 'remove it; a blueprint has no such key, and JavaScript gives it a special meaning',
    });
  }
  for (const { first, again, key } of duplicateKeys) {
    const firstAt = sourceMap.lineColumn(sourceMap.contentOffset(first));
    out.push({
      file,
      ...sourceMap.lineColumn(sourceMap.contentOffset(again)),
      severity: 'error',
      code: 'PB011',
      message: `the key "${key}" appears twice (first at line ${firstAt.line})`,
      hint: `keep one of the two and merge what they say; YAML allows a key once per mapping, and as written this one replaces the first`,
    });
  }
  return out;
}

/**
 * Keys written more than once among a closing mapping's children (key, value, key, value...).
 * Small mappings are compared pairwise (no allocation); large ones through a Map.
 */
function findDuplicateKeys(nodes: NodeTable, childStack: number[], base: number, count: number, out: DuplicateKey[]): void {
  const keyOf = (i: number): string | undefined => {
    const name = nodes.result[childStack[base + i] as number];
    if (name === null || typeof name === 'object') return undefined;
    const key = String(name);
    return key === MERGE_KEY ? undefined : key;
  };
  if (count <= 32) {
    // Compared as parsed (almost always strings); js-yaml turns keys into text, so 1 and "1" clash too.
    for (let i = 2; i < count; i += 2) {
      const a = nodes.result[childStack[base + i] as number];
      if (a === null || typeof a === 'object') continue;
      for (let j = 0; j < i; j += 2) {
        const b = nodes.result[childStack[base + j] as number];
        if (a === b || (typeof a !== typeof b && b !== null && typeof b !== 'object' && String(a) === String(b))) {
          const key = String(a);
          if (key !== MERGE_KEY) out.push({ first: childStack[base + j] as number, again: childStack[base + i] as number, key });
          break;
        }
      }
    }
    return;
  }
  const seen = new Map<string, number>();
  for (let i = 0; i < count; i += 2) {
    const key = keyOf(i);
    if (key === undefined) continue;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, childStack[base + i] as number);
    else out.push({ first, again: childStack[base + i] as number, key });
  }
}

function toDiagnostic(error: unknown, file: string, map: YamlSourceMap, text: string): Diagnostic {
  if (error instanceof LimitExceeded) {
    const hint =
      error.kind === 'aliases'
        ? 'write the values out, or use fewer nested aliases'
        : error.kind === 'size'
          ? 'a blueprint describes one business in thousands of lines, not millions; split generated data out of it'
          : 'a blueprint needs only a few levels; check the indentation';
    return { file, ...map.lineColumn(error.offset), severity: 'error', code: error.code, message: error.message, hint };
  }
  if (error instanceof yaml.YAMLException) {
    const mark = error.mark;
    // A look-alike of a space, colon or dash on the line or the two before is the likelier cause.
    const lookalike = mark ? structuralLookalike(text, Math.max(0, mark.line - 2), mark.line) : undefined;
    if (lookalike !== undefined) {
      return {
        file,
        ...map.lineColumn(lookalike.offset),
        severity: 'error',
        code: 'PB010',
        message: `YAML syntax error: ${lookalikeName(lookalike.char)} where YAML needs ${lookalike.instead}`,
        hint: `retype it as ${lookalike.instead} (text copied from a web page, a word processor or a messenger brings such characters)`,
      };
    }
    const real = realSyntaxOffset(text, error.reason, mark ? mark.line : 0);
    const { line, column } =
      real !== undefined ? map.lineColumn(real) : { line: mark ? mark.line + 1 : 1, column: mark ? mark.column + 1 : 1 };
    const indented = mark ? misindented(text, error.reason, mark.line)?.what : undefined;
    return {
      file,
      line,
      column,
      severity: 'error',
      code: 'PB010',
      message: `YAML syntax error: ${indented ? MISINDENTED[indented].reason : real !== undefined ? placedReason(error.reason) : error.reason}`,
      hint: indented ? MISINDENTED[indented].hint : syntaxHint(error.reason),
    };
  }
  throw error;
}

/** The reason as said at the real place: the string that starts here, the document that starts here. */
function placedReason(reason: string): string {
  if (/single document/.test(reason)) return 'a second YAML document starts here; a blueprint is one document';
  const quoted = /within a (double|single) quoted scalar/.exec(reason);
  if (quoted) return `this ${quoted[1]}-quoted string is never closed (the file ends inside it)`;
  return reason;
}

/** What was mis-indented, in the user's words: js-yaml's own reason names the wrong one as often as not. */
const MISINDENTED = {
  key: {
    reason: 'bad indentation of this key',
    hint: 'start the key in the same column as the keys beside it (spaces, not tabs)',
  },
  item: {
    reason: 'bad indentation of this list item',
    hint: 'start the `-` in the same column as the other items of its list (spaces, not tabs)',
  },
} as const;

function syntaxHint(reason: string): string {
  if (/quoted scalar/.test(reason))
    return `close the string with the same quote it opens with; inside '...' write '' for a quote, inside "..." write \\"`;
  if (/tab/i.test(reason)) return 'indent with spaces, not tabs';
  if (/single document/.test(reason)) return 'a blueprint is one YAML document: remove the extra `---` sections';
  if (/indentation/.test(reason)) return 'indent with spaces so that each line lines up with the ones it belongs with';
  if (/unknown tag/.test(reason)) return 'custom YAML tags are not supported; write the value plainly';
  return 'check the line for a missing colon, quote or bracket; quote values that contain ": " or start with a special character';
}
