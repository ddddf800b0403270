/**
 * `planb plan` on synthetic blueprints against a floor measured in the same run: registering the
 * same number of bare custom resources (Topic, HealthCheck, MetricAlarm, Bucket, DnsRecord, five
 * per ComponentResource) under Pulumi mocks with the same settings (source maps off,
 * Error.stackTraceLimit = 0, preview). Target (issue 5): plan <= 1.5x the floor at 2,000 processes.
 * Each measurement runs in a fresh child process (Pulumi's runtime is a process-wide singleton,
 * and peak memory must not carry over), alternating plan and floor so machine load hits both.
 * Prints resources per process beside the ratio: the stack's size per process is the other figure to keep down.
 * The plan child runs with Node's default heap, as `planb plan` does (issue 10: the plan at 2,000
 * processes must fit it); PLANB_BENCH_HEAP_MB gives both children a larger heap, e.g. to measure a
 * stack that does not fit. The floor keeps a large heap: it is a reference, not the product.
 * Run: npx tsx bench/plan.bench.ts [processes...]   (default 200 2000)
 */
import { fork } from 'node:child_process';
import { getHeapStatistics } from 'node:v8';
import { peakRssMb, row } from './harness';
import { syntheticBlueprint } from './synthetic';

interface Measure {
  ms: number;
  peakMb: number;
  baseMb: number;
  resources: number;
}

const ROUNDS = Number(process.env['PLANB_BENCH_ROUNDS'] ?? 1);
const HEAP_MB = process.env['PLANB_BENCH_HEAP_MB'];

/** The heap flag for a child: the plan gets Node's default unless asked, the floor a large one. */
function heapFlags(mode: string): string[] {
  if (HEAP_MB !== undefined) return [`--max-old-space-size=${Number(HEAP_MB)}`];
  return mode === 'plan' ? [] : ['--max-old-space-size=16384'];
}

function child(args: string[]): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const c = fork(__filename, args, {
      execArgv: [...process.execArgv, ...heapFlags(args[0] ?? '')],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    c.on('message', (m) => resolve(m as Measure));
    c.on('error', reject);
    c.on('exit', (code) => code !== 0 && reject(new Error(`child ${args.join(' ')} exited ${code}`)));
  });
}

function report(m: Measure): void {
  process.send?.(m, () => process.exit(0));
}

// The child's own peak (VmHWM): maxRSS would include the parent's high-water mark inherited at fork.
const rssMb = (): number => peakRssMb();

/** Child: the whole of `planb plan` after the imports: load, map, register, render. */
async function planChild(processes: number): Promise<void> {
  const { loadBlueprintText } = await import('../loader/index.js');
  const { planModel, renderPlan } = await import('../generators/plan/index.js');
  const text = syntheticBlueprint(processes);
  const baseMb = rssMb();
  const t0 = performance.now();
  const loaded = loadBlueprintText(text, 'synthetic.yaml');
  if (!loaded.ok) throw new Error('synthetic blueprint is invalid');
  const plan = await planModel(loaded.model, { blueprint: 'synthetic.yaml' });
  const out = renderPlan(plan, 'text');
  const ms = performance.now() - t0;
  if (out.length === 0) throw new Error('empty plan');
  report({ ms, peakMb: rssMb(), baseMb, resources: plan.resources.filter((r) => r.custom).length });
}

/** Child: the floor, `count` bare custom resources, five per component, same runtime settings. */
async function floorChild(count: number): Promise<void> {
  await import('../generators/plan/runtime.js');
  const pulumi = await import('@pulumi/pulumi');
  const aws = await import('@pulumi/aws');
  const cloudflare = await import('@pulumi/cloudflare');
  const { CHILD_BATCH } = await import('../components/common/batches.js');
  await pulumi.runtime.setMocks(
    { newResource: (a) => ({ id: `${a.name}.id`, state: a.inputs }), call: () => ({}) },
    'planb',
    'floor',
    true,
  );
  const baseMb = rssMb();
  const t0 = performance.now();
  const provider = new aws.Provider('aws', { region: 'eu-central-1' });
  const cf = new cloudflare.Provider('cf', {});
  class Group extends pulumi.ComponentResource {
    constructor(name: string, n: number) {
      super('floor:index:Group', name, {}, {});
      const opts = { parent: this, provider };
      const makers = [
        () => new aws.sns.Topic(`${name}-topic`, {}, opts),
        () => new aws.route53.HealthCheck(`${name}-check`, { type: 'HTTPS', fqdn: 'example.com', port: 443 }, opts),
        () => new aws.cloudwatch.MetricAlarm(`${name}-alarm`, { comparisonOperator: 'LessThanThreshold', evaluationPeriods: 1 }, opts),
        () => new aws.s3.Bucket(`${name}-bucket`, {}, opts),
        () => new cloudflare.DnsRecord(`${name}-record`, { zoneId: 'z', name: 'a', type: 'A', ttl: 300 }, { parent: this, provider: cf }),
      ];
      for (let i = 0; i < n; i++) makers[i]?.();
      this.registerOutputs({});
    }
  }
  // Paced like the plan's components (components/common/batches.ts): a turn of the event loop
  // every CHILD_BATCH groups lets their registrations settle, the cheapest way Pulumi registers many.
  for (let i = 0; i < count; i += 5) {
    new Group(`g${i}`, Math.min(5, count - i));
    if ((i / 5 + 1) % CHILD_BATCH === 0) await new Promise((r) => setImmediate(r));
  }
  await pulumi.runtime.disconnect();
  report({ ms: performance.now() - t0, peakMb: rssMb(), baseMb, resources: count });
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const limitMb = Math.round(getHeapStatistics().heap_size_limit / 1048576);
  console.log(`plan child heap: ${HEAP_MB === undefined ? `Node's default (${limitMb} MB here)` : `${HEAP_MB} MB`}\n`);
  console.log(
    `| processes | cloud resources | resources/process | plan ms | floor ms | ratio | ms/resource (plan) | plan peak MB | floor peak MB | memory ratio | KB/resource (plan) |`,
  );
  console.log(`|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
  for (const n of sizes.length ? sizes : [200, 2000]) {
    const plans: Measure[] = [];
    const floors: Measure[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const p = await child(['plan', String(n)]);
      plans.push(p);
      floors.push(await child(['floor', String(p.resources)]));
    }
    const med = (xs: Measure[], f: (m: Measure) => number) => xs.map(f).sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    const planMs = med(plans, (m) => m.ms);
    const floorMs = med(floors, (m) => m.ms);
    const resources = plans[0]?.resources ?? 0;
    const planMb = med(plans, (m) => m.peakMb - m.baseMb);
    const floorMb = med(floors, (m) => m.peakMb - m.baseMb);
    console.log(
      row([
        String(n),
        String(resources),
        (resources / n).toFixed(1),
        planMs,
        floorMs,
        `${(planMs / floorMs).toFixed(2)}x`,
        planMs / resources,
        med(plans, (m) => m.peakMb),
        med(floors, (m) => m.peakMb),
        `${(planMb / floorMb).toFixed(2)}x`,
        (planMb * 1024) / resources,
      ]),
    );
  }
}

const [mode, arg] = process.argv.slice(2);
if (mode === 'plan') void planChild(Number(arg));
else if (mode === 'floor') void floorChild(Number(arg));
else void main();
