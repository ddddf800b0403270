/**
 * `planb plan <blueprint> [--format text|json|markdown] [--out file]`: every resource the stack
 * would create, computed offline by running the stack program under Pulumi's mock runtime.
 * Pulumi (~2 s to import) is loaded only inside the action, after the runtime is prepared.
 */
import type { Command } from 'commander';
import { writeFileAtomically } from '../../generators/output';
import { loadBlueprintFile, type Diagnostic } from '../../loader/index';
import { EXIT } from '../exit-codes';
import { formatOption } from '../options';
import { diagnosticsText } from '../print-diagnostics';

type PlanFormat = 'text' | 'json' | 'markdown';

export function register(program: Command): void {
  program
    .command('plan')
    .description('show, offline, every cloud resource the blueprint\'s Pulumi stack would create (no cloud account needed)')
    .argument('<blueprint>', 'blueprint file')
    .addOption(formatOption<PlanFormat>(['text', 'json', 'markdown']))
    .option('--out <file>', 'write to a file (replaced atomically) instead of standard output')
    .addHelpText(
      'after',
      '\nExamples:\n  planb plan blueprints/online-shop.yaml\n  planb plan blueprints/online-shop.yaml --format markdown --out plan.md\n\n' +
        'Exit status: 0 planned, 1 invalid blueprint or a blueprint the stack cannot build, 2 usage error.',
    )
    .action(async (file: string, opts: { format: PlanFormat; out?: string }) => {
      process.exitCode = await run(file, opts);
    });
}

async function run(file: string, opts: { format: PlanFormat; out?: string }): Promise<number> {
  const loaded = loadBlueprintFile(file);
  process.stderr.write(diagnosticsText(loaded.diagnostics as Diagnostic[]));
  if (!loaded.ok) return EXIT.invalid;
  // Lazy: Pulumi costs ~2 s to load, and generators/plan prepares the runtime before it loads.
  const { planModel, renderPlan } = await import('../../generators/plan/index.js');
  let text: string;
  try {
    text = renderPlan(await planModel(loaded.model, { blueprint: file }), opts.format);
  } catch (error) {
    // A component refusing its arguments names the argument and the fix; show just that.
    process.stderr.write(`planb plan: ${file}: the stack cannot be built: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.invalid;
  }
  if (opts.out === undefined) {
    process.stdout.write(text);
  } else {
    writeFileAtomically(opts.out, text);
    process.stderr.write(`wrote ${opts.out}\n`);
  }
  return EXIT.ok;
}
