import type { Command } from 'commander';
import { loadBlueprintFile, type Diagnostic } from '../../loader/index';
import { STDIN_NAME } from '../../loader/read-source';
import { EXIT } from '../exit-codes';
import { diagnosticsText, summaryLine } from '../print-diagnostics';
import { formatOption } from '../options';
import { writeOut, writeErr } from '../terminal-text';

export function register(program: Command): void {
  program
    .command('validate')
    .description('check blueprints: YAML, schema, references, secrets; every error at once with file:line:column')
    .argument('<file...>', 'blueprint files (- reads standard input)')
    .addOption(formatOption(['text', 'json']))
    .addHelpText(
      'after',
      '\nExamples:\n  planb validate blueprints/online-shop.yaml\n  planb validate --format json blueprints/*.yaml\n\nExit status: 0 valid, 1 a blueprint is wrong, 2 usage error.',
    )
    .action((files: string[], opts: { format: 'text' | 'json' }) => {
      const results = files.map((file) => ({ file: file === '-' ? STDIN_NAME : file, result: loadBlueprintFile(file) }));
      if (opts.format === 'json') {
        const report = results.map(({ file, result }) => ({ file, valid: result.ok, diagnostics: result.diagnostics }));
        writeOut(JSON.stringify(report, null, 2) + '\n');
      } else {
        for (const { file, result } of results) {
          writeErr(diagnosticsText(result.diagnostics as Diagnostic[]));
          writeOut(summaryLine(file, result.diagnostics));
        }
      }
      process.exitCode = results.every((r) => r.result.ok) ? EXIT.ok : EXIT.invalid;
    });
}
