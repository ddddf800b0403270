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
