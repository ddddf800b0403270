/**
 * The marker file Plan B puts in every folder it writes. A folder is replaced as a whole only
 * when it holds this marker (or is empty): it is how Plan B knows a folder is its own output and
 * not a user's work that happens to be named by a slip of `--out`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const MARKER_FILE = '.planb-output';

/** Fixed text, no date or path: the output stays byte-identical from run to run. */
export const MARKER_TEXT =
  'This folder was written by Plan B. The next `planb build` or `planb docs` with the same --out\n' +
  'replaces it as a whole: keep your own files elsewhere.\n';

export function hasMarker(dir: string): boolean {
  try {
    return fs.statSync(path.join(dir, MARKER_FILE)).isFile();
  } catch {
    return false;
  }
}
