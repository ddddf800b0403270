/**
 * Settings that must be in place before @pulumi/pulumi is first loaded. The SDK captures
 * `new Error().stack` about a hundred times per registered resource; with source maps on (tsx,
 * vitest) every frame is mapped. Off, and with no frames captured, registration is ~5x faster
 * (shared/notes/performance-floors.md). Resource source positions are unaffected: the SDK raises
 * the limit itself where it needs them. Only for in-process plans, never for `pulumi up`.
 */
let prepared = false;

export function prepareRuntime(): void {
  if (prepared) return;
  prepared = true;
  process.setSourceMapsEnabled(false);
  Error.stackTraceLimit = 0;
}

// Applied on import: modules that load Pulumi import this module first.
prepareRuntime();
