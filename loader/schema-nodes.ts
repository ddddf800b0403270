/**
 * The blueprint's JSON Schema as a tree to walk: its nodes, its definitions, and a reference
 * followed to what it names. For the checks that read the schema itself (the keys allowed at a
 * place, where a misplaced key belongs, where a definition is used).
 */
import schema from '../schemas/blueprint.schema.json';

export interface SchemaNode {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  maxItems?: number;
  uniqueItems?: boolean;
  required?: string[];
}

export const SCHEMA_ROOT = schema as unknown as SchemaNode;

/** The definitions, by name (`duration`, `person`...). */
export const SCHEMA_DEFS = (schema as unknown as { $defs: Record<string, SchemaNode> }).$defs;

/** The node itself, or the definition its `$ref` names (followed until there is no `$ref`). */
export function deref(node: SchemaNode | undefined): SchemaNode | undefined {
  return node?.$ref !== undefined ? deref(SCHEMA_DEFS[node.$ref.replace('#/$defs/', '')]) : node;
}
