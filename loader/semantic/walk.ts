/**
 * Expands path patterns such as `services/*\/dependsOn/*` over untyped data. The semantic checks
 * run even when the schema check failed (so every mistake shows at once), so they must tolerate
 * any shape: a pattern simply yields nothing where the data is not what it expects.
 */
import { joinPointer } from '../source-map';

export interface Found {
  pointer: string;
  value: unknown;
}

export function expand(data: unknown, pattern: string): Found[] {
  const out: Found[] = [];
  const segs = pattern.split('/');
  const step = (node: unknown, i: number, path: (string | number)[]): void => {
    if (i === segs.length) {
      out.push({ pointer: joinPointer(path), value: node });
      return;
    }
    const seg = segs[i] as string;
    if (seg === '*') {
      if (Array.isArray(node)) node.forEach((item, k) => step(item, i + 1, [...path, k]));
      return;
    }
    if (node !== null && typeof node === 'object' && !Array.isArray(node) && Object.prototype.hasOwnProperty.call(node, seg)) {
      step((node as Record<string, unknown>)[seg], i + 1, [...path, seg]);
    }
  };
  step(data, 0, []);
  return out;
}

/** Like expand, keeping only string values (ids, references). */
export function expandStrings(data: unknown, pattern: string): { pointer: string; value: string }[] {
  return expand(data, pattern).filter((f): f is { pointer: string; value: string } => typeof f.value === 'string');
}
