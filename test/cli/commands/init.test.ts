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

  it('refuses to overwrite an existing blueprint without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planb-init-'));
    writeFileSync(join(dir, 'planb.yaml'), 'mine\n');
    const r = await runCli('init', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already exist');
    expect(readFileSync(join(dir, 'planb.yaml'), 'utf8')).toBe('mine\n');
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
      expect(r.stderr).toBe(`planb init: ${file} is a file, not a folder; name a folder to write the client repository into (it is created if missing)\n`);
      expect(r.stdout).toBe('');
    }
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
