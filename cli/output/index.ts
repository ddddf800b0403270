/**
 * Everything a command needs to write its output safely:
 *
 *   const claim = claimOutputFolder(opts.out, { blueprint, force });  // refusals: before any work
 *   try { ...compute...; claim.write(files); } finally { claim.release(); }
 *
 * The claim checks the destination (guard.ts), takes the per-folder lock (lock.ts), and clears
 * what an interrupted run left behind (stale.ts); `write` replaces the folder atomically with the
 * marker inside (atomic-folder.ts). Single files go through writeOwnFile (own-file.ts).
 */
import { writeOutputAtomically, type OutputFile } from './atomic-folder';
import { checkOutputFolder, type OutputContext } from './guard';
import { lockOutput } from './lock';
import { cleanStaleLeftovers } from './stale';

export interface OutputClaim {
  /** The absolute path of the folder. */
  readonly path: string;
  write(files: readonly OutputFile[]): void;
  release(): void;
}

/** Checks `out` without touching anything; throws OutputError (kind usage) when it is refused. */
export function checkOutput(out: string, context: OutputContext): string {
  return checkOutputFolder(out, context);
}

/** Checks, locks and clears leftovers; the caller writes once and releases in `finally`. */
export function claimOutputFolder(out: string, context: OutputContext): OutputClaim {
  const target = checkOutputFolder(out, context);
  const release = lockOutput(target);
  try {
    cleanStaleLeftovers(target);
    // Checked again under the lock: another run may have written there since the first check.
    checkOutputFolder(out, context);
  } catch (error) {
    release();
    throw error;
  }
  return {
    path: target,
    write: (files) => writeOutputAtomically(target, files),
    release,
  };
}

export { checkRelativePath, writeOutputAtomically, type OutputFile } from './atomic-folder';
export { writeFileAtomically } from './atomic-file';
export { OutputError, isFileSystemError } from './errors';
export { checkOutputFolder } from './guard';
export { MARKER_FILE } from './marker';
export { LEDGER_FILE, checkOwnFile, writeOwnFile, type OwnFileOptions } from './own-file';
export type { OutputContext } from './guard';
