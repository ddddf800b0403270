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
import { parseDate } from './analyze';

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
    .addOption(new Option('--today <date>', 'judge drills and expiry as of this date (default: business.revised)').argParser(parseDate))
    .option('--locale <lang>', 'language of the documents (default: business.language)')
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
  const { files, analysis } = await buildFolder(loaded.model, opts);
  writeOutputAtomically(opts.out, files);
  process.stdout.write(`${findingsSummary(analysis)}\n${files.length} files written to ${opts.out}\n`);
  const worst = analysis.findings.some((f) => f.severity === 'error') ? 2 : analysis.findings.some((f) => f.severity === 'warning') ? 1 : 0;
  const threshold = { error: 2, warning: 1, never: 3 }[opts.failOn];
  return worst >= threshold ? EXIT.invalid : EXIT.ok;
}

/** Every file of the build folder for one model. */
export async function buildFolder(model: Model, opts: Pick<BuildOptions, 'today' | 'locale' | 'plan'>) {
  const analysis = analyze(model, { today: opts.today ?? model.business.revised });
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
    findings: analysis.findings,
    readiness: analysis.readiness,
    mapMermaid,
    mapSvg,
  });
  files.push(...documents.map((d) => ({ path: `documents/${d.path}`, content: d.content })));
  return { files, analysis };
}
