/**
 * Reads a blueprint file as text, refusing what is not a blueprint before any parsing:
 * a missing path, a directory, an oversized file, bytes that are not UTF-8 text.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { LIMITS } from './limits';
import { wideEncoding } from './encoding';
import type { Diagnostic } from './diagnostics';

export type SourceText = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readSource(file: string): SourceText {
  const fail = (code: Diagnostic['code'], message: string, hint: string): SourceText => ({
    ok: false,
    diagnostic: { file, line: 0, column: 0, severity: 'error', code, message, hint },
  });
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('PB001', 'no such file', 'check the path; `planb init` writes a starter blueprint');
    if (code === 'EACCES') return fail('PB001', 'permission denied', 'make the file readable');
    return fail('PB001', `cannot open the file (${code ?? 'unknown error'})`, 'check the path');
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return fail('PB001', 'this is a directory, not a file', 'name the blueprint file, e.g. blueprints/online-shop.yaml');
    if (!stat.isFile()) return fail('PB001', 'this is not a regular file', 'name a YAML file');
    if (stat.size > LIMITS.maxFileBytes) {
      return fail(
        'PB002',
        `the file is ${megabytes(stat.size)} MB; the limit is ${megabytes(LIMITS.maxFileBytes)} MB`,
        'a blueprint describes one business; split generated data out of it',
      );
    }
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return decode(bytes.subarray(0, read), fail);
  } finally {
    closeSync(fd);
  }
}

function decode(
  bytes: Uint8Array,
  fail: (code: Diagnostic['code'], message: string, hint: string) => SourceText,
): SourceText {
  const wide = wideEncoding(bytes);
  if (wide !== undefined) {
    return fail('PB003', `the file is ${wide}; Plan B reads only UTF-8`,
      'save it as UTF-8 (in the editor: Save with Encoding > UTF-8; in PowerShell: Set-Content -Encoding utf8)');
  }
  if (bytes.includes(0)) return fail('PB003', 'the file holds binary data (NUL bytes)', 'a blueprint is a YAML text file');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail('PB003', 'the file is not valid UTF-8 text', 'save it as UTF-8 (most editors offer this under "encoding")');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail('PB004', 'the file is empty', 'start from `planb init`, which writes a commented starter blueprint');
  return { ok: true, text };
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
