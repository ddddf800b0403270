/**
 * Everything a command needs to write its output safely:
 *
 *   checkOutputFolder(opts.out, context);                 // refusals, before any work
 *   const claim = claimOutputFolder(opts.out, context);   // after the blueprint loaded
 *   try { ...compute...; claim.write(files); } finally { claim.release(); }
 *
 * The claim checks the destination (guard.ts), takes the per-folder lock (lock.ts), and clears
 * what an interrupted run left behind (stale.ts); `write` replaces the folder atomically with the
 * marker inside (atomic-folder.ts). Single files go through writeOwnFile (own-file.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openOutputFolder, writeOutputAtomically, type OutputFile, type OutputFolderWriter } from './atomic-folder';
import { fileSystemError } from './errors';
import { checkOutputFolder, type OutputContext } from './guard';
import { lockOutput } from './lock';
import { cleanStaleLeftovers } from './stale';

export interface OutputClaim {
  /** The absolute path of the folder. */
  readonly path: string;
  write(files: readonly OutputFile[]): void;
  /** The folder written file by file as the files are made (commit once; release aborts it otherwise). */
  open(): OutputFolderWriter;
  release(): void;
}

/** Checks, locks and clears leftovers; the caller writes once and releases in `finally`. */
export function claimOutputFolder(out: string, context: OutputContext): OutputClaim {
  const target = checkOutputFolder(out, context);
  const created = makeParent(target);
  let written = false;
  let unlock: () => void = () => undefined;
  let pending: OutputFolderWriter | undefined;
  // A run that ends without writing leaves no folder it created on the way (`--out new/a/b`),
  // and no temporary folder of a write it started.
  const release = () => {
    if (pending !== undefined && !written) pending.abort();
    unlock();
    if (!written && created !== undefined) removeEmptyUpTo(path.dirname(target), created);
  };
  try {
    unlock = lockOutput(target);
    cleanStaleLeftovers(target);
    // Checked again under the lock: another run may have written there since the first check.
    checkOutputFolder(out, context);
  } catch (error) {
    release();
    throw error;
  }
  return {
    path: target,
    write: (files) => {
      writeOutputAtomically(target, files);
      written = true;
    },
    open: () => {
      const folder = openOutputFolder(target);
      pending = folder;
      return {
        add: (p, content) => folder.add(p, content),
        addStream: (p) => folder.addStream(p),
        get count() {
          return folder.count;
        },
        abort: () => folder.abort(),
        commit: () => {
          folder.commit();
          written = true;
        },
      };
    },
    release,
  };
}

/** Creates the folder that will hold `target`; returns the first folder it had to create. */
function makeParent(target: string): string | undefined {
  try {
    return fs.mkdirSync(path.dirname(target), { recursive: true });
  } catch (error) {
    throw fileSystemError(error, 'create the folder', path.dirname(target));
  }
}

function removeEmptyUpTo(dir: string, top: string): void {
  for (let at = dir; ; at = path.dirname(at)) {
    try {
      fs.rmdirSync(at);
    } catch {
      return;
    }
    if (at === top || path.dirname(at) === at) return;
  }
}

export { checkRelativePath, writeOutputAtomically, type OutputFile } from './atomic-folder';
export { writeFileAtomically } from './atomic-file';
export { OutputError, isFileSystemError } from './errors';
export { checkOutputFolder } from './guard';
export { MARKER_FILE } from './marker';
export { LEDGER_FILE, checkOwnFile, writeOwnFile, type OwnFileOptions } from './own-file';
export type { OutputContext } from './guard';
