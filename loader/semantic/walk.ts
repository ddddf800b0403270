/**
 * Expands path patterns such as `services/*\/dependsOn/*` over untyped data. The semantic checks
 * run even when the schema check failed (so every mistake shows at once), so they must tolerate
 * any shape: a pattern simply yields nothing where the data is not what it expects.
 */
import { joinPointer } from '../source-map';

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Calls `fn` for each value the pattern reaches. The JSON pointer is built only when asked for,
 * and only during the call (the path is shared and moves on): checks need it for the few values
 * that are wrong, and building it for all was most of the cost.
 */
export function forEachMatch(data: unknown, pattern: string, fn: (value: unknown, pointer: () => string) => void): void {
  const segs = pattern.split('/');
  const path: (string | number)[] = [];
  const pointer = () => joinPointer(path);
  const step = (node: unknown, i: number): void => {
    if (i === segs.length) {
      fn(node, pointer);
      return;
    }
    const seg = segs[i] as string;
    if (seg === '*') {
      if (!Array.isArray(node)) return;
      for (let k = 0; k < node.length; k++) {
        path.push(k);
        step(node[k], i + 1);
        path.pop();
      }
    } else if (node !== null && typeof node === 'object' && !Array.isArray(node) && hasOwn.call(node, seg)) {
      path.push(seg);
      step((node as Record<string, unknown>)[seg], i + 1);
      path.pop();
    }
  };
  step(data, 0);
}

/** forEachMatch for string values only (ids, references, durations). */
export function forEachString(data: unknown, pattern: string, fn: (value: string, pointer: () => string) => void): void {
  forEachMatch(data, pattern, (value, pointer) => {
    if (typeof value === 'string') fn(value, pointer);
  });
}

/**
 * Every string value and every key of the data, in document order: for the checks that apply to
 * all text whatever its place (secrets, invisible characters). `onKey` returns true to skip the
 * key's value (a key that already says what is wrong with it). Iterates a shared path, so the
 * pointer, again, is valid only during the call.
 */
export function forEachText(
  data: unknown,
  onString: (value: string, pointer: () => string) => void,
  onKey: (key: string, value: unknown, pointer: () => string) => boolean,
): void {
  const path: (string | number)[] = [];
  const pointer = () => joinPointer(path);
  const visit = (node: unknown): void => {
    if (typeof node === 'string') onString(node, pointer);
    else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        visit(node[i]);
        path.pop();
      }
    } else if (node !== null && typeof node === 'object') {
      for (const key in node) {
        const value = (node as Record<string, unknown>)[key];
        path.push(key);
        if (!onKey(key, value, pointer)) visit(value);
        path.pop();
      }
    }
  };
  visit(data);
}
