/**
 * How commands take their input and name it: `-` reads standard input (a terminal is refused),
 * file-system problems are exit 1 with the path and the fix, an unknown --locale is a usage error,
 * and outputs name the blueprint by its project-relative path, so the same file gives the same
 * bytes from any working folder; analyze and build agree on the verdict by default.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';
import { ROOT, runCliProcess } from '../spawn-cli';

const EXAMPLE = join(ROOT, 'blueprints/online-shop.yaml');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('standard input', () => {
  it('`-` reads the blueprint from standard input, named <stdin>', async () => {
    const text = readFileSync(EXAMPLE);
    const out = join(mkdtempSync(join(tmpdir(), 'planb-stdin-')), 'out');
    // Three processes of their own, started together: the second core runs one while this waits.
    const [valid, bad, built] = await Promise.all([
      runCliProcess(['validate', '-'], { stdin: text }),
      runCliProcess(['validate', '-'], { stdin: 'version: 1\nbusiness: [\n' }),
      runCliProcess(['build', '-', '--out', out, '--no-plan'], { stdin: text }),
    ]);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toBe('<stdin>: valid\n');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^<stdin>:\d+:\d+: error PB0\d\d/m);
    expect(built.code).toBe(0);
    expect(readFileSync(join(out, 'verdict/analysis.txt'), 'utf8')).toContain('<stdin>');
  }, 60_000);

  it('an empty standard input is an empty blueprint, not a hang', async () => {
    const r = await runCliProcess(['validate', '-'], { stdin: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('<stdin>: error PB004: the file is empty');
  }, 30_000);
});

describe('file-system problems', () => {
  it('an --out below a file is exit 1 with the path and the fix, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planb-fs-'));
    writeFileSync(join(dir, 'afile'), 'x');
    const r = await runCli('build', EXAMPLE, '--out', join(dir, 'afile', 'out'), '--no-plan');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `planb: cannot create the folder ${join(dir, 'afile')}: a file already stands there where a folder is needed`,
    );
    expect(r.stderr).not.toContain('internal error');
    expect(readdirSync(dir)).toEqual(['afile']);
  });

  it('plan --out into a missing folder is exit 1 naming it, not an internal error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planb-fs-'));
    const target = join(dir, 'no', 'such', 'plan.txt');
    const r = await runCli('plan', EXAMPLE, '--out', target);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`planb: cannot write ${target}: a folder on the way does not exist`);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);

  it('plan --out never writes over the blueprint, even with --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planb-self-'));
    const blueprint = join(dir, 'shop.yaml');
    cpSync(EXAMPLE, blueprint);
    const r = await runCli('plan', blueprint, '--out', blueprint, '--force');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is the blueprint being read');
    expect(readFileSync(blueprint).equals(readFileSync(EXAMPLE))).toBe(true);
  });
});

describe('--locale', () => {
  it.each([['build'], ['docs'], ['analyze']])('an unknown language is a usage error for %s', async (command) => {
    const out = join(mkdtempSync(join(tmpdir(), 'planb-loc-')), 'out');
    const args = command === 'analyze' ? [command, EXAMPLE, '--locale', 'xx'] : [command, EXAMPLE, '--out', out, '--locale', 'xx'];
    const r = await runCli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/argument 'xx' is invalid\. Allowed choices are en, ru/);
  });
});

describe('the same file gives the same bytes from anywhere', () => {
  it('outputs name the blueprint by its project-relative path, whatever the working folder', async () => {
    const work = mkdtempSync(join(tmpdir(), 'planb-where-'));
    const project = join(work, 'client');
    mkdirSync(join(project, '.git'), { recursive: true });
    mkdirSync(join(project, 'blueprints'));
    cpSync(EXAMPLE, join(project, 'blueprints', 'shop.yaml'));
    // Three builds into three folders, started together (each its own process and working folder).
    const [fromRoot, fromBelow, fromOutside] = await Promise.all([
      runCliProcess(['build', 'blueprints/shop.yaml', '--out', join(work, 'a'), '--no-plan'], { cwd: project }),
      runCliProcess(['build', 'shop.yaml', '--out', join(work, 'b'), '--no-plan'], { cwd: join(project, 'blueprints') }),
      runCliProcess(['build', join(project, 'blueprints', 'shop.yaml'), '--out', join(work, 'c'), '--no-plan'], { cwd: tmpdir() }),
    ]);
    for (const r of [fromRoot, fromBelow, fromOutside]) expect(r.code, r.stderr).toBe(0);
    const files = listFiles(join(work, 'a'));
    expect(readFileSync(join(work, 'a', 'verdict/analysis.txt'), 'utf8')).toContain('blueprints/shop.yaml');
    for (const other of ['b', 'c']) {
      expect(listFiles(join(work, other))).toEqual(files);
      for (const f of files)
        expect(readFileSync(join(work, other, f)).equals(readFileSync(join(work, 'a', f))), `${other}/${f}`).toBe(true);
    }
  }, 120_000);

  it('analyze and build give the same verdict by default (judged as of business.revised)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'planb-same-')), 'out');
    expect((await runCli('build', EXAMPLE, '--out', out, '--no-plan')).code).toBe(0);
    const analyzed = await runCli('analyze', EXAMPLE, '--format', 'json', '--fail-on', 'never');
    expect(analyzed.stdout).toBe(readFileSync(join(out, 'verdict/analysis.json'), 'utf8'));
    const sarif = await runCli('analyze', EXAMPLE, '--format', 'sarif', '--fail-on', 'never');
    expect(sarif.stdout).toBe(readFileSync(join(out, 'verdict/analysis.sarif'), 'utf8'));
  });
});
