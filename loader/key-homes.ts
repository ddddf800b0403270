/**
 * A key written one level off: `vault:` or `holders:` straight under a service (they belong in its
 * `access`), `phone:` under a person (a contact). The unknown-key hint then names the mapping the
 * key belongs in, instead of listing the keys of the wrong one.
 */
import { deref, type SchemaNode } from './schema-nodes';

/** Where `key`, unknown in the mapping `node`, belongs among its children, as a hint; undefined when nowhere. */
export function keyHome(node: SchemaNode, key: string): string | undefined {
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const inner = deref(child);
    if (deref(inner?.properties?.[key]) !== undefined) return `"${key}" belongs inside ${name}: write ${name}: { ${key}: ... }`;
    const item = deref(inner?.items);
    if (deref(item?.properties?.[key]) !== undefined) return `"${key}" belongs in each item of ${name}: write ${name}: [{ ${key}: ... }]`;
    // A way to reach someone written as a key: `phone: ...` is the contact { kind: phone, value: ... }.
    if (deref(item?.properties?.kind)?.enum?.includes(key) && deref(item?.properties?.value) !== undefined) {
      return `write it as one of the ${name}: ${name}: [{ kind: ${key}, value: ... }]`;
    }
  }
  return undefined;
}
