import { readFileSync } from 'node:fs';

/**
 * Whether a process id still names a running process (EPERM: it runs, as another user). A zombie
 * (killed, not yet reaped: seen when a killed build's parent has not waited for it) has finished
 * its work and counts as gone, read from /proc where the system has it.
 */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // /proc/<pid>/stat: "pid (name) state ..."; the name may hold spaces, the state follows its ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}
