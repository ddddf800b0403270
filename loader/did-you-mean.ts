import { distance } from 'fastest-levenshtein';
import { LIMITS } from './limits';

/**
 * How many edit-distance comparisons one file may still spend on "did you mean" hints. Each
 * comparison is cheap, but thousands of misspelt references against thousands of ids are not.
 */
export class SuggestionBudget {
  constructor(public left: number = LIMITS.maxSuggestionComparisons) {}
}

/**
 * The closest candidate to a misspelt name, if it is close enough to be a likely typo.
 * Candidates whose length alone rules them out cost nothing; when the budget runs out the
 * search gives up (no guess rather than an unbounded one).
 */
export function closest(name: string, candidates: Iterable<string>, budget?: SuggestionBudget): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = name.toLowerCase();
  // Allow about one edit in three characters: "rtoo" -> "rto", not "crm" -> "erp".
  const allowed = Math.max(1, Math.floor(name.length / 3));
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    // The distance is at least the difference in length.
    if (Math.abs(other.length - lower.length) > Math.min(allowed, bestDistance)) continue;
    if (budget && budget.left-- <= 0) return undefined;
    const d = distance(lower, other);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

export function didYouMean(name: string, candidates: Iterable<string>, budget?: SuggestionBudget): string {
  const match = closest(name, candidates, budget);
  return match === undefined ? '' : `did you mean "${match}"?`;
}
