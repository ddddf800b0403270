/**
 * Writing a folder of generated files so that nothing is ever half-written.
 *
 * Every file goes to a fresh temporary folder beside the target (same parent, so the same file
 * system and `rename` is atomic), is flushed, and only then is the folder renamed into place. An
 * existing target is moved aside first and removed only after the new one is in place; if the
 * swap fails, it is moved back. The whole folder is replaced: files of an older run that the new
 * run no longer produces do not linger.
 */
import { execFileSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileSystemError, OutputError } from './errors';
import { MARKER_FILE, MARKER_TEXT } from './marker';
import { tempName } from './stale';

export interface OutputFile {
  /** Relative, `/`-separated, without `..`. */
  path: string;
  content: string | Uint8Array;
}

/** A path safe to join under the output folder, or an error naming it. */
export function checkRelativePath(p: string): string {
  const norm = path.posix.normalize(p);
  if (
    p === '' ||
    p.includes('\\') ||
    p.includes('\0') ||
    path.posix.isAbsolute(p) ||
    norm.startsWith('../') ||
    norm === '..' ||
    norm !== p
  ) {
    throw new OutputError(`refusing to write "${p}": output paths must be relative, normalised and stay inside the output folder`);
  }
  return norm;
}

/**
 * Flushes the new files to disk before the folder is renamed into place. On Linux one `syncfs`
 * for the whole file system (coreutils `sync -f`) instead of an fsync per file: fsync costs
 * milliseconds a file on these machines, 47 of the 56 s a 2,000-process build took (10,000
 * files). Where `sync -f` is missing or fails, each file is fsynced as before.
 */
function flushToDisk(temp: string, files: readonly string[]): void {
  if (process.platform === 'linux') {
    try {
      execFileSync('sync', ['-f', temp], { stdio: 'ignore' });
      return;
    } catch {
      // No coreutils `sync` (BusyBox has no -f): the portable way below.
    }
  }
  for (const file of files) {
    const fd = fs.openSync(file, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
}

/** Write `files` as the whole content of `dir`, atomically from a reader's point of view. */
export function writeOutputAtomically(dir: string, files: readonly OutputFile[]): void {
  const folder = openOutputFolder(dir);
  try {
    for (const f of files) folder.add(f.path, f.content);
  } catch (err) {
    folder.abort();
    throw err;
  }
  folder.commit();
}

/**
 * A folder being written: each file goes to the temporary folder as soon as it is added (a build
 * of 10,000 processes makes ~50,000 files, 440 MB: holding them all until the end was most of its
 * memory and a third of its time in garbage collection), and `commit` flushes and renames the
 * whole folder into place. Until then the target is untouched; `abort` removes the temporary folder.
 */
export interface OutputFolderWriter {
  /** Writes one file now; `path` is relative and `/`-separated. */
  add(path: string, content: string | Uint8Array): void;
  /** A file written in pieces, for one too large to hold (the printable documents.html). */
  addStream(path: string): { write(chunk: string): void; close(): void };
  /** How many files were added. */
  readonly count: number;
  commit(): void;
  abort(): void;
}

/** The sibling folder a run writes into (and the name the replaced one gets), made beside the target. */
function makeTempFolder(dir: string): { target: string; temp: string; old: string } {
  const target = path.resolve(dir);
  const parent = path.dirname(target);
  if (fs.existsSync(target) && !fs.statSync(target).isDirectory()) {
    throw new OutputError(`${dir} exists and is not a folder; choose another --out`);
  }
  try {
    fs.mkdirSync(parent, { recursive: true });
  } catch (err) {
    throw fileSystemError(err, 'create the folder', parent);
  }
  const tag = `${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  const temp = tempName(target, 'tmp', tag);
  const old = tempName(target, 'old', tag);
  try {
    fs.mkdirSync(temp);
  } catch (err) {
    throw fileSystemError(err, 'write into', parent, `; ${dir} is unchanged`);
  }
  return { target, temp, old };
}

export function openOutputFolder(dir: string): OutputFolderWriter {
  const { target, temp, old } = makeTempFolder(dir);
  const seen = new Set<string>();
  const written: string[] = [];
  // Each folder made once: a mkdir per file was a system call per file for nothing.
  const made = new Set<string>([temp]);
  let open = true;
  const fail = (err: unknown): never => {
    abort();
    if (err instanceof OutputError) throw err;
    throw fileSystemError(err, 'write the output into', temp, `; ${dir} is unchanged`);
  };
  function abort(): void {
    open = false;
    fs.rmSync(temp, { recursive: true, force: true });
  }
  /** The full path for a new file, its folder made; refuses a bad, repeated or reserved path. */
  function place(p: string): string {
    if (!open) throw new OutputError(`internal: a file was added to ${dir} after it was committed or abandoned`);
    const rel = checkRelativePath(p);
    if (seen.has(rel)) throw new OutputError(`two generated files share the path "${rel}"`);
    if (rel === MARKER_FILE) throw new OutputError(`"${rel}" is Plan B's own marker; a generator may not write it`);
    seen.add(rel);
    const full = path.join(temp, ...rel.split('/'));
    const folder = path.dirname(full);
    if (!made.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    written.push(full);
    return full;
  }
  try {
    // The marker first: a run killed half-way leaves a folder the next run knows as its own.
    fs.writeFileSync(path.join(temp, MARKER_FILE), MARKER_TEXT, { flag: 'wx', mode: 0o644 });
    written.push(path.join(temp, MARKER_FILE));
  } catch (err) {
    fail(err);
  }
  return {
    get count() {
      return seen.size;
    },
    add(p, content) {
      try {
        fs.writeFileSync(place(p), content, { flag: 'wx', mode: 0o644 });
      } catch (err) {
        fail(err);
      }
    },
    addStream(p) {
      let fd: number | undefined;
      try {
        fd = fs.openSync(place(p), 'wx', 0o644);
      } catch (err) {
        fail(err);
      }
      return streamInto(fd as number, fail);
    },
    abort,
    commit() {
      if (!open) throw new OutputError(`internal: ${dir} was committed twice or after it was abandoned`);
      try {
        flushToDisk(temp, written);
      } catch (err) {
        fail(err);
      }
      open = false;
      swapIntoPlace(dir, target, temp, old);
    },
  };
}

/** A stream's chunks written as they come; any failure abandons the whole folder (`fail`). */
function streamInto(fd: number, fail: (err: unknown) => never): { write(chunk: string): void; close(): void } {
  return {
    write(chunk: string) {
      try {
        writeAll(fd, Buffer.from(chunk, 'utf8'));
      } catch (err) {
        fail(err);
      }
    },
    close() {
      try {
        fs.closeSync(fd);
      } catch (err) {
        fail(err);
      }
    },
  };
}

/** The finished folder replaces the target by two renames; on failure the previous content comes back. */
function swapIntoPlace(dir: string, target: string, temp: string, old: string): void {
  const hadTarget = fs.existsSync(target);
  try {
    if (hadTarget) fs.renameSync(target, old);
    fs.renameSync(temp, target);
  } catch (err) {
    if (hadTarget && !fs.existsSync(target) && fs.existsSync(old)) fs.renameSync(old, target);
    fs.rmSync(temp, { recursive: true, force: true });
    throw fileSystemError(err, 'move the new output into', dir, '; the previous content is kept');
  }
  if (hadTarget) fs.rmSync(old, { recursive: true, force: true });
}

/** write(2) may write less than asked (a full disk, a signal): loop until every byte is out. */
function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done);
}
