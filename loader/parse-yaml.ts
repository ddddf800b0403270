/**
 * YAML text -> plain data plus a source map, with js-yaml's safe core schema.
 *
 * Limits that make hostile input fail fast: nesting depth, and the node count after alias
 * expansion (a billion-laughs document is rejected after reading its few hundred bytes, before
 * anything walks the expanded tree). Keys JavaScript treats specially are reported.
 */
import * as yaml from 'js-yaml';
import { LIMITS } from './limits';
import type { Diagnostic } from './diagnostics';
import { YamlSourceMap, skipToContent, type NodeFrame } from './source-map';

/** CORE: no timestamps (dates stay strings), no functions; plus merge keys (`<<: *defaults`). */
// js-yaml 4 exports its built-in types, though @types/js-yaml does not declare them.
const { merge } = (yaml as unknown as { types: { merge: yaml.Type } }).types;
const BLUEPRINT_YAML_SCHEMA = yaml.CORE_SCHEMA.extend([merge]);
const SPECIAL_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParsedYaml {
  data: unknown;
  sourceMap: YamlSourceMap;
  diagnostics: Diagnostic[];
}

/** One node as it is read: opened with its offset, completed when js-yaml closes it. */
interface Node extends NodeFrame {
  children: Node[] | null;
  size: number;
  /** An alias to a node that has not closed yet: its own ancestor. */
  unresolvedAlias?: boolean;
}

class LimitExceeded extends Error {
  constructor(
    readonly code: 'PB012' | 'PB014',
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

export function parseYaml(text: string, file: string): ParsedYaml {
  const stack: Node[] = [];
  const anchored = new Map<object, { frame: NodeFrame; size: number }>();
  const specialKeys: { frame: NodeFrame; key: string }[] = [];
  let root: Node | undefined;

  const listener = (event: 'open' | 'close', state: yaml.State): void => {
    if (event === 'open') {
      if (stack.length >= LIMITS.maxDepth) {
        throw new LimitExceeded('PB014', state.position, `the YAML nests deeper than ${LIMITS.maxDepth} levels`);
      }
      // One object per node, reused as its frame: the listener runs for every node of the file.
      stack.push({ start: state.position, children: null, size: 1 });
      return;
    }
    const open = stack.pop() as Node;
    const child = closeNode(state.input, open, state, anchored, specialKeys);
    if (child.unresolvedAlias) {
      throw new LimitExceeded('PB012', child.start, 'an alias refers to the node that contains it (a recursive alias)');
    }
    if (child.size > LIMITS.maxExpandedNodes) {
      throw new LimitExceeded(
        'PB012',
        child.start,
        `aliases expand this document to more than ${LIMITS.maxExpandedNodes.toLocaleString('en')} nodes`,
      );
    }
    const parent = stack[stack.length - 1];
    if (parent) (parent.children ??= []).push(child);
    else root = child;
  };

  const diagnostics: Diagnostic[] = [];
  let data: unknown;
  try {
    data = yaml.load(text, { filename: file, schema: BLUEPRINT_YAML_SCHEMA, json: false, listener });
  } catch (error) {
    const map = new YamlSourceMap(file, text, undefined);
    diagnostics.push(toDiagnostic(error, file, map));
    return { data: undefined, sourceMap: map, diagnostics };
  }
  const sourceMap = new YamlSourceMap(file, text, root);
  for (const { frame, key } of specialKeys) {
    const at = sourceMap.lineColumn(frame.start);
    diagnostics.push({
      file, ...at, severity: 'error', code: 'PB013',
      message: `the key "${key}" is not allowed`,
      hint: 'remove it; a blueprint has no such key, and JavaScript gives it a special meaning',
    });
  }
  return { data, sourceMap, diagnostics };
}

function closeNode(
  input: string,
  node: Node,
  state: yaml.State & { anchor?: string | null },
  anchored: Map<object, { frame: NodeFrame; size: number }>,
  specialKeys: { frame: NodeFrame; key: string }[],
): Node {
  const result: unknown = state.result;
  const children = node.children;
  node.children = null;
  node.result = result;
  // js-yaml tries to read a block mapping's first key and, finding no colon, keeps that node
  // as the whole value: the wrapper adds nothing, so the inner node stands for it.
  if (children?.length === 1 && (children[0] as Node).result === result) return children[0] as Node;
  if (result === null || typeof result !== 'object') return node;
  if (!children && input.charCodeAt(skipToContent(input, node.start)) === 0x2a /* * */) {
    // An alias: no events of its own, the same object as its anchor. An alias whose anchor is
    // still open is its own ancestor: a recursive structure no blueprint can mean.
    const known = anchored.get(result);
    if (!known) node.unresolvedAlias = true;
    else {
      node.target = known.frame;
      node.size = known.size;
    }
    return node;
  }
  if (children) {
    for (let i = 0; i < children.length; i++) node.size += (children[i] as Node).size;
    if (Array.isArray(result)) node.items = children;
    else if (children.length % 2 === 0) {
      // Keys and values alternate; a flow `{a}` (key without value) breaks that, and then the
      // mapping keeps no entries and its keys point at the mapping itself.
      const keys: string[] = [];
      for (let i = 0; i < children.length; i += 2) {
        const key = children[i] as Node;
        const name = String(key.result);
        if (SPECIAL_KEYS.has(name)) specialKeys.push({ frame: key, key: name });
        keys.push(name);
      }
      node.keys = keys;
      node.pairs = children;
    }
  }
  if (state.anchor) anchored.set(result, { frame: node, size: node.size });
  return node;
}

function toDiagnostic(error: unknown, file: string, map: YamlSourceMap): Diagnostic {
  if (error instanceof LimitExceeded) {
    const hint =
      error.code === 'PB012'
        ? 'write the values out, or use fewer nested aliases'
        : 'a blueprint needs only a few levels; check the indentation';
    return { file, ...map.lineColumn(error.offset), severity: 'error', code: error.code, message: error.message, hint };
  }
  if (error instanceof yaml.YAMLException) {
    const mark = error.mark;
    const line = mark ? mark.line + 1 : 1;
    const column = mark ? mark.column + 1 : 1;
    if (/duplicated mapping key/.test(error.reason)) {
      return {
        file, line, column, severity: 'error', code: 'PB011',
        message: 'this key appears twice in the same mapping',
        hint: 'keep one of the two; YAML allows a key once per mapping',
      };
    }
    return {
      file, line, column, severity: 'error', code: 'PB010',
      message: `YAML syntax error: ${error.reason}`,
      hint: syntaxHint(error.reason),
    };
  }
  throw error;
}

function syntaxHint(reason: string): string {
  if (/tab/i.test(reason)) return 'indent with spaces, not tabs';
  if (/single document/.test(reason)) return 'a blueprint is one YAML document: remove the extra `---` sections';
  if (/indentation|bad indentation/.test(reason)) return 'align the key with its siblings (spaces, same column)';
  if (/unknown tag/.test(reason)) return 'custom YAML tags are not supported; write the value plainly';
  return 'check the line for a missing colon, quote or bracket; quote values that contain ": " or start with a special character';
}
