import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

const ROOT = join(__dirname, '../../..');
const fixture = (name: string) => join(ROOT, 'test/fixtures', name);

describe('planb validate', () => {
  it('says valid and exits 0 for a valid blueprint', async () => {
    const r = await runCli('validate', fixture('blueprints/minimal.yaml'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${fixture('blueprints/minimal.yaml')}: valid\n`);
    expect(r.stderr).toBe('');
  });

  it('prints every error as file:line:col with a hint and exits 1', async () => {
    const file = fixture('loader/many-errors.yaml');
    const r = await runCli('validate', file);
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith(file));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(`${file}:10:9: error PB024: "Minimal" is not a valid value for slug (at /business/slug)`);
    expect(r.stderr).toContain('  hint: did you mean "shop"?');
    expect(r.stdout).toBe(`${file}: 5 errors\n`);
  });

  it('checks several files and fails if any is wrong', async () => {
    const r = await runCli('validate', fixture('blueprints/minimal.yaml'), fixture('loader/zero-rpo.yaml'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('minimal.yaml: valid');
    expect(r.stdout).toContain('zero-rpo.yaml: 1 error');
  });

  it('--format json gives machines the same diagnostics', async () => {
    const r = await runCli('validate', '--format', 'json', fixture('loader/dangling-reference.yaml'));
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      valid: boolean;
      diagnostics: { code: string; line: number; column: number; hint: string }[];
    }[];
    expect(report[0]?.valid).toBe(false);
    expect(report[0]?.diagnostics[0]).toMatchObject({ code: 'PB031', line: 8, column: 10, hint: 'did you mean "ann"?' });
  });

  it('exits 2 on usage errors', async () => {
    expect((await runCli('validate')).code).toBe(2);
    expect((await runCli('validate', '--format', 'xml', 'x.yaml')).code).toBe(2);
    expect((await runCli('no-such-command')).code).toBe(2);
  });

  it('has --help with an example, and --version', async () => {
    const help = await runCli('validate', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('planb validate blueprints/online-shop.yaml');
    const version = await runCli('--version');
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
