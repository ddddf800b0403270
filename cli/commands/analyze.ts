/**
 * `planb analyze <blueprint>`: the verdict. Findings with file:line:column in the chosen format,
 * the readiness score, and optionally the dependency map as Mermaid and SVG. `--fail-on` sets the
 * exit status CI keys on. Imports nothing from Pulumi.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { ANALYSIS_LOCALES, analyze, type AnalysisLocale } from '../../analysis';
import { dependencyMap, toMermaid, toSvg } from '../../analysis/map';
import { phrasebook } from '../../analysis/i18n';
import { formatGithub, formatHuman, formatJson, formatSarif, shouldColor } from '../../analysis/report';
import { RULE_CODES, type RuleCode } from '../../analysis/types';
import { inputFiles, loadForCommand } from '../blueprint-input';
import { EXIT } from '../exit-codes';
import { formatOption } from '../options';
import { checkOwnFile, OutputError, writeOwnFile } from '../output';
import { writeOut } from '../terminal-text';

type Format = 'human' | 'json' | 'sarif' | 'github';
type FailOn = FailOnLevel;

interface AnalyzeOptions {
  format: Format;
  failOn: FailOn;
  today?: string;
  only?: RuleCode[];
  force: boolean;
  mermaid?: string;
  svg?: string;
  locale: AnalysisLocale;
}

export function register(program: Command): void {
  program
    .command('analyze')
    .description('find single points of failure, missing plan Bs, data, time-budget and monitoring gaps; score readiness')
    .argument('<file>', 'blueprint file')
    .addOption(formatOption<Format>(['human', 'json', 'sarif', 'github']))
    .addOption(
      new Option('--fail-on <level>', 'exit with status 1 when a finding is at least this severe')
        .choices(['error', 'warning', 'never'])
        .default('error'),
    )
    .addOption(
      new Option(
        '--today <date>',
        'the date drills and expiry are judged against, YYYY-MM-DD (default: business.revised, as planb build)',
      ).argParser(parseDate),
    )
    .addOption(new Option('--only <codes>', 'run only these rules, comma-separated (e.g. PB101,PB130)').argParser(parseCodes))
    .addOption(new Option('--locale <lang>', 'language of messages, why, fix and readiness').choices(ANALYSIS_LOCALES).default('en'))
    .option('--mermaid <file>', 'also write the dependency map as Mermaid text')
    .option('--svg <file>', 'also write the dependency map as SVG')
    .option('--force', 'let --mermaid/--svg replace a file Plan B did not write (never the blueprint)', false)
    .addHelpText(
      'after',
      '\nExamples:\n  planb analyze blueprints/online-shop.yaml\n  planb analyze --format sarif --today 2026-11-20 blueprint.yaml > planb.sarif\n  planb analyze --format github --fail-on warning blueprint.yaml\n  planb analyze --locale ru blueprints/dental-clinic.yaml\n\n\nThe verdict is judged as of business.revised unless --today says otherwise, like planb build, so both give\nthe same verdict for the same file; in CI, pass --today "$(date -u +%F)" to judge expiry and drills as of the run.\n\nExit status: 0 fine, 1 findings at or above --fail-on (or an invalid blueprint), 2 usage error.',
    )
    .action(async (file: string, opts: AnalyzeOptions) => {
      process.exitCode = await run(file, opts);
    });
}

async function run(file: string, opts: AnalyzeOptions): Promise<number> {
  const maps = mapOutputs(opts);
  const own = { inputs: inputFiles(file), force: opts.force };
  for (const [target, option] of maps) checkOwnFile(target, { ...own, option });
  const model = loadForCommand(file);
  if (model === undefined) return EXIT.invalid;
  const base = { today: opts.today ?? model.business.revised, locale: opts.locale };
  const analysis = analyze(model, opts.only ? { ...base, only: opts.only } : base);
  writeOut(render(analysis, opts.format));
  if (maps.length > 0) {
    const map = dependencyMap(model, undefined, phrasebook(analysis.locale).map);
    for (const [target, option] of maps) {
      const text = option === '--svg' ? await toSvg(map) : toMermaid(map);
      writeOwnFile(target, text, { ...own, option });
    }
  }
  return failsOn(analysis, opts.failOn) ? EXIT.invalid : EXIT.ok;
}

/** The map files asked for, refused when both options name one file. */
function mapOutputs(opts: AnalyzeOptions): [file: string, option: '--mermaid' | '--svg'][] {
  const maps: [string, '--mermaid' | '--svg'][] = [];
  if (opts.mermaid !== undefined) maps.push([opts.mermaid, '--mermaid']);
  if (opts.svg !== undefined) maps.push([opts.svg, '--svg']);
  if (maps.length === 2 && maps[0]![0] === maps[1]![0]) {
    throw new OutputError(`--mermaid and --svg both name ${opts.svg}; give each its own file`, { kind: 'usage' });
  }
  return maps;
}

function render(analysis: ReturnType<typeof analyze>, format: Format): string {
  switch (format) {
    case 'json':
      return formatJson(analysis);
    case 'sarif':
      return formatSarif(analysis, { baseDir: '.', toolVersion: '0.1.0' });
    case 'github':
      return formatGithub(analysis);
    case 'human':
      return formatHuman(analysis, { color: shouldColor(process.stdout, process.env) });
  }
}

export function parseDate(value: string): string {
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  ) {
    throw new InvalidArgumentError(`"${value}" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20.`);
  }
  return value;
}

export function parseCodes(value: string): RuleCode[] {
  const codes = value
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  const unknown = codes.filter((c) => !(RULE_CODES as readonly string[]).includes(c));
  if (unknown.length) throw new InvalidArgumentError(`unknown rule code(s) ${unknown.join(', ')}; known: ${RULE_CODES.join(', ')}`);
  return codes as RuleCode[];
}

export type FailOnLevel = 'error' | 'warning' | 'never';

/** True when a finding is at least as severe as `failOn` (notes never fail a build). */
export function failsOn(analysis: { findings: readonly { severity: string }[] }, failOn: FailOnLevel): boolean {
  if (failOn === 'never') return false;
  return analysis.findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
}
