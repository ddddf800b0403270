/**
 * Hard limits on input, so that no blueprint can exhaust memory or hang the loader.
 * A real blueprint is a few hundred kilobytes; the limits leave room for 10x the largest
 * synthetic benchmark (2,000 processes, 1.6 MB). docs/blueprint.md states them.
 */
export const LIMITS = {
  /** Bytes in one blueprint file. */
  maxFileBytes: 20 * 1024 * 1024,
  /** YAML nodes after alias expansion: stops billion-laughs documents. */
  maxExpandedNodes: 2_000_000,
  /** Nesting depth of mappings and sequences. */
  maxDepth: 64,
} as const;
