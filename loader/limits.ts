/**
 * Hard limits on input, so that no blueprint can exhaust memory or hang the loader.
 * A real blueprint is a few hundred kilobytes; the limits leave room for 10x the largest
 * synthetic benchmark (2,000 processes, 1.6 MB). docs/blueprint.md states them.
 */
export const LIMITS = {
  /** Bytes in one blueprint file. */
  maxFileBytes: 20 * 1024 * 1024,
  /** YAML nodes after alias expansion: stops billion-laughs documents (and absurdly large ones). */
  maxExpandedNodes: 2_000_000,
  /** Nesting depth of mappings and sequences. */
  maxDepth: 64,
  /**
   * Services one service rests on through dependsOn, directly or through the services it depends
   * on. The analysis and the runbooks list, for each service, everything behind it: a chain of n
   * services is n²/2 of that, so this limit is what keeps them linear (semantic/dependency-reach.ts).
   */
  maxDependencyReach: 100,
  /**
   * Diagnostics reported per file; the rest are counted in one closing diagnostic (PB005).
   * Nobody reads more, and collecting them unbounded made a small file of repeated mistakes
   * take minutes (Ajv's all-errors mode copies its error list at every nested definition).
   */
  maxDiagnostics: 200,
  /**
   * Edit-distance comparisons for "did you mean" hints in one file. Hints are worked out only
   * for the diagnostics shown; past this budget a hint lists candidates instead of guessing.
   */
  maxSuggestionComparisons: 500_000,
} as const;
