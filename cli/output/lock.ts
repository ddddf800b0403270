/**
 * One writer per output folder. Two builds into the same --out at once would each rename their
 * folder into place and the second would silently win; instead the second fails at once, naming
 * the first. The lock is a file beside the folder holding the writer's process id; a lock whose
 * process is gone (a killed build) is taken over.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileSystemError, OutputError } from './errors';
import { processAlive } from './process-alive';

export function lockPath(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.planb-lock`);
}

function holder(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock for `target` (absolute) or throws; returns the function that releases it. */
export function lockOutput(target: string): () => void {
  const file = lockPath(target);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return () => {
        if (holder(file) === process.pid) fs.rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw fileSystemError(error, 'lock', file);
      const pid = holder(file);
      if (pid !== undefined && pid !== process.pid && processAlive(pid)) {
        throw new OutputError(
          `another Plan B run (process ${pid}) is writing ${target} right now; wait for it to finish, or choose another --out ` +
            `(if no Plan B is running, remove ${file})`,
          { kind: 'filesystem' },
        );
      }
      // The writer is gone (killed, or the machine restarted): its lock is stale.
      fs.rmSync(file, { force: true });
    }
  }
  throw new OutputError(`could not lock ${target}: another run keeps taking the lock; run again`, { kind: 'filesystem' });
}
