/**
 * A newcomer often writes what staff call a thing ("Anna Keller", "Café internet") where a
 * reference wants its id. Instead of a "did you mean" on spelling, the error then names the id
 * that name belongs to. Built per kind only when a reference misses, so valid blueprints pay nothing.
 */
import { forEachMatch } from './walk';

/** Folds case, spacing and quotes, so "anna  keller" finds "Anna Keller". */
function fold(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/**
 * For the declarations at `idPattern` (`people/*\/id`), a lookup from a written name to the id of
 * the one element carrying it; a name two elements share finds nothing (it would only guess).
 */
export function idsByName(data: unknown, idPattern: string): (written: string) => string | undefined {
  const elements = idPattern.replace(/\/id$/, '');
  const found = new Map<string, string | null>();
  forEachMatch(data, elements, (element) => {
    if (element === null || typeof element !== 'object') return;
    const { id, name } = element as Record<string, unknown>;
    if (typeof id !== 'string' || typeof name !== 'string') return;
    const key = fold(name);
    found.set(key, found.has(key) ? null : id);
  });
  return (written) => found.get(fold(written)) ?? undefined;
}
