/**
 * The `planb` command. Each command lives in cli/commands/<name>.ts and registers itself here;
 * heavy libraries (Pulumi above all: ~2 s to import) are loaded inside the actions that need them,
 * so `planb validate` starts fast.
 */
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from './exit-codes';
import { isFileSystemError, OutputError } from './output';
import { packageRoot } from './package-root';
import * as validate from './commands/validate';
import * as init from './commands/init';
import * as analyze from './commands/analyze';
import * as simulate from './commands/simulate';
import * as docs from './commands/docs';
import * as build from './commands/build';
import * as plan from './commands/plan';
import * as report from './commands/report';
import { writeErr } from './terminal-text';

/** Every command, in the order `--help` lists them. */
const COMMANDS: readonly { register(program: Command): void }[] = [build, validate, analyze, simulate, docs, plan, report, init];

export function buildProgram(): Command {
  const program = new Command('planb')
    .description('Plan B compiles a business-continuity blueprint into a verdict, documents and Pulumi infrastructure.')
    .version(readVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      [
        '',
        'Example:',
        '  planb init clients/acme && planb validate clients/acme/planb.yaml',
        '  planb build blueprints/online-shop.yaml --out out/online-shop',
        '',
        'Each command has --help with its own example, e.g. planb build --help.',
      ].join('\n'),
    )
    .exitOverride();
  program.configureOutput({ writeErr: (s) => writeErr(s) });
  for (const command of COMMANDS) command.register(program);
  program.commands.forEach((c) => c.exitOverride());
  return program;
}

function readVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage mistakes with 2.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const userError = describeUserError(error);
    if (userError === undefined) throw error;
    writeErr(`planb: ${userError.message}\n`);
    return userError.code;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
}

/**
 * A refused destination (exit 2) or a file-system problem (exit 1) is the user's to fix, with the
 * path and what to do; anything else escapes to runCli as a bug in Plan B (exit 3).
 */
function describeUserError(error: unknown): { message: string; code: number } | undefined {
  if (error instanceof OutputError) return { message: error.message, code: error.kind === 'usage' ? EXIT.usage : EXIT.invalid };
  if (isFileSystemError(error)) {
    const where = error.path !== undefined ? ` ${error.path}` : '';
    return {
      message: `cannot ${error.syscall}${where}: ${error.code}; check the path, its permissions and free space`,
      code: EXIT.invalid,
    };
  }
  return undefined;
}

/** Entry point of bin/planb.js (`run` is the command itself; tests give one that never ends). */
export function runCli(run: (argv: readonly string[]) => Promise<number> = main): void {
  let settled = false;
  // Node ends a process whose event loop has nothing left to do, even while the command still waits
  // on a promise that nothing will ever settle (a registration of the plan that never completes):
  // that would end silently, with exit 0. Say it is a bug instead.
  process.once('beforeExit', () => {
    if (settled) return;
    writeErr('planb: internal error (a bug in Plan B, please report it): the command stopped before it finished\n');
    process.exitCode = EXIT.bug;
  });
  run(process.argv.slice(2)).then(
    (code) => {
      settled = true;
      process.exitCode = code;
    },
    (error: unknown) => {
      settled = true;
      // An unexpected failure is a bug in Plan B, never in the user's blueprint: say so plainly.
      writeErr(`planb: internal error (a bug in Plan B, please report it): ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.PLANB_DEBUG) writeErr(`${(error as Error)?.stack ?? ''}\n`);
      process.exitCode = EXIT.bug;
    },
  );
}

if (require.main === module) runCli();
