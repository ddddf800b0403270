/**
 * `planb init [dir]`: a client repository. Writes what is missing and leaves every existing file
 * alone, saying which (`--force` overwrites them), so it can run in a repository that already has
 * a README, a package.json or CI of its own. The client package.json names where the running
 * Plan B came from (cli/init/planb-source.ts), so `npm install` works without editing.
 */
import type { Command } from 'commander';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXIT } from '../exit-codes';
import { planbSource } from '../init/planb-source';
import { withProjectName } from '../init/project-name';
import { writeFileAtomically } from '../output';
import { packageRoot } from '../package-root';
import { writeOut, writeErr } from '../terminal-text';

/** The files `planb init` writes: destination -> source under the package root. */
export const INIT_FILES: readonly { to: string; from: string }[] = [
  { to: 'planb.yaml', from: 'cli/init/starter.yaml' },
  // The schema beside the blueprint, so an editor completes keys with no network.
  { to: '.planb/blueprint.schema.json', from: 'schemas/blueprint.schema.json' },
  // The Pulumi project, an example stack file, and CI: preview on pull requests, up on main.
  { to: 'Pulumi.yaml', from: 'cli/init/Pulumi.yaml' },
  { to: 'Pulumi.example.yaml', from: 'cli/init/Pulumi.example.yaml' },
  { to: '.github/workflows/planb.yml', from: 'cli/init/github/planb.yml' },
  // Installs Plan B (and so the Pulumi program) in the client repository; run `npm install` once
  // to pin it in package-lock.json, which the workflow's `npm ci` needs.
  { to: 'package.json', from: 'cli/init/client-package.json' },
];

interface InitOptions {
  force: boolean;
  planbSource?: string;
}

export function register(program: Command): void {
  program
    .command('init')
    .description('write a commented starter blueprint (and the files a client repository needs) into a folder')
    .argument('[dir]', 'where to write', '.')
    .option('--force', 'overwrite files that already exist', false)
    .option('--planb-source <spec>', 'what the client package.json installs Plan B from (default: where this Plan B came from)')
    .addHelpText(
      'after',
      '\nExamples:\n  planb init clients/lavka && planb validate clients/lavka/planb.yaml\n' +
        '  planb init . --planb-source git+https://github.com/your-org/planb.git#v0.1.0\n\n' +
        'Existing files are left alone (and listed); --force overwrites them. Exit status: 0 written, 1 a file-system problem, 2 usage error.',
    )
    .action((dir: string, opts: InitOptions) => {
      process.exitCode = run(dir, opts);
    });
}

function run(dir: string, opts: InitOptions): number {
  const blocked = notAFolder(dir);
  if (blocked !== undefined) {
    writeErr(
      `planb init: ${blocked} is a file, not a folder; name a folder to write the client repository into (it is created if missing)\n`,
    );
    return EXIT.usage;
  }
  const source = planbSource(packageRoot(), opts.planbSource);
  const kept: string[] = [];
  for (const f of INIT_FILES) {
    const target = join(dir, f.to);
    if (existsSync(target) && !opts.force) {
      kept.push(target);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    // An interrupted init leaves no half file.
    writeFileAtomically(target, content(f, source.spec, dir));
    writeOut(`wrote ${target}\n`);
  }
  if (kept.length > 0) {
    writeOut(`left alone (already there; --force overwrites): ${kept.join(', ')}\n`);
  }
  if (source.warning !== undefined && !kept.includes(join(dir, 'package.json'))) writeErr(`planb init: note: ${source.warning}\n`);
  return EXIT.ok;
}

function content(file: { to: string; from: string }, spec: string, dir: string): Buffer | string {
  const bytes = readFileSync(join(packageRoot(), file.from));
  // One Pulumi organisation holds many clients: the project is named after the client's folder.
  if (file.to === 'Pulumi.yaml') return withProjectName(bytes.toString('utf8'), dir);
  if (file.to !== 'package.json') return bytes;
  const manifest = JSON.parse(bytes.toString('utf8')) as { dependencies: Record<string, string> };
  manifest.dependencies.planb = spec;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** `dir` itself or the nearest existing folder above it, when that is a file: init cannot write there. */
function notAFolder(dir: string): string | undefined {
  for (let path = dir; ; path = dirname(path)) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      if (dirname(path) === path) return undefined;
      continue;
    }
    return stat.isDirectory() ? undefined : path;
  }
}
