/**
 * `planb docs <blueprint> --out <dir> [--locale ru]`: the owner's documents, Markdown and HTML.
 *
 * The analysis runs first (judged as of the blueprint's own `revised` date, so the same blueprint
 * gives byte-identical documents on any day) and feeds the readiness, findings and map sections.
 * The folder is written beside the target and renamed into place. Imports nothing from Pulumi.
 */
import { Option, type Command } from 'commander';
import { analyze } from '../../analysis';
import { dependencyMap, toMermaid, toSvg } from '../../analysis/map';
import { documentBundle } from '../../generators/documents/bundle';
import { availableLocales } from '../../generators/documents/locale';
import type { GeneratedFile } from '../../generators/documents/types';
import { writeOutputAtomically } from '../../generators/output';
import type { Model } from '../../model/model';
import { loadBlueprintFile, type Diagnostic } from '../../loader/index';
import { EXIT } from '../exit-codes';
import { diagnosticsText } from '../print-diagnostics';

interface DocsOptions {
  out: string;
  locale?: string;
  analysis: boolean;
}

export function register(program: Command): void {
  program
    .command('docs')
    .description('write the owner\'s documents (runbooks, checklist, passport, contact sheet...) as Markdown and printable HTML')
    .argument('<blueprint>', 'blueprint file')
    .requiredOption('--out <dir>', 'folder to write (replaced as a whole, atomically)')
    .addOption(new Option('--locale <lang>', 'language of the documents (default: business.language)'))
    .option('--no-analysis', 'skip the analysis (readiness, findings and map sections say "analysis not run")')
    .addHelpText('after', '\nExamples:\n  planb docs blueprints/online-shop.yaml --out out/docs\n  planb docs blueprints/dental-clinic.yaml --out out/docs-en --locale en\n\nExit status: 0 written, 1 invalid blueprint or unknown language, 2 usage error.')
    .action(async (file: string, opts: DocsOptions) => {
      process.exitCode = await run(file, opts);
    });
}

/** The folder's files for a model: analysis (unless skipped), documents, HTML. */
export async function buildDocs(model: Model, opts: { locale?: string; analysis?: boolean }): Promise<GeneratedFile[]> {
  const base = opts.locale !== undefined ? { locale: opts.locale } : {};
  if (opts.analysis === false) return documentBundle(model, base);
  // The findings and readiness are worded in the documents' language, like the rest of the page.
  const analysis = analyze(model, { today: model.business.revised, locale: opts.locale ?? model.business.language });
  const map = dependencyMap(model);
  return documentBundle(model, {
    ...base,
    findings: analysis.findings,
    readiness: analysis.readiness,
    mapMermaid: toMermaid(map),
    mapSvg: await toSvg(map),
  });
}

async function run(file: string, opts: DocsOptions): Promise<number> {
  const loaded = loadBlueprintFile(file);
  if (!loaded.ok) {
    process.stderr.write(diagnosticsText(loaded.diagnostics as Diagnostic[]));
    return EXIT.invalid;
  }
  const locale = opts.locale ?? loaded.model.business.language;
  if (!availableLocales().includes(locale)) {
    process.stderr.write(`planb docs: no documents in language "${locale}"; available: ${availableLocales().join(', ')}\n`);
    return EXIT.invalid;
  }
  const files = await buildDocs(loaded.model, { locale, analysis: opts.analysis });
  writeOutputAtomically(opts.out, files);
  process.stdout.write(`${file}: ${files.length} files written to ${opts.out} (${locale})\n`);
  return EXIT.ok;
}
