/**
 * `planb build <blueprint> --out <dir>`: the main job, offline. Validate, analyse, write the
 * documents and the offline infrastructure plan into one folder, replaced atomically:
 *
 *   <out>/verdict/   analysis.txt, analysis.json, analysis.sarif, map.mmd, map.svg
 *   <out>/documents/ the owner's documents (Markdown and printable HTML)
 *   <out>/plan/      the resources `pulumi up` would create: plan.txt, plan.json, plan.md
 *
 * The analysis is judged as of the blueprint's `revised` date unless --today says otherwise, so
 * the same blueprint gives a byte-identical folder on any day.
 *
 * Languages: the documents are in --locale, else the blueprint's `business.language`, findings
 * included. The verdict is for the integrator and CI (SARIF, annotations), so it stays English
 * unless --locale asks for a language explicitly; then verdict and documents share it.
 */
import { Option, type Command } from 'commander';
import { analyze } from '../../analysis';
import { dependencyMap, toMermaid, toSvg } from '../../analysis/map';
import { formatHuman, formatJson, formatSarif, summaryLine as findingsSummary } from '../../analysis/report';
import { documentBundle } from '../../generators/documents/bundle';
import { writeOutputAtomically, type OutputFile } from '../../generators/output';
import { loadBlueprintFile, type Diagnostic } from '../../loader/index';
import type { Model } from '../../model/model';
import { EXIT } from '../exit-codes';
import { diagnosticsText } from '../print-diagnostics';
import { failsOn, parseDate } from './analyze';

interface BuildOptions {
  out: string;
  today?: string;
  locale?: string;
  plan: boolean;
  failOn: 'error' | 'warning' | 'never';
}

export function register(program: Command): void {
  program
    .command('build')
    .description('the main job, offline: validate, analyse, write the documents and the offline infrastructure plan')
    .argument('<blueprint>', 'blueprint file')
    .requiredOption('--out <dir>', 'folder to write (replaced as a whole, atomically)')
    .addOption(new Option('--today <date>', 'judge drills, expiry and Lambda runtime support as of this date (default: business.revised)').argParser(parseDate))
    .option('--locale <lang>', 'language of the documents (default: business.language) and of the verdict (default: en)')
    .option('--no-plan', 'skip the offline infrastructure plan (it loads Pulumi, about 2 s)')
    .addOption(new Option('--fail-on <level>', 'exit 1 when a finding is at least this severe').choices(['error', 'warning', 'never']).default('never'))
    .addHelpText('after', '\nExample:\n  planb build blueprints/online-shop.yaml --out out/online-shop\n\nExit status: 0 written, 1 invalid blueprint (nothing written) or findings at --fail-on, 2 usage error.')
    .action(async (file: string, opts: BuildOptions) => {
      process.exitCode = await run(file, opts);
    });
}

async function run(file: string, opts: BuildOptions): Promise<number> {
  const loaded = loadBlueprintFile(file);
  if (!loaded.ok) {
    process.stderr.write(diagnosticsText(loaded.diagnostics as Diagnostic[]));
    process.stderr.write(`${file}: invalid; nothing written\n`);
    return EXIT.invalid;
  }
  let built: Awaited<ReturnType<typeof buildFolder>>;
  try {
    built = await buildFolder(loaded.model, { ...opts, blueprint: file });
  } catch (error) {
    // A component refusing its arguments (the plan step) names the argument and the fix.
    process.stderr.write(`planb build: ${file}: ${error instanceof Error ? error.message : String(error)}; nothing written\n`);
    return EXIT.invalid;
  }
  const { files, analysis } = built;
  writeOutputAtomically(opts.out, files);
  process.stdout.write(`${findingsSummary(analysis)}\n${files.length} files written to ${opts.out}\n`);
  if (built.preflightErrors > 0) process.stderr.write(`planb build: ${file}: the plan's preflight found errors that \`pulumi up\` would fail on (plan/plan.txt)\n`);
  return failsOn(analysis, opts.failOn) || built.preflightErrors > 0 ? EXIT.invalid : EXIT.ok;
}

/** Every file of the build folder for one model. */
export async function buildFolder(model: Model, opts: Pick<BuildOptions, 'today' | 'locale' | 'plan'> & { blueprint: string }) {
  const today = opts.today ?? model.business.revised;
  const analysis = analyze(model, opts.locale !== undefined ? { today, locale: opts.locale } : { today });
  const docsLocale = opts.locale ?? model.business.language;
  // The same findings, worded again only when the documents' language differs from the verdict's.
  const forDocs = docsLocale === analysis.locale ? analysis : analyze(model, { today, locale: docsLocale });
  const map = dependencyMap(model);
  const mapMermaid = toMermaid(map);
  const mapSvg = await toSvg(map);
  const files: OutputFile[] = [
    { path: 'verdict/analysis.txt', content: formatHuman(analysis, { color: false }) },
    { path: 'verdict/analysis.json', content: formatJson(analysis) },
    { path: 'verdict/analysis.sarif', content: formatSarif(analysis, { baseDir: process.cwd(), toolVersion: '0.1.0' }) },
    { path: 'verdict/map.mmd', content: mapMermaid },
    { path: 'verdict/map.svg', content: mapSvg },
  ];
  const documents = await documentBundle(model, {
    ...(opts.locale !== undefined ? { locale: opts.locale } : {}),
    findings: forDocs.findings,
    readiness: forDocs.readiness,
    mapMermaid,
    mapSvg,
  });
  files.push(...documents.map((d) => ({ path: `documents/${d.path}`, content: d.content })));
  let preflightErrorCount = 0;
  if (opts.plan) {
    // Lazy: Pulumi costs ~2 s to load, and generators/plan prepares the runtime before it loads.
    const { planModel, renderPlan, preflightErrors } = await import('../../generators/plan/index.js');
    const plan = await planModel(model, { blueprint: opts.blueprint, today });
    preflightErrorCount = preflightErrors(plan.preflight);
    for (const format of ['text', 'json', 'markdown'] as const) {
      files.push({ path: `plan/plan.${{ text: 'txt', json: 'json', markdown: 'md' }[format]}`, content: renderPlan(plan, format) });
    }
  }
  return { files, analysis, preflightErrors: preflightErrorCount };
}
