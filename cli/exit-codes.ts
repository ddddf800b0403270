/**
 * Exit codes every command shares: CI keys on them. A file-system problem (permission, read-only
 * disk) is the user's to fix and exits 1 with the path; 3 is kept for Plan B's own bugs.
 */
export const EXIT = {
  ok: 0,
  /** The blueprint is wrong (or, for analyze, findings at or above --fail-on). */
  invalid: 1,
  /** The command line is wrong, or names a destination Plan B refuses to replace. */
  usage: 2,
  /** A bug in Plan B itself (an unexpected exception); never the user's input. */
  bug: 3,
} as const;

/**
 * An error the JavaScript engine raised (a TypeError, a RangeError such as a blown stack...), a
 * throw that is no Error at all, or the plan meeting what validate should have refused
 * (stacks/map/notes.ts, LoaderGapError, told by its name), or the plan's thread ending without
 * an answer (pipeline/thread-errors.ts, PlanThreadError): a bug in Plan B wherever it happens, never
 * the user's input, so it must end as EXIT.bug, not as the invalid blueprint a component's refusal
 * is reported as.
 */
export function isEngineError(error: unknown): boolean {
  return (
    !(error instanceof Error) ||
    error.name === 'LoaderGapError' ||
    error.name === 'PlanThreadError' ||
    error instanceof TypeError ||
    error instanceof RangeError ||
    error instanceof ReferenceError ||
    error instanceof SyntaxError ||
    error instanceof EvalError ||
    error instanceof URIError
  );
}
