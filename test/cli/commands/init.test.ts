import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

describe('planb init', () => {
  it('writes a starter blueprint that validates, with the schema beside it for editors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planb-init-'));
    const r = await runCli('init', dir);
    expect(r.code).toBe(0);
    const blueprint = join(dir, 'planb.yaml');
    expect(readFileSync(blueprint, 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.planb\/blueprint\.schema\.json/);
    expect(existsSync(join(dir, '.planb/blueprint.schema.json'))).toBe(true);
    expect((await runCli('validate', blueprint)).code).toBe(0);
  });

  it('in an existing repository writes what is missing and leaves the rest alone, saying which', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planb-init-'));
    writeFileSync(join(dir, 'planb.yaml'), 'mine\n');
    writeFileSync(join(dir, 'package.json'), '{"name":"theirs"}\n');
    const r = await runCli('init', dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`left alone (already there; --force overwrites): ${join(dir, 'planb.yaml')}, ${join(dir, 'package.json')}`);
    expect(r.stdout).toContain(`wrote ${join(dir, 'Pulumi.yaml')}`);
    expect(existsSync(join(dir, '.github/workflows/planb.yml'))).toBe(true);
    expect(readFileSync(join(dir, 'planb.yaml'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe('{"name":"theirs"}\n');
    expect((await runCli('init', dir, '--force')).code).toBe(0);
    expect(readFileSync(join(dir, 'planb.yaml'), 'utf8')).not.toBe('mine\n');
  });

  it('a path that is a file is a usage error naming it, not an internal error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planb-init-'));
    const file = join(dir, 'afile');
    writeFileSync(file, '');
    for (const target of [file, join(file, 'sub')]) {
      const r = await runCli('init', target);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `planb init: ${file} is a file, not a folder; name a folder to write the client repository into (it is created if missing)\n`,
      );
      expect(r.stdout).toBe('');
    }
  });
});

describe('the client package.json', () => {
  it('installs Plan B from the spec given with --planb-source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planb-init-'));
    const spec = 'git+https://github.com/acme/planb.git#v0.1.0';
    expect((await runCli('init', dir, '--planb-source', spec)).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(manifest.dependencies.planb).toBe(spec);
  });

  it('by default names where the running Plan B came from, which npm can install', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planb-init-'));
    const r = await runCli('init', dir);
    const spec = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies
      .planb!;
    expect(spec).not.toContain('YOUR-ORG');
    if (spec.startsWith('file:')) {
      // A local checkout: the path holds this Plan B, and init says CI cannot reach it.
      expect(JSON.parse(readFileSync(join(spec.slice(5), 'package.json'), 'utf8')).name).toBe('planb');
      expect(r.stderr).toContain('--planb-source');
    } else {
      expect(spec).toMatch(/^git\+(https|ssh):\/\//);
    }
  });

  it('the starter blueprint points at documentation that ships with Plan B', () => {
    const starter = readFileSync(join(__dirname, '../../../cli/init/starter.yaml'), 'utf8');
    const paths = [...starter.matchAll(/node_modules\/planb\/([\w./-]+[\w/])/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(existsSync(join(__dirname, '../../..', p)), p).toBe(true);
  });
});

describe('planb --help', () => {
  it('ends with an example', async () => {
    const r = await runCli('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Example:\n {2}planb init clients\/acme && planb validate clients\/acme\/planb\.yaml\n/);
    expect(r.stdout).toContain('planb build blueprints/online-shop.yaml --out out/online-shop');
  });
});
