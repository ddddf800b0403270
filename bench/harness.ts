/**
 * Small benchmark harness: medians of warm runs in this process, and peak memory measured in a
 * fresh child process per case (so one case's garbage never counts against another).
 * Benchmarks print figures and their ratio to a floor measured in the same run; they assert nothing.
 */
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function medianMs(fn: () => unknown, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/**
 * Medians of two functions measured in alternation, so that load from other processes on this
 * 2-core machine falls on both sides alike. Returns [a, b] in milliseconds.
 */
export function pairedMedianMs(a: () => unknown, b: () => unknown, runs: number, warmup = 2): [number, number] {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    b();
    tb.push(performance.now() - t0);
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
  return [median(ta), median(tb)];
}

export async function medianMsAsync(fn: () => Promise<unknown>, runs: number, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/**
 * Runs `script` in a child with `args`; the child calls `reportPeak()` when done. Returns the
 * child's peak resident memory in MB, and its baseline (after imports, before the work).
 */
export function peakMemoryMb(script: string, args: string[]): Promise<{ peakMb: number; baseMb: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(script, args, { execArgv: process.execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.on('message', (m) => resolve(m as { peakMb: number; baseMb: number }));
    child.on('error', reject);
    child.on('exit', (code) => code !== 0 && reject(new Error(`${script} ${args.join(' ')} exited ${code}`)));
  });
}

/**
 * Writes `text` to a temporary file for a memory child to read. Children must not generate the
 * synthetic blueprint themselves: peak RSS is a high-water mark, and the generator's garbage,
 * made before the baseline, would hide the measured work under it (seen at 4,000 processes).
 */
export function textFileForChild(text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'planb-bench-')), 'synthetic.yaml');
  fs.writeFileSync(file, text);
  return file;
}

/** In a child: the text the parent wrote with textFileForChild. */
export function readTextFromParent(file: string): string {
  return fs.readFileSync(file, 'utf8');
}

let baseMb = 0;

/** A field of /proc/self/status in MB (Linux), or undefined elsewhere. */
function procStatusMb(field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * In a child: call after imports, before the measured work. On Linux the peak is reset here
 * (`5` into /proc/self/clear_refs) and read back as VmHWM. process.resourceUsage().maxRSS is not
 * used: a forked child inherits its parent's high-water mark, so behind a large parent it reads
 * the parent's peak and the child's own work vanishes under it.
 */
export function markBaseline(): void {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux, or not allowed: the baseline below is then only approximate.
  }
  baseMb = procStatusMb('VmRSS') ?? process.resourceUsage().maxRSS / 1024;
}

/** The process's peak resident memory in MB since markBaseline (or since start). */
export function peakRssMb(): number {
  return procStatusMb('VmHWM') ?? process.resourceUsage().maxRSS / 1024;
}

/** In a child: report the peak and exit. */
export function reportPeak(): void {
  process.send?.({ peakMb: peakRssMb(), baseMb }, () => process.exit(0));
}

export function row(cells: (string | number)[]): string {
  return '| ' + cells.map((c) => (typeof c === 'number' ? c.toFixed(c < 10 ? 2 : 1) : c)).join(' | ') + ' |';
}
