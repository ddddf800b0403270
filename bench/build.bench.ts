/**
 * `planb build` end to end (load, analysis, map, documents in Markdown and HTML, verdict files,
 * the output folder written and flushed) on synthetic blueprints, each in a fresh process, against
 * a floor measured in the same run: a fresh process that parses the same blueprint with bare
 * js-yaml and writes the same files (same paths, same sizes) through the same fs calls, then
 * flushes them the same way. The floor is what any tool producing that output pays on this
 * machine; the ratio is what Plan B adds. Target (issue 10): 10,000 processes well under a minute,
 * as a user runs it: the default build, offline plan included (13,105 resources, planned in a thread
 * of its own beside the documents: pipeline/plan-thread.ts, docs/performance.md). `--no-plan`
 * measures the documents' path alone.
 * Run: npm run build && node dist/bench/build.bench.js [--no-plan] [processes...]   (default 200 2000 10000)
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { row } from './harness';
import { syntheticBlueprint } from './synthetic';

const args = process.argv.slice(2);
const withPlan = !args.includes('--no-plan');
// `--plan` (the default now) is still accepted, as the figures in docs/performance.md were taken with it.
const SIZES = args.filter((a) => a !== '--no-plan' && a !== '--plan').map(Number);
if (SIZES.length === 0) SIZES.push(200, 2000, 10000);

/** bin/planb.js, from bench/ under tsx or dist/bench/ after `npm run build`. */
function findBin(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const bin = path.join(dir, 'bin', 'planb.js');
    if (fs.existsSync(bin) && fs.existsSync(path.join(dir, 'dist', 'cli', 'main.js'))) return bin;
  }
  throw new Error('bin/planb.js with a built dist/ not found: run `npm run build` first');
}

interface Usage {
  wallMs: number;
  cpuMs: number;
  peakMb: number;
  status: number;
}

/**
 * Runs `code` in a fresh Node process that reports its own CPU time and peak memory on exit. The
 * peak is the process's own VmHWM (Linux): resourceUsage().maxRSS carries the parent's high-water
 * mark across fork and exec, so behind this benchmark's own large process it read the parent.
 */
function measure(code: string, argv: string[], accepted: readonly number[] = [0]): Usage {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'planb-bench-usage-')), 'usage.json');
  const prelude =
    `process.on('exit', () => { const u = process.cpuUsage(); const fs = require('fs');` +
    ` let peakMb = process.resourceUsage().maxRSS / 1024;` +
    ` try { const m = /^VmHWM:\\s+(\\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8')); if (m) peakMb = Number(m[1]) / 1024; } catch {}` +
    ` fs.writeFileSync(${JSON.stringify(report)}, JSON.stringify({ cpuMs: (u.user + u.system) / 1000, peakMb })); });`;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-e', prelude + code, '--', ...argv], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const wallMs = performance.now() - t0;
  if (r.status === null || !accepted.includes(r.status)) {
    throw new Error(`child failed (${r.status}): ${r.stderr.toString().slice(0, 2000)}`);
  }
  const usage = JSON.parse(fs.readFileSync(report, 'utf8')) as Omit<Usage, 'wallMs' | 'status'>;
  fs.rmSync(path.dirname(report), { recursive: true, force: true });
  return { wallMs, ...usage, status: r.status };
}

/** Every file under `dir` with its size, as relative paths. */
function listing(dir: string): { path: string; size: number }[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .map((d) => {
      const full = path.join(d.parentPath, d.name);
      return { path: path.relative(dir, full), size: fs.statSync(full).size };
    });
}

/** The floor's child: bare js-yaml over the blueprint, then the same files written and flushed. */
const FLOOR = `
const fs = require('fs'), path = require('path'), yaml = require('js-yaml');
const [file, listFile, out] = process.argv.slice(1);
yaml.load(fs.readFileSync(file, 'utf8'));
const made = new Set();
for (const f of JSON.parse(fs.readFileSync(listFile, 'utf8'))) {
  const full = path.join(out, f.path);
  const dir = path.dirname(full);
  if (!made.has(dir)) { fs.mkdirSync(dir, { recursive: true }); made.add(dir); }
  fs.writeFileSync(full, 'x'.repeat(f.size), { flag: 'wx' });
}
require('child_process').execFileSync('sync', ['-f', out]);
`;

const COLUMNS = [
  'processes',
  'files',
  'MB written',
  'floor s',
  'planb s',
  'ratio',
  'floor CPU s',
  'planb CPU s',
  'CPU ratio',
  'floor peak MB',
  'planb peak MB',
  'memory ratio',
  'ms per process',
];

/** One size: the real build, then the floor writing the same files; prints one row. */
function runSize(n: number, bin: string, work: string): void {
  const blueprint = path.join(work, `synthetic-${n}.yaml`);
  fs.writeFileSync(blueprint, syntheticBlueprint(n));
  const out = path.join(work, `out-${n}`);
  const build = measure(
    `process.argv = [process.execPath, ${JSON.stringify(bin)}, ...process.argv.slice(1)]; require(${JSON.stringify(bin)});`,
    ['build', blueprint, '--out', out, ...(withPlan ? [] : ['--no-plan'])],
    // Exit 1 is a verdict, not a failure: the folder is written (from 2,000 processes the synthetic
    // blueprint's single backup vault passes S3's 1,000 lifecycle rules, a preflight error).
    [0, 1],
  );
  if (!fs.existsSync(out)) throw new Error(`planb build exited ${build.status} without writing ${out}`);
  const files = listing(out);
  const listFile = path.join(work, `files-${n}.json`);
  fs.writeFileSync(listFile, JSON.stringify(files));
  fs.rmSync(out, { recursive: true, force: true });
  const floorOut = path.join(work, `floor-${n}`);
  // The floor needs js-yaml from Plan B's node_modules: run it from the repository root.
  const root = path.dirname(path.dirname(bin));
  const floor = measure(
    `process.chdir(${JSON.stringify(root)}); module.paths.unshift(${JSON.stringify(path.join(root, 'node_modules'))});` + FLOOR,
    [blueprint, listFile, floorOut],
  );
  fs.rmSync(floorOut, { recursive: true, force: true });
  const mb = files.reduce((s, f) => s + f.size, 0) / 1048576;
  const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
  console.log(
    row([
      n.toLocaleString('en'),
      files.length.toLocaleString('en'),
      mb,
      floor.wallMs / 1000,
      build.wallMs / 1000,
      ratio(build.wallMs, floor.wallMs),
      floor.cpuMs / 1000,
      build.cpuMs / 1000,
      ratio(build.cpuMs, floor.cpuMs),
      floor.peakMb,
      build.peakMb,
      ratio(build.peakMb, floor.peakMb),
      build.wallMs / n,
    ]),
  );
  if (build.status !== 0) {
    console.log(
      `(planb build exited ${build.status} at ${n.toLocaleString('en')} processes: errors in the verdict or the plan's preflight)`,
    );
  }
}

function main(): void {
  const bin = findBin();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'planb-bench-build-'));
  console.log(
    `planb build${withPlan ? '' : ' --no-plan'}, one fresh process per run, against bare js-yaml + writing the same files in the same run\n`,
  );
  console.log(row(COLUMNS));
  console.log(row(COLUMNS.map(() => '---')));
  for (const n of SIZES) runSize(n, bin, work);
  fs.rmSync(work, { recursive: true, force: true });
}

main();
