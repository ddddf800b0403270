/**
 * `--out` destinations a slip of the shell produces: each is refused with exit 2 and a message
 * naming it and the fix, before the blueprint is read, and nothing anywhere is touched.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputFolder, claimOutputFolder, OutputError } from '../../../cli/output';
import { runCli } from '../run-cli';

const EXAMPLE = join(__dirname, '../../../blueprints/online-shop.yaml');

/** A small project: a repository with a blueprint folder, and a home and cwd of its own. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'planb-guard-'));
  const repo = join(root, 'home', 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(join(repo, 'blueprints'));
  cpSync(EXAMPLE, join(repo, 'blueprints', 'shop.yaml'));
  mkdirSync(join(repo, 'mine'));
  writeFileSync(join(repo, 'mine', 'notes.txt'), 'my own notes\n');
  const context = { blueprint: join(repo, 'blueprints', 'shop.yaml'), cwd: join(repo, 'blueprints'), home: join(root, 'home') };
  return { root, repo, context };
}

function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => `${join(e.parentPath, e.name)}:${e.isFile() ? readFileSync(join(e.parentPath, e.name)).length : 'dir'}`)
    .sort();
}

describe('checkOutputFolder refuses what a build must never replace', () => {
  const { root, repo, context } = project();
  const cases: [what: string, out: string, message: RegExp][] = [
    ['an empty path (an unset variable)', '', /--out is empty \(an unset variable/],
    ['blanks only', '  ', /--out is empty/],
    ['the current folder', '.', /the current folder or one above it/],
    ['the folder above the current one', '..', /the current folder or one above it/],
    ['the root of the file system', '/', /root of the file system/],
    ['a folder right under the root', '/tmp', /is a system folder/],
    ["the system's temporary folder", tmpdir(), /is a system folder/],
    ['the home folder', join(root, 'home'), /is your home folder, which/],
    ['the folder holding the blueprint', join(repo, 'blueprints'), /the folder holding the blueprint|the current folder/],
    ['a repository root', repo, /current folder or one above it|root of a repository/],
    ['inside .git', join(repo, '.git', 'out'), /inside a \.git folder/],
    [
      "a folder of someone's own files",
      join(repo, 'mine'),
      /holds 1 entry that Plan B did not write \(no \.planb-output marker\).*--force/,
    ],
    ['an existing file', join(repo, 'mine', 'notes.txt'), /exists and is not a folder/],
  ];
  it.each(cases)('%s', (_what, out, message) => {
    const before = snapshot(root);
    let error: unknown;
    try {
      checkOutputFolder(out, context);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).kind).toBe('usage');
    expect((error as Error).message).toMatch(message);
    expect(snapshot(root)).toEqual(before);
  });

  it("suggests a folder named after the blueprint being built, not the example's", () => {
    const said = (out: string, ctx: Parameters<typeof checkOutputFolder>[1]) => {
      try {
        checkOutputFolder(out, ctx);
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    };
    expect(said('', context)).toMatch(/e\.g\. --out out\/shop$/);
    expect(said(join(repo, 'blueprints'), context)).toMatch(/e\.g\. --out out\/shop$/);
    expect(said('', { ...context, blueprint: '-' })).toMatch(/e\.g\. --out out\/plan-b$/);
  });

  it('a repository root is refused even when it is neither the cwd nor above the blueprint', () => {
    const other = join(root, 'elsewhere');
    mkdirSync(join(other, '.git'), { recursive: true });
    expect(() => checkOutputFolder(other, context)).toThrow(/root of a repository \(it holds \.git\)/);
  });

  it('a link to a protected place is refused like the place', () => {
    const link = join(root, 'link-to-home');
    symlinkSync(join(root, 'home'), link);
    expect(() => checkOutputFolder(link, context)).toThrow(/home folder/);
  });

  it("accepts a new folder, an empty one, an earlier Plan B output, and someone's folder with --force", () => {
    expect(checkOutputFolder(join(repo, 'out', 'new'), context)).toBe(join(repo, 'out', 'new'));
    mkdirSync(join(repo, 'empty'));
    expect(checkOutputFolder(join(repo, 'empty'), context)).toBe(join(repo, 'empty'));
    mkdirSync(join(repo, 'earlier'));
    writeFileSync(join(repo, 'earlier', '.planb-output'), 'marker');
    writeFileSync(join(repo, 'earlier', 'old.md'), 'x');
    expect(checkOutputFolder(join(repo, 'earlier'), context)).toBe(join(repo, 'earlier'));
    expect(checkOutputFolder(join(repo, 'mine'), { ...context, force: true })).toBe(join(repo, 'mine'));
  });

  it('--force never opens a protected place', () => {
    expect(() => checkOutputFolder('.', { ...context, force: true })).toThrow(/current folder/);
    expect(() => checkOutputFolder(repo, { ...context, force: true, cwd: root })).toThrow(/folder holding the blueprint/);
    mkdirSync(join(root, 'another', '.git'), { recursive: true });
    expect(() => checkOutputFolder(join(root, 'another'), { ...context, force: true })).toThrow(/root of a repository/);
  });
});

describe('planb build with a refused --out', () => {
  it.each([[''], ['.'], ['..'], ['blueprints']])('--out %j exits 2 before reading the blueprint and touches nothing', async (out) => {
    const { repo } = project();
    const before = snapshot(repo);
    // Run from the repository root, as a user would; `blueprints` holds the blueprint.
    const cwd = process.cwd();
    process.chdir(repo);
    try {
      const r = await runCli('build', 'blueprints/shop.yaml', '--out', out, '--no-plan');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^planb: --out /);
      expect(r.stdout).toBe('');
    } finally {
      process.chdir(cwd);
    }
    expect(snapshot(repo)).toEqual(before);
    expect(statSync(join(repo, '.git')).isDirectory()).toBe(true);
  });

  it('creates the folders on the way to a new --out, and leaves none when the run stops early', async () => {
    const { root, context } = project();
    const out = join(root, 'new', 'deep', 'out');
    const r = await runCli('build', context.blueprint, '--out', out, '--no-plan');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.planb-output', 'documents', 'verdict']);
    // Claimed, then released without writing (the run failed after the blueprint loaded).
    const claim = claimOutputFolder(join(root, 'other', 'deep', 'out'), context);
    expect(readdirSync(join(root, 'other', 'deep'))).toEqual(['.out.planb-lock']);
    claim.release();
    expect(readdirSync(root)).not.toContain('other');
  });

  it("an existing folder of someone else's is replaced only with --force", async () => {
    const { repo, context } = project();
    const r = await runCli('build', context.blueprint, '--out', join(repo, 'mine'), '--no-plan');
    expect(r.code).toBe(2);
    expect(readFileSync(join(repo, 'mine', 'notes.txt'), 'utf8')).toBe('my own notes\n');
    const forced = await runCli('build', context.blueprint, '--out', join(repo, 'mine'), '--no-plan', '--force');
    expect(forced.code).toBe(0);
    expect(readdirSync(join(repo, 'mine')).sort()).toEqual(['.planb-output', 'documents', 'verdict']);
    // Now it is Plan B's own: the next build replaces it without --force.
    expect((await runCli('build', context.blueprint, '--out', join(repo, 'mine'), '--no-plan')).code).toBe(0);
  });
});
