/**
 * `planb docs <blueprint> --out <dir> [--locale ru]`: the owner's documents only, Markdown and
 * HTML (pipeline/documents.ts), written like `planb build` writes its folder. Imports nothing
 * from Pulumi.
 */
import type { Command } from 'commander';
import { documentFiles } from '../../pipeline';
import { inputFiles, loadForCommand } from '../blueprint-input';
import { EXIT } from '../exit-codes';
import { localeOption } from '../locale-option';
import { checkOutputFolder, claimOutputFolder } from '../output';
import { writeOut } from '../terminal-text';

interface DocsOptions {
  out: string;
  locale?: string;
  analysis: boolean;
  force: boolean;
}

export function register(program: Command): void {
  program
    .command('docs')
    .description("write the owner's documents (runbooks, checklist, passport, contact sheet...) as Markdown and printable HTML")
    .argument('<blueprint>', 'blueprint file, or - for standard input')
    .requiredOption('--out <dir>', 'folder to write (replaced as a whole, atomically; only a new, empty or earlier Plan B folder)')
    .addOption(localeOption('language of the documents (default: business.language)'))
    .option('--no-analysis', 'skip the analysis (readiness, findings and map sections say "analysis not run")')
    .option('--force', 'replace an existing non-empty --out folder that Plan B did not write', false)
    .addHelpText(
      'after',
      '\nExamples:\n  planb docs blueprints/online-shop.yaml --out out/docs\n  planb docs blueprints/dental-clinic.yaml --out out/docs-en --locale en\n\nExit status: 0 written, 1 invalid blueprint or a file-system problem, 2 usage error (an unknown --locale, a refused --out).',
    )
    .action(async (file: string, opts: DocsOptions) => {
      process.exitCode = await run(file, opts);
    });
}

async function run(file: string, opts: DocsOptions): Promise<number> {
  const context = { ...(file !== '-' ? { blueprint: file } : {}), inputs: inputFiles(file), force: opts.force };
  checkOutputFolder(opts.out, context);
  const model = loadForCommand(file, 'nothing written');
  if (model === undefined) return EXIT.invalid;
  const locale = opts.locale ?? model.business.language;
  const claim = claimOutputFolder(opts.out, context);
  try {
    const files = await documentFiles(model, { locale, analysis: opts.analysis });
    claim.write(files);
    writeOut(`${model.source.file}: ${files.length} files written to ${opts.out} (${locale})\n`);
  } finally {
    claim.release();
  }
  return EXIT.ok;
}
