/**
 * `planb build <blueprint> --out <dir>`: the main job, offline. Validate, analyse, write the
 * documents and the offline infrastructure plan into one folder (pipeline/build-folder.ts says
 * what is in it), replaced atomically and only when it is Plan B's own (cli/output).
 */
import { Option, type Command } from 'commander';
import { summaryLine as findingsSummary } from '../../analysis/report';
import { buildFolder } from '../../pipeline';
import { inputFiles, loadForCommand } from '../blueprint-input';
import { EXIT, isEngineError } from '../exit-codes';
import { localeOption } from '../locale-option';
import { checkOutputFolder, claimOutputFolder, isFileSystemError, OutputError } from '../output';
import { progressOnTerminal } from '../progress';
import { failsOn, parseDate } from './analyze';
import { writeOut, writeErr } from '../terminal-text';

interface BuildOptions {
  out: string;
  today?: string;
  locale?: string;
  plan: boolean;
  force: boolean;
  quiet: boolean;
  failOn: 'error' | 'warning' | 'never';
}

export function register(program: Command): void {
  program
    .command('build')
    .description('the main job, offline: validate, analyse, write the documents and the offline infrastructure plan')
    .argument('<blueprint>', 'blueprint file, or - for standard input')
    .requiredOption('--out <dir>', 'folder to write (replaced as a whole, atomically; only a new, empty or earlier Plan B folder)')
    .addOption(
      new Option('--today <date>', 'judge drills, expiry and Lambda runtime support as of this date (default: business.revised)').argParser(
        parseDate,
      ),
    )
    .addOption(localeOption('language of the documents (default: business.language) and of the verdict (default: en)'))
    .option('--no-plan', 'skip the offline infrastructure plan (it loads Pulumi, about 2 s)')
    .option('--force', 'replace an existing non-empty --out folder that Plan B did not write', false)
    .option('-q, --quiet', 'no progress line on the terminal', false)
    .addOption(
      new Option('--fail-on <level>', 'exit 1 when a finding is at least this severe')
        .choices(['error', 'warning', 'never'])
        .default('never'),
    )
    .addHelpText(
      'after',
      '\nExample:\n  planb build blueprints/online-shop.yaml --out out/online-shop\n\n' +
        'Exit status: 0 written, 1 invalid blueprint or a file-system problem (nothing written) or findings at --fail-on,\n' +
        '2 usage error (including an --out that must not be replaced: ., .., the home folder, a repository, a folder of yours).',
    )
    .action(async (file: string, opts: BuildOptions) => {
      process.exitCode = await run(file, opts);
    });
}

async function run(file: string, opts: BuildOptions): Promise<number> {
  const context = { inputs: inputFiles(file), ...(file !== '-' ? { blueprint: file } : {}), force: opts.force };
  // Refused destinations are refused before any work, with nothing touched.
  checkOutputFolder(opts.out, context);
  const progress = progressOnTerminal({ quiet: opts.quiet });
  progress.stage('load');
  const model = loadForCommand(file, 'nothing written');
  if (model === undefined) {
    progress.done();
    return EXIT.invalid;
  }
  const claim = claimOutputFolder(opts.out, context);
  try {
    // Each file goes into the temporary folder as it is made; the folder replaces --out only at
    // commit, and a failure before that leaves --out as it was (release removes the temporary one).
    const folder = claim.open();
    let built: Awaited<ReturnType<typeof buildFolder>>;
    try {
      built = await buildFolder(model, {
        plan: opts.plan,
        // The plan on the second core, beside the documents (pipeline/plan-thread.ts).
        planThread: true,
        sink: folder,
        onStage: (stage) => progress.stage(stage),
        onPlanned: (count) => progress.count(count),
        ...(opts.today !== undefined ? { today: opts.today } : {}),
        ...(opts.locale !== undefined ? { locale: opts.locale } : {}),
      });
    } catch (error) {
      progress.done();
      if (isFileSystemError(error) || error instanceof OutputError || isEngineError(error)) throw error;
      // A component refusing its arguments (the plan step) names the argument and the fix.
      writeErr(`planb build: ${file}: ${error instanceof Error ? error.message : String(error)}; nothing written\n`);
      return EXIT.invalid;
    }
    folder.commit();
    progress.done();
    writeOut(`${findingsSummary(built.analysis)}\n${built.count} files written to ${opts.out}\n`);
    if (built.preflightErrors > 0) {
      writeErr(`planb build: ${file}: the plan's preflight found errors that \`pulumi up\` would fail on (plan/plan.txt)\n`);
    }
    return failsOn(built.analysis, opts.failOn) || built.preflightErrors > 0 ? EXIT.invalid : EXIT.ok;
  } finally {
    progress.done();
    claim.release();
  }
}
