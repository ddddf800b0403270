/**
 * `planb report <blueprint> --journal <dir|s3://bucket/prefix> --month YYYY-MM --out <dir>
 * [--locale ru]`: the monthly stability report from the alarm journal, Markdown and printable
 * HTML, written like `planb docs` writes its folder (pipeline/report.ts does the work).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Command, Option } from 'commander';
import { REPORT_LOCALES } from '../../generators/report';
import { journalSource, MONTH_PATTERN, reportFiles } from '../../pipeline';
import { inputFiles, loadForCommand } from '../blueprint-input';
import { EXIT } from '../exit-codes';
import { checkOutputFolder, claimOutputFolder } from '../output';
import { writeOut, writeErr } from '../terminal-text';

interface ReportOptions {
  journal: string;
  month: string;
  out: string;
  locale?: string;
  force: boolean;
}

export function register(program: Command): void {
  program
    .command('report')
    .description('write the monthly stability report (availability, incidents, delivery, backups, recommendations) from the alarm journal')
    .argument('<blueprint>', 'blueprint file, or - for standard input')
    .requiredOption(
      '--journal <dir|s3://bucket/prefix>',
      'the journal: a folder holding journal/YYYY/MM/..., or its S3 location (read with the standard AWS credential chain)',
    )
    .requiredOption('--month <YYYY-MM>', 'the month to report on')
    .requiredOption('--out <dir>', 'folder to write (replaced as a whole, atomically; only a new, empty or earlier Plan B folder)')
    .addOption(new Option('--locale <lang>', 'language of the report (default: business.language)').choices(REPORT_LOCALES))
    .option('--force', 'replace an existing non-empty --out folder that Plan B did not write', false)
    .addHelpText(
      'after',
      '\nExamples:\n  planb report blueprints/online-shop.yaml --journal blueprints/journals/online-shop --month 2026-10 --out out/report\n  planb report planb.yaml --journal s3://acme-backups/planb --month 2026-10 --out out/report --locale ru\n\nExit status: 0 written, 1 invalid blueprint, an unreadable journal or a file-system problem, 2 usage error (a bad --month or --locale, a refused --out).',
    )
    .action(async (file: string, opts: ReportOptions) => {
      process.exitCode = await run(file, opts);
    });
}

async function run(file: string, opts: ReportOptions): Promise<number> {
  if (!MONTH_PATTERN.test(opts.month)) {
    // An empty value is usually an unset CI variable, as for --journal.
    const given = opts.month.trim() === '' ? '--month is empty (an unset variable?)' : `--month ${opts.month}`;
    writeErr(`planb report: ${given}: write the month as YYYY-MM, e.g. --month 2026-10; nothing written\n`);
    return EXIT.usage;
  }
  const local = !opts.journal.startsWith('s3://');
  const context = {
    ...(file !== '-' ? { blueprint: file } : {}),
    inputs: [...inputFiles(file), ...(local ? [opts.journal] : [])],
    force: opts.force,
  };
  checkOutputFolder(opts.out, context);
  const model = loadForCommand(file, 'nothing written');
  if (model === undefined) return EXIT.invalid;
  let source;
  try {
    source = journalSource(opts.journal);
  } catch (error) {
    writeErr(`planb report: ${(error as Error).message}; nothing written\n`);
    return EXIT.invalid;
  }
  const claim = claimOutputFolder(opts.out, context);
  try {
    const files = await reportFiles(model, source, { month: opts.month, ...(opts.locale !== undefined ? { locale: opts.locale } : {}) });
    claim.write(files);
    writeOut(`${model.source.file}: report for ${opts.month} written to ${opts.out} (${opts.locale ?? model.business.language})\n`);
    // A folder with no journal/ in it is more often a wrong path than a quiet month: say which.
    if (local && !fs.existsSync(path.join(opts.journal, 'journal'))) {
      writeErr(
        `planb report: note: ${opts.journal} holds no journal/ folder, so the report counts no events; give the folder the journal was copied into (the functions write journal/YYYY/MM/ under it)\n`,
      );
    }
  } finally {
    claim.release();
  }
  return EXIT.ok;
}
