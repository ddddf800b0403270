/**
 * Where the schema uses a definition (every duration, every date), as path patterns for
 * forEachString: a field added to the schema is checked without editing a list here.
 */
import { SCHEMA_DEFS, SCHEMA_ROOT, type SchemaNode } from '../schema-nodes';

/** Patterns such as `processes/*\/rto` for every place `#/$defs/<name>` is used. */
export function pathsOf(name: string): string[] {
  const target = `#/$defs/${name}`;
  const found: string[] = [];
  const walk = (node: SchemaNode, path: string[], seen: ReadonlySet<string>): void => {
    if (node.$ref === target) {
      found.push(path.join('/'));
      return;
    }
    if (node.$ref !== undefined) {
      // No definition contains itself today; `seen` keeps a future recursive one from looping.
      if (seen.has(node.$ref)) return;
      const def = SCHEMA_DEFS[node.$ref.replace('#/$defs/', '')];
      if (def) walk(def, path, new Set([...seen, node.$ref]));
      return;
    }
    for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, [...path, key], seen);
    if (node.items) walk(node.items, [...path, '*'], seen);
  };
  walk(SCHEMA_ROOT, [], new Set());
  return found;
}
