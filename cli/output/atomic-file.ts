/**
 * Writing one file so that a reader sees the old content or the new, never half: the text goes to
 * a temporary sibling that is renamed over the target; on failure the temporary file is removed.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { fileSystemError } from './errors';

export function writeFileAtomically(target: string, content: string | Uint8Array): void {
  const temp = `${target}.planb-tmp-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  try {
    fs.writeFileSync(temp, content);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw fileSystemError(error, 'write', target);
  }
}
