/**
 * `planb plan <blueprint> [--format text|json|markdown] [--out file]`: every resource the stack
 * would create, computed offline by running the stack program under Pulumi's mock runtime.
 * Pulumi (~2 s to import) is loaded only inside the action, after the runtime is prepared.
 * `--out` never replaces the blueprint or a file Plan B did not write (cli/output/own-file.ts).
 */
import { Option, type Command } from 'commander';
import { inputFiles, loadForCommand } from '../blueprint-input';
import { EXIT, isEngineError } from '../exit-codes';
import { formatOption } from '../options';
import { checkOwnFile, writeOwnFile } from '../output';
import { parseDate } from './analyze';
import { progressOnTerminal } from '../progress';
import { planInThread } from '../../pipeline/plan-thread';
import { writeOut, writeErr } from '../terminal-text';

type PlanFormat = 'text' | 'json' | 'markdown';

interface PlanOptions {
  format: PlanFormat;
  out?: string;
  force: boolean;
  today?: string;
  phase: 'zones' | 'all';
  quiet: boolean;
}

export function register(program: Command): void {
  program
    .command('plan')
    .description("show, offline, every cloud resource the blueprint's Pulumi stack would create (no cloud account needed)")
    .argument('<blueprint>', 'blueprint file, or - for standard input')
    .addOption(formatOption<PlanFormat>(['text', 'json', 'markdown']))
    .option(
      '--out <file>',
      'write to a file (replaced atomically; never the blueprint or a file Plan B did not write) instead of standard output',
    )
    .option('--force', 'replace an existing --out file that Plan B did not write (never the blueprint)', false)
    .option('-q, --quiet', 'no progress line on the terminal', false)
    .addOption(
      new Option('--phase <phase>', 'deploy phase to show: zones (first deploy, before delegation) or all')
        .choices(['zones', 'all'])
        .default('all'),
    )
    .addOption(
      new Option(
        '--today <date>',
        'judge dated preflight rules, e.g. Lambda runtime support, as of this date (default: business.revised)',
      ).argParser(parseDate),
    )
    .addHelpText(
      'after',
      '\nExamples:\n  planb plan blueprints/online-shop.yaml\n  planb plan blueprints/online-shop.yaml --format markdown --out plan.md\n\n' +
        'Exit status: 0 planned, 1 invalid blueprint, a blueprint the stack cannot build, a preflight error (the plan is still\n' +
        'printed) or a file-system problem, 2 usage error.',
    )
    .action(async (file: string, opts: PlanOptions) => {
      process.exitCode = await run(file, opts);
    });
}

async function run(file: string, opts: PlanOptions): Promise<number> {
  const own = opts.out !== undefined ? { inputs: inputFiles(file), force: opts.force, option: '--out' } : undefined;
  if (opts.out !== undefined && own !== undefined) checkOwnFile(opts.out, own);
  // A large stack takes a minute to plan: say how far it has got (stderr, only on a terminal).
  const progress = progressOnTerminal({ quiet: opts.quiet, stages: ['load', 'plan'] });
  progress.stage('load');
  const model = loadForCommand(file);
  if (model === undefined) {
    progress.done();
    return EXIT.invalid;
  }
  let text: string;
  let errors: number;
  // In a thread of its own, for the young generation it can be given there (pipeline/plan-thread.ts):
  // the plan itself takes a fifth less, of which the thread's second load of the blueprint gives
  // back half (10,000 processes: 26.6-27.6 s against 28.8-31.6 s, docs/performance.md).
  const plan = planInThread(model, {
    today: opts.today ?? model.business.revised,
    phase: opts.phase,
    formats: [opts.format],
  });
  try {
    progress.stage('plan');
    const planned = await plan.finish((count) => progress.count(count));
    text = planned.files[0]?.content ?? '';
    errors = planned.preflightErrors;
  } catch (error) {
    progress.done();
    if (isEngineError(error)) throw error;
    // A component refusing its arguments names the argument and the fix; show just that.
    writeErr(`planb plan: ${file}: the stack cannot be built: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.invalid;
  } finally {
    await plan.stop();
  }
  progress.done();
  if (opts.out === undefined || own === undefined) {
    writeOut(text);
  } else {
    writeOwnFile(opts.out, text, own);
    writeErr(`wrote ${opts.out}\n`);
  }
  if (errors > 0)
    writeErr(
      `planb plan: ${file}: the preflight found ${errors === 1 ? '1 error' : `${errors} errors`} that \`pulumi up\` would fail on\n`,
    );
  return errors > 0 ? EXIT.invalid : EXIT.ok;
}
