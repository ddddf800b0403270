/**
 * Where each YAML node was written, recorded during the one js-yaml parse.
 *
 * js-yaml returns plain values with no positions, and re-parsing with a position-keeping parser
 * costs 10x (shared/notes/performance-floors.md). Its `listener` option reports every node as it
 * opens and closes; we keep, per node, its start offset, its value and its children in flat number
 * arrays (no object per node, so almost nothing for the garbage collector), and turn an offset into
 * line:column only for the few nodes a diagnostic or finding points at.
 */
import type { SourceLocator, SourcePosition } from '../model/model';

/** A growable array of int32: stores without boxing or per-element garbage. */
export class IntVector {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length++] = value;
  }
  /** Makes room for `more` values past the current length. */
  reserve(more: number): void {
    if (this.length + more <= this.data.length) return;
    const grown = new Int32Array(Math.max(this.data.length * 2, this.length + more));
    grown.set(this.data);
    this.data = grown;
  }
  at(i: number): number {
    return this.data[i] as number;
  }
}

/**
 * Every node of one document, by index. Filled by parse-yaml.ts, read by YamlSourceMap.
 * One int32 row per node rather than an object per node: a large blueprint has hundreds of
 * thousands of nodes, and objects for each doubled the parse time through garbage collection.
 */
export class NodeTable {
  /** Rows of FIELDS int32s: start offset, expanded size, first child, child count, alias target. */
  private readonly rows: IntVector;
  /**
   * The parsed value: tells mappings from sequences, names keys, marks empty values. Allocated
   * at the expected size up front: grown by push, its copies cost a large blueprint ~30 ms.
   */
  readonly result: unknown[];
  /** Nodes added so far (`result` may be longer: its tail is unused). */
  count = 0;
  /** Children are `children[firstChild .. firstChild + childCount)`; for mappings key, value, key... */
  readonly children: IntVector;
  root = -1;

  /** `expected` nodes: a guess from the text length, so the columns rarely grow. */
  constructor(expected: number) {
    this.rows = new IntVector(expected * FIELDS);
    this.children = new IntVector(expected);
    this.result = new Array<unknown>(Math.max(16, expected));
  }

  add(start: number, result: unknown, size: number, firstChild: number, childCount: number, target: number): number {
    const rows = this.rows;
    if (rows.length + FIELDS > rows.data.length) rows.reserve(FIELDS);
    const data = rows.data;
    const at = rows.length;
    data[at] = start;
    // Sizes saturate at the int32 limit; the alias-bomb limit is far below it.
    data[at + 1] = size > 0x7fffffff ? 0x7fffffff : size;
    data[at + 2] = firstChild;
    data[at + 3] = childCount;
    data[at + 4] = target;
    rows.length = at + FIELDS;
    this.result[this.count] = result;
    return this.count++;
  }

  /** Offset where js-yaml began reading the node (may sit before separating spaces/comments). */
  start(node: number): number {
    return this.rows.at(node * FIELDS);
  }
  /** Nodes after alias expansion, to stop alias bombs. */
  size(node: number): number {
    return this.rows.at(node * FIELDS + 1);
  }
  firstChild(node: number): number {
    return this.rows.at(node * FIELDS + 2);
  }
  childCount(node: number): number {
    return this.rows.at(node * FIELDS + 3);
  }
  /** For an alias: the node it repeats; -1 otherwise. */
  target(node: number): number {
    return this.rows.at(node * FIELDS + 4);
  }
}

const FIELDS = 5;

/** The YAML merge key: merged keys are not duplicates, and the source map looks through it. */
export const MERGE_KEY = '<<';

interface Entry {
  key: number;
  /** -1 for an empty value (`key:`), which has no text of its own: its key stands for it. */
  value: number;
}

export class YamlSourceMap implements SourceLocator {
  private lineStarts: number[] | undefined;
  /** Built on the first lookup into a mapping only: most mappings are never looked into. */
  private readonly entries = new Map<number, Map<string, Entry> | null>();

  constructor(
    readonly file: string,
    readonly text: string,
    private readonly nodes: NodeTable | undefined,
  ) {}

  locate(pointer: string): SourcePosition {
    return this.position(this.walk(pointer).value);
  }

  locateKey(pointer: string): SourcePosition {
    const found = this.walk(pointer);
    return this.position(found.key >= 0 ? found.key : found.value);
  }

  /** Offset of a node's first character, after what js-yaml skipped before it. */
  contentOffset(node: number): number {
    return skipToContent(this.text, this.nodes ? this.nodes.start(node) : 0);
  }

  /**
   * A plain (unquoted) scalar at `pointer` as written, e.g. `0049301234` or `1.0` where js-yaml
   * read the numbers 49301234 and 1: a hint that says to quote it must quote what the user wrote.
   * Undefined for anything else (a quoted string, a block, a collection, an alias, no node there).
   */
  writtenScalar(pointer: string): string | undefined {
    const { value, key } = this.walk(pointer);
    const t = this.nodes;
    // value === key: the key of an empty value, which walk gives for want of a value node.
    if (!t || value < 0 || value === key || t.target(value) >= 0 || value === t.root) return undefined;
    const result = t.result[value];
    if (result !== null && typeof result === 'object') return undefined;
    const start = this.contentOffset(value);
    const end = this.text.indexOf('\n', start);
    const line = this.text.slice(start, end < 0 ? undefined : end);
    if (/^["'|>!&*[{]/.test(line)) return undefined;
    // A plain scalar that is not text (a number, a boolean, null) holds no ' #', comma or bracket.
    const written = /^[^,\]}]*?(?=\s+#|\s*[,\]}]|\s*\r?$)/.exec(line)?.[0];
    return written === undefined || written === '' ? undefined : written;
  }

  /** Follows a JSON pointer down the nodes; stops at the deepest node that was written. */
  private walk(pointer: string): { value: number; key: number } {
    const t = this.nodes;
    if (!t || t.root < 0) return { value: -1, key: -1 };
    let node = t.root;
    let key = -1;
    for (const segment of splitPointer(pointer)) {
      const here = t.target(node) >= 0 ? t.target(node) : node;
      const result = t.result[here];
      if (Array.isArray(result)) {
        const i = Number(segment);
        if (!(Number.isInteger(i) && i >= 0 && i < t.childCount(here))) return { value: here, key: -1 };
        node = t.children.at(t.firstChild(here) + i);
        key = -1;
        continue;
      }
      const entry = this.entryOf(here, segment, 0);
      if (!entry) return { value: here, key: -1 };
      key = entry.key;
      node = entry.value >= 0 ? entry.value : entry.key;
    }
    return { value: node, key };
  }

  /**
   * A key of a mapping: written in it, or else brought in by a merge key (`<<: *defaults` or
   * `<<: [*a, *b]`, earlier sources first, as js-yaml merges), so that a merged value points at
   * the anchor's text where it was written.
   */
  private entryOf(node: number, segment: string, depth: number): Entry | undefined {
    const entries = this.entriesOf(node);
    const own = entries?.get(segment);
    if (own || depth > 64) return own;
    const merge = entries?.get(MERGE_KEY);
    if (!merge || merge.value < 0) return undefined;
    const t = this.nodes as NodeTable;
    const deref = (n: number) => (t.target(n) >= 0 ? t.target(n) : n);
    const source = deref(merge.value);
    if (!Array.isArray(t.result[source])) return this.entryOf(source, segment, depth + 1);
    for (let i = 0; i < t.childCount(source); i++) {
      const found = this.entryOf(deref(t.children.at(t.firstChild(source) + i)), segment, depth + 1);
      if (found) return found;
    }
    return undefined;
  }

  private entriesOf(node: number): Map<string, Entry> | null {
    const cached = this.entries.get(node);
    if (cached !== undefined) return cached;
    const t = this.nodes as NodeTable;
    const count = t.childCount(node);
    const result = t.result[node];
    let map: Map<string, Entry> | null = null;
    // Keys and values alternate; a flow `{a}` (key without value) breaks that, and then the
    // mapping keeps no entries and its keys point at the mapping itself.
    if (result !== null && typeof result === 'object' && count > 0 && count % 2 === 0) {
      map = new Map();
      const first = t.firstChild(node);
      for (let i = 0; i < count; i += 2) {
        const key = t.children.at(first + i);
        const value = t.children.at(first + i + 1);
        map.set(String(t.result[key]), { key, value: t.result[value] === null ? -1 : value });
      }
    }
    this.entries.set(node, map);
    return map;
  }

  private position(node: number): SourcePosition {
    const offset = node >= 0 ? this.contentOffset(node) : 0;
    return { file: this.file, ...this.lineColumn(offset) };
  }

  /** 1-based line and column of a character offset (columns count UTF-16 units, as editors do). */
  lineColumn(offset: number): { line: number; column: number } {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  }
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function joinPointer(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    const text = String(s);
    out += '/' + (text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text);
  }
  return out;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Skips what js-yaml reads before a node's content: spaces, line breaks, comments. */
export function skipToContent(text: string, offset: number): number {
  let i = offset;
  for (;;) {
    const ch = text.charCodeAt(i);
    if (ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d) i++;
    else if (ch === 0x23 /* # */) {
      const eol = text.indexOf('\n', i);
      if (eol === -1) return text.length;
      i = eol + 1;
    } else return i;
  }
}
