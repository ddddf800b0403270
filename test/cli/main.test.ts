/**
 * The entry point's last line of defence: a command whose work waits on something that will never
 * happen (a bug) would end with an empty event loop and no word; it ends with exit 3 and says so.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../cli/main';
import { ROOT, TSX_LOADER, finished } from './spawn-cli';

function runScript(source: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'planb-main-')), 'entry.ts');
  writeFileSync(file, source);
  return finished(spawn(process.execPath, ['--import', TSX_LOADER, file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }));
}

describe('runCli', () => {
  it('a command left waiting for ever ends with exit 3 and says it is a bug', async () => {
    const main = JSON.stringify(join(ROOT, 'cli/main.ts'));
    const [stuck, done] = await Promise.all([
      runScript(`import { runCli } from ${main};\nrunCli(() => new Promise<number>(() => undefined));\n`),
      runScript(`import { runCli } from ${main};\nrunCli(async () => 0);\n`),
    ]);
    expect(stuck.code).toBe(3);
    expect(stuck.stderr).toBe('planb: internal error (a bug in Plan B, please report it): the command stopped before it finished\n');
    // A command that ends says nothing more and keeps its exit status.
    expect(done).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('the README command table', () => {
  // `analyze`'s row left out --locale, which its --help lists: each row names exactly the options --help does.
  const rows = readFileSync(join(ROOT, 'README.md'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| `planb '));
  const flags = (text: string) => new Set(text.match(/--[a-z][a-z-]*/g) ?? []);

  it.each(buildProgram().commands.map((c) => [c.name(), c] as const))(
    'planb %s: its row names every option of its --help, and no other',
    (name, command) => {
      const row = rows.find((line) => line.startsWith(`| \`planb ${name} `) || line.startsWith(`| \`planb ${name}\``));
      expect(row, `README.md has no row for planb ${name}`).toBeDefined();
      const options = command.options.map((o) => o.long!).filter((long) => long !== '--help');
      expect([...flags(row!)].sort()).toEqual([...new Set(options)].sort());
    },
  );
});
