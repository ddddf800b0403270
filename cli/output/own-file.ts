/**
 * Single-file outputs (`planb plan --out`, `planb analyze --svg/--mermaid`) never overwrite the
 * input blueprint, nor a file Plan B did not write. A folder has its marker; a single file cannot
 * carry one in every format, so Plan B keeps a small ledger beside it (`.planb-files`: the SHA-256
 * of each file it wrote there). An existing file is replaced only when the ledger says Plan B wrote
 * exactly its present content; otherwise it is someone's (or was edited) and is refused unless
 * --force. The blueprint itself is refused even with --force.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomically } from './atomic-file';
import { fileSystemError, OutputError } from './errors';

export const LEDGER_FILE = '.planb-files';

function sha256(content: string | Uint8Array): string {
  return crypto.createHash('sha256').update(content).digest('hex');
}

function readLedger(dir: string): Map<string, string> {
  const ledger = new Map<string, string>();
  let text = '';
  try {
    text = fs.readFileSync(path.join(dir, LEDGER_FILE), 'utf8');
  } catch {
    return ledger;
  }
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (match) ledger.set(match[2]!, match[1]!);
  }
  return ledger;
}

function sameFile(a: fs.Stats, b: fs.Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

function refuse(message: string): never {
  throw new OutputError(message, { kind: 'usage' });
}

export interface OwnFileOptions {
  /** The files this run reads (the blueprint): never overwritten. */
  inputs: readonly string[];
  force?: boolean;
  /** The option that named the file, for messages (e.g. `--out`). */
  option: string;
}

/**
 * Throws when `target` may not be written; see the module comment for the rule. A target whose
 * folder does not exist fails here, with the words the write would use, rather than after the
 * seconds of work (a plan) that come before the write.
 */
export function checkOwnFile(target: string, options: OwnFileOptions): void {
  if (target.trim() === '') refuse(`${options.option} is empty (an unset variable in a script?); name the file to write`);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      try {
        fs.statSync(path.dirname(target));
      } catch (folderError) {
        if ((folderError as NodeJS.ErrnoException).code === 'ENOENT') throw fileSystemError(folderError, 'write', target);
      }
    }
    return;
  }
  for (const input of options.inputs) {
    let inputStat: fs.Stats | undefined;
    try {
      inputStat = fs.statSync(input);
    } catch {
      inputStat = undefined;
    }
    if (inputStat !== undefined && sameFile(stat, inputStat)) {
      refuse(
        `${options.option} ${target} is the blueprint being read; name another file, e.g. ${options.option} out/${path.basename(target, path.extname(target))}.txt`,
      );
    }
  }
  if (!stat.isFile()) refuse(`${options.option} ${target} exists and is not a regular file; name a file`);
  if (options.force === true) return;
  const recorded = readLedger(path.dirname(target)).get(path.basename(target));
  if (recorded === undefined || recorded !== sha256(fs.readFileSync(target))) {
    refuse(
      `${options.option} ${target} already exists and Plan B did not write it (or it was edited since); ` +
        'name another file, or add --force to replace it',
    );
  }
}

/** Writes `target` atomically after checkOwnFile, and records it in the ledger beside it. */
export function writeOwnFile(target: string, content: string | Uint8Array, options: OwnFileOptions): void {
  checkOwnFile(target, options);
  writeFileAtomically(target, content);
  const dir = path.dirname(target);
  const ledger = readLedger(dir);
  ledger.set(path.basename(target), sha256(content));
  const lines = [...ledger].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, hash]) => `${hash}  ${name}\n`);
  writeFileAtomically(
    path.join(dir, LEDGER_FILE),
    `# Files Plan B wrote here (SHA-256): it replaces only these, unchanged.\n${lines.join('')}`,
  );
}
