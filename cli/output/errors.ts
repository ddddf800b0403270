/**
 * What can go wrong when Plan B writes files, worded for the person at the terminal.
 *
 * Two kinds, two exit codes: a refusal (the command line names a place Plan B must not replace:
 * exit 2, nothing touched) and a file-system problem (permission, read-only disk, a file where a
 * folder should be: exit 1, with the path and what to do). Exit 3 stays reserved for Plan B's bugs.
 */

export class OutputError extends Error {
  /** `usage`: the destination given is refused; `filesystem`: the system refused a write. */
  readonly kind: 'usage' | 'filesystem';

  constructor(message: string, options?: { cause?: unknown; kind?: 'usage' | 'filesystem' }) {
    super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'OutputError';
    this.kind = options?.kind ?? 'filesystem';
  }
}

/** The fix for a file-system error code, in words. */
const FIXES: Readonly<Record<string, string>> = {
  EACCES: 'permission denied; choose a folder you can write to, or fix its permissions',
  EPERM: 'the operation is not permitted; choose a folder you own',
  EROFS: 'the disk is read-only; choose a folder on a writable disk',
  ENOTDIR: 'a file stands where a folder is needed; choose another path or move that file',
  EISDIR: 'a folder stands where a file is needed; name a file',
  ENOSPC: 'the disk is full; free some space and run again',
  EDQUOT: 'the disk quota is used up; free some space and run again',
  EEXIST: 'a file already stands there where a folder is needed; choose another path or move that file',
  ENAMETOOLONG: 'the path is too long; choose a shorter one',
  ENOENT: 'a folder on the way does not exist and could not be created; check the path',
  EBUSY: 'the path is busy (a mount point or an open folder); choose another path',
};

/** An OutputError for a failed file-system call on `where`, saying what to do. */
export function fileSystemError(error: unknown, doing: string, where: string, after = ''): OutputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const fix = (code !== undefined && FIXES[code]) || `the system said: ${(error as Error)?.message ?? String(error)}`;
  return new OutputError(`cannot ${doing} ${where}: ${fix}${after}`, { cause: error, kind: 'filesystem' });
}

/** Whether `error` is a Node.js file-system error (it has an errno code such as EACCES). */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    typeof (error as NodeJS.ErrnoException).syscall === 'string'
  );
}
