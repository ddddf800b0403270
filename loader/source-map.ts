/**
 * Where each YAML node was written, recorded during the one js-yaml parse.
 *
 * js-yaml returns plain values with no positions, and re-parsing with a position-keeping parser
 * costs 10x (shared/notes/performance-floors.md). Its `listener` option reports every node as it
 * opens and closes, so we keep a light tree of frames (start offset, children) beside the data and
 * turn an offset into line:column only for the few nodes a diagnostic or finding points at.
 */
import type { SourceLocator, SourcePosition } from '../model/model';

export interface NodeFrame {
  /** Offset where js-yaml began reading the node (may sit before separating spaces/comments). */
  readonly start: number;
  /** For mappings: key names and, at 2i and 2i+1, the key's and the value's frames. */
  keys?: string[];
  pairs?: NodeFrame[];
  /** The parsed value (kept to tell empty values, which have no text of their own). */
  result?: unknown;
  /** Built from keys/pairs on the first lookup only: most mappings are never looked into. */
  entries?: Map<string, { key: NodeFrame; value: NodeFrame | undefined }>;
  /** For sequences: the item frames. */
  items?: NodeFrame[];
  /** For an alias: the frame of the anchored node it repeats. */
  target?: NodeFrame;
}

function entriesOf(frame: NodeFrame): NodeFrame['entries'] {
  if (!frame.entries && frame.keys && frame.pairs) {
    frame.entries = new Map();
    frame.keys.forEach((name, i) => {
      const key = frame.pairs?.[2 * i];
      const value = frame.pairs?.[2 * i + 1];
      // An empty value (`key:`) has no text of its own; point at its key instead.
      if (key) frame.entries?.set(name, { key, value: value?.result === null ? undefined : value });
    });
  }
  return frame.entries;
}

export class YamlSourceMap implements SourceLocator {
  private lineStarts: number[] | undefined;

  constructor(
    readonly file: string,
    private readonly text: string,
    private readonly root: NodeFrame | undefined,
  ) {}

  locate(pointer: string): SourcePosition {
    return this.position(this.walk(pointer).value);
  }

  locateKey(pointer: string): SourcePosition {
    const found = this.walk(pointer);
    return this.position(found.key ?? found.value);
  }

  /** Follows a JSON pointer down the frames; stops at the deepest node that was written. */
  private walk(pointer: string): { value: NodeFrame | undefined; key?: NodeFrame } {
    let frame = this.root;
    let key: NodeFrame | undefined;
    for (const segment of splitPointer(pointer)) {
      const here = frame?.target ?? frame;
      const entries = here && entriesOf(here);
      if (entries) {
        const entry = entries.get(segment);
        if (!entry) return { value: here };
        key = entry.key;
        frame = entry.value ?? entry.key;
      } else if (here?.items) {
        const item = here.items[Number(segment)];
        if (!item) return { value: here };
        key = undefined;
        frame = item;
      } else {
        return { value: here };
      }
    }
    return key ? { value: frame, key } : { value: frame };
  }

  private position(frame: NodeFrame | undefined): SourcePosition {
    const offset = frame ? skipToContent(this.text, frame.start) : 0;
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

/** Skips what js-yaml reads before a node's content: spaces, line breaks, comments, `- ` of items. */
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
