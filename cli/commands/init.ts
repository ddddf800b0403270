import type { Command } from 'commander';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { writeFileAtomically } from '../../generators/output';
import { dirname, join } from 'node:path';
import { packageRoot } from '../package-root';
import { EXIT } from '../exit-codes';
import { withProjectName } from '../init/project-name';

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

export function register(program: Command): void {
  program
    .command('init')
    .description('write a commented starter blueprint (and the files a client repository needs) into a folder')
    .argument('[dir]', 'where to write', '.')
    .option('--force', 'overwrite files that already exist', false)
    .addHelpText('after', '\nExample:\n  planb init clients/lavka && planb validate clients/lavka/planb.yaml')
    .action((dir: string, opts: { force: boolean }) => {
      const blocked = notAFolder(dir);
      if (blocked !== undefined) {
        process.stderr.write(`planb init: ${blocked} is a file, not a folder; name a folder to write the client repository into (it is created if missing)\n`);
        process.exitCode = EXIT.usage;
        return;
      }
      const existing = INIT_FILES.filter((f) => existsSync(join(dir, f.to)));
      if (existing.length && !opts.force) {
        process.stderr.write(`planb init: ${existing.map((f) => join(dir, f.to)).join(', ')} already exist(s); nothing written (use --force to overwrite)\n`);
        process.exitCode = EXIT.usage;
        return;
      }
      for (const f of INIT_FILES) {
        const target = join(dir, f.to);
        mkdirSync(join(target, '..'), { recursive: true });
        // An interrupted init leaves no half file.
        const source = readFileSync(join(packageRoot(), f.from));
        writeFileAtomically(target, f.to === 'Pulumi.yaml' ? withProjectName(source.toString('utf8'), dir) : source);
        process.stdout.write(`wrote ${target}\n`);
      }
    });
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
