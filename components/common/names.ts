import { createHash } from 'node:crypto';

/**
 * Child resource names come from the component name plus a stable key taken
 * from the args (an id, a record name, a value), never from an array index:
 * reordering or editing one entry must not rename its neighbours.
 */
export function childName(component: string, ...keys: string[]): string {
  return [component, ...keys.map(sanitizeKey)].join('-');
}

/** Lower-cases and replaces anything outside [a-z0-9-] so keys are URN-safe. */
export function sanitizeKey(key: string): string {
  const cleaned = key
    .toLowerCase()
    .replace(/^@$/, 'apex')
    .replace(/\*/g, 'wildcard')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cleaned === '' ? 'x' : cleaned;
}

/** Short, stable digest for keys that are values (for example one of several A records). */
export function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 8);
}

/** Throws when two entries share an id, naming the argument and the duplicate. */
export function checkUniqueIds(arg: string, ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      throw new Error(`${arg}: id "${id}" appears more than once; give every entry a unique id`);
    }
    seen.add(id);
  }
}
