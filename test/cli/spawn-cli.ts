/**
 * Runs `planb` as a separate process (through tsx, from source), for what an in-process run cannot
 * show: standard input, another working folder, a run killed half-way, two runs at once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = join(__dirname, '../..');
const MAIN = join(ROOT, 'cli/main.ts');
/** tsx's loader by its own path: `--import tsx` would be looked up from the child's working folder. */
export const TSX_LOADER = pathToFileURL(join(dirname(require.resolve('tsx/package.json')), 'dist/loader.mjs')).href;

export function startCli(args: readonly string[], options: { cwd?: string; stdin?: string | Buffer } = {}): ChildProcess {
  // `--import tsx` runs the CLI in this one process (the tsx command would start a second one,
  // which a kill of the first would not reach).
  const child = spawn(process.execPath, ['--import', TSX_LOADER, MAIN, ...args], {
    cwd: options.cwd ?? ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (options.stdin !== undefined) child.stdin!.end(options.stdin);
  else child.stdin!.end();
  return child;
}

export function finished(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

export function runCliProcess(args: readonly string[], options: { cwd?: string; stdin?: string | Buffer } = {}) {
  return finished(startCli(args, options));
}
