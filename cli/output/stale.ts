/**
 * Leftovers of an interrupted run: the temporary folder a killed build was writing
 * (`.<name>.tmp-<pid>-<hex>`) and the previous output it had moved aside (`.<name>.old-<pid>-<hex>`).
 * Removed by the next run into the same folder, but only Plan B's own (the name pattern, and the
 * marker or an empty folder) and only once their process is gone. A previous output moved aside
 * just before the kill is put back when nothing took its place, so nothing is lost.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hasMarker } from './marker';
import { processAlive } from './process-alive';

export function tempName(target: string, kind: 'tmp' | 'old', tag: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${kind}-${tag}`);
}

function isOurs(dir: string): boolean {
  try {
    return hasMarker(dir) || fs.readdirSync(dir).length === 0;
  } catch {
    return false;
  }
}

/** Removes (or restores) the leftovers beside `target`; returns how many it handled. */
export function cleanStaleLeftovers(target: string): number {
  const parent = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  let entries: string[];
  try {
    entries = fs.readdirSync(parent);
  } catch {
    return 0;
  }
  let handled = 0;
  for (const name of entries.sort()) {
    const match = name.startsWith(prefix) ? /^(tmp|old)-(\d+)-[0-9a-f]{8}$/.exec(name.slice(prefix.length)) : null;
    if (!match || processAlive(Number(match[2]))) continue;
    const full = path.join(parent, name);
    if (!isOurs(full)) continue;
    if (match[1] === 'old' && !fs.existsSync(target)) fs.renameSync(full, target);
    else fs.rmSync(full, { recursive: true, force: true });
    handled++;
  }
  return handled;
}
