/**
 * Reads a blueprint file as text, refusing what is not a blueprint before any parsing: a missing
 * path, a directory, a named pipe, socket or device (refused before anything can block on them),
 * an oversized file, bytes that are not UTF-8 text. `-` reads standard input (never a terminal).
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import { basename, dirname } from 'node:path';
import { isatty } from 'node:tty';
import { LIMITS } from './limits';
import { wideEncoding } from './encoding';
import type { Diagnostic } from './diagnostics';

export type SourceText = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

type Fail = (code: Diagnostic['code'], message: string, hint: string, at?: { line: number; column: number }) => SourceText;

/** The name diagnostics give standard input. */
export const STDIN_NAME = '<stdin>';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readSource(file: string): SourceText {
  const name = file === '-' ? STDIN_NAME : file;
  const fail: Fail = (code, message, hint, at = { line: 0, column: 0 }) => ({
    ok: false,
    diagnostic: { file: name, ...at, severity: 'error', code, message, hint },
  });
  if (file === '-') return readStandardInput(fail);
  const opened = openWithoutBlocking(file, fail);
  if (typeof opened !== 'number') return opened;
  try {
    const stat = fstatSync(opened);
    const refused = refuseSpecial(stat, fail);
    if (refused !== undefined) return refused;
    if (stat.size > LIMITS.maxFileBytes) return tooLarge(`the file is ${megabytes(stat.size)} MB`, fail);
    return decode(readAll(opened, stat.size), fail);
  } finally {
    closeSync(opened);
  }
}

/**
 * Opens for reading with O_NONBLOCK, so a named pipe with no writer cannot hang the open (it is
 * refused right after, by its type). A name whose bytes are not UTF-8 reaches Node as text with
 * U+FFFD in place of those bytes; it is looked up again among the folder's raw names.
 */
function openWithoutBlocking(file: string, fail: Fail): number | SourceText {
  const flags = constants.O_RDONLY | constants.O_NONBLOCK;
  try {
    return openSync(file, flags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && file.includes('\uFFFD')) {
      const raw = rawName(file);
      if (raw !== undefined) {
        try {
          return openSync(raw, flags);
        } catch {
          /* reported below as the original error */
        }
      }
    }
    return openFailure(code, fail);
  }
}

function rawName(file: string): Buffer | undefined {
  let entries: Buffer[];
  try {
    entries = readdirSync(dirname(file), { encoding: 'buffer' });
  } catch {
    return undefined;
  }
  const matches = entries.filter((entry) => entry.toString('utf8') === basename(file));
  if (matches.length !== 1) return undefined;
  return Buffer.concat([Buffer.from(`${dirname(file)}/`), matches[0]!]);
}

function openFailure(code: string | undefined, fail: Fail): SourceText {
  switch (code) {
    case 'ENOENT':
      return fail('PB001', 'no such file', 'check the path; `planb init` writes a starter blueprint');
    case 'EACCES':
    case 'EPERM':
      return fail('PB001', 'permission denied', 'make the file readable (chmod u+r) or run as its owner');
    case 'ENXIO':
      return fail('PB001', 'this is a socket, not a file', 'name a YAML file, or pipe it in with `-`');
    case 'ENOTDIR':
      return fail('PB001', 'a part of the path is a file, not a folder', 'check the path');
    case 'ELOOP':
      return fail('PB001', 'the path is a loop of symbolic links', 'point the link at the blueprint file');
    case 'ENAMETOOLONG':
      return fail('PB001', 'the path is too long', 'use a shorter path');
    default:
      return fail('PB001', `cannot open the file (${code ?? 'unknown error'})`, 'check the path');
  }
}

function refuseSpecial(stat: Stats, fail: Fail): SourceText | undefined {
  if (stat.isDirectory())
    return fail('PB001', 'this is a directory, not a file', 'name the blueprint file, e.g. blueprints/online-shop.yaml');
  if (stat.isFIFO())
    return fail(
      'PB001',
      'this is a named pipe, not a file',
      'name a YAML file; to read a pipe, give `-` and redirect it: planb validate - < pipe',
    );
  if (stat.isSocket()) return fail('PB001', 'this is a socket, not a file', 'name a YAML file');
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return fail('PB001', 'this is a device, not a file', 'name a YAML file');
  if (!stat.isFile()) return fail('PB001', 'this is not a regular file', 'name a YAML file');
  return undefined;
}

function tooLarge(what: string, fail: Fail): SourceText {
  return fail(
    'PB002',
    `${what}; the limit is ${megabytes(LIMITS.maxFileBytes)} MB`,
    'a blueprint describes one business; split generated data out of it',
  );
}

function readAll(fd: number, size: number): Uint8Array {
  const bytes = Buffer.alloc(size);
  let read = 0;
  while (read < size) {
    const n = readSync(fd, bytes, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  return bytes.subarray(0, read);
}

/** Standard input, read to its end but never past the size limit; a terminal is refused. */
function readStandardInput(fail: Fail): SourceText {
  if (isatty(0)) {
    return fail('PB001', 'standard input is a terminal, not a file', 'pipe the blueprint in: planb validate - < blueprint.yaml');
  }
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A non-blocking descriptor with nothing yet: wait briefly and try again.
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === 'EOF') break;
      return fail('PB001', `cannot read standard input (${code ?? 'unknown error'})`, 'pipe a file in: planb validate - < blueprint.yaml');
    }
    if (n === 0) break;
    total += n;
    if (total > LIMITS.maxFileBytes) return tooLarge('standard input holds more than the limit', fail);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return decode(Buffer.concat(chunks), fail);
}

function decode(bytes: Uint8Array, fail: Fail): SourceText {
  const wide = wideEncoding(bytes);
  if (wide !== undefined) {
    return fail(
      'PB003',
      `the file is ${wide}; Plan B reads only UTF-8`,
      'save it as UTF-8 (in the editor: Save with Encoding > UTF-8; in PowerShell: Set-Content -Encoding utf8)',
      { line: 1, column: 1 },
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return fail(
      'PB003',
      'the file holds binary data (a NUL byte)',
      'a blueprint is a YAML text file; if it is one, delete the invisible character here (a bad copy and paste leaves it)',
      bytePosition(bytes, nul),
    );
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail(
      'PB003',
      'the file is not valid UTF-8 text (a byte here is not UTF-8)',
      'save it as UTF-8 (most editors offer this under "encoding"), or retype the character here',
      bytePosition(bytes, firstInvalidUtf8(bytes)),
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail('PB004', 'the file is empty', 'start from `planb init`, which writes a commented starter blueprint');
  return { ok: true, text };
}

const lenient = new TextDecoder('utf-8');

/** 1-based line and column (UTF-16 units, as editors and the other diagnostics count) of a byte. */
function bytePosition(bytes: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < at; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: lenient.decode(bytes.subarray(start, at)).length + 1 };
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n === -1) return i;
    if (n > 0) {
      // The shortest form only, no surrogates, nothing past U+10FFFF (what the fatal decoder refuses).
      const second = bytes[i + 1] ?? 0;
      const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
      const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
      if (second < low || second > high) return i;
      for (let k = 2; k <= n; k++) {
        const c = bytes[i + k] ?? 0;
        if (c < 0x80 || c > 0xbf) return i;
      }
    }
    i += n + 1;
  }
  return bytes.length;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
