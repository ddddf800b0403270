/**
 * Writing a folder of generated files so that nothing is ever half-written.
 *
 * Every file goes to a fresh temporary folder beside the target (same parent, so the same file
 * system and `rename` is atomic), is flushed, and only then is the folder renamed into place. An
 * existing target is moved aside first and removed only after the new one is in place; if the
 * swap fails, it is moved back. The whole folder is replaced: files of an older run that the new
 * run no longer produces do not linger.
 */
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
  if (p === '' || p.includes('\\') || p.includes('\0') || path.posix.isAbsolute(p) || norm.startsWith('../') || norm === '..' || norm !== p) {
    throw new OutputError(`refusing to write "${p}": output paths must be relative, normalised and stay inside the output folder`);
  }
  return norm;
}

function writeFileSynced(file: string, content: string | Uint8Array): void {
  const fd = fs.openSync(file, 'wx', 0o644);
  try {
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Write `files` as the whole content of `dir`, atomically from a reader's point of view. */
export function writeOutputAtomically(dir: string, files: readonly OutputFile[]): void {
  const target = path.resolve(dir);
  const parent = path.dirname(target);
  const seen = new Set<string>();
  for (const f of files) {
    const p = checkRelativePath(f.path);
    if (seen.has(p)) throw new OutputError(`two generated files share the path "${p}"`);
    if (p === MARKER_FILE) throw new OutputError(`"${p}" is Plan B's own marker; a generator may not write it`);
    seen.add(p);
  }
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
  try {
    // The marker first: a run killed half-way leaves a folder the next run knows as its own.
    writeFileSynced(path.join(temp, MARKER_FILE), MARKER_TEXT);
    for (const f of files) {
      const full = path.join(temp, ...f.path.split('/'));
      fs.mkdirSync(path.dirname(full), { recursive: true });
      writeFileSynced(full, f.content);
    }
  } catch (err) {
    fs.rmSync(temp, { recursive: true, force: true });
    if (err instanceof OutputError) throw err;
    throw fileSystemError(err, 'write the output into', temp, `; ${dir} is unchanged`);
  }
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
