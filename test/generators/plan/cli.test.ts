/** `planb plan` as a user runs it: formats, --out, and a wrong blueprint. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';

describe('planb plan', () => {
  it('prints the text tree that the golden file holds', async () => {
    const r = await runCli('plan', 'blueprints/dental-clinic.yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync('test/golden/plans/dental-clinic.txt', 'utf8'));
  });

  it('writes JSON to --out, and it parses', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'planb-plan-')), 'plan.json');
    const r = await runCli('plan', 'blueprints/dental-clinic.yaml', '--format', 'json', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const plan = JSON.parse(readFileSync(out, 'utf8')) as { business: string; resources: { type: string }[] };
    expect(plan.business).toBe('ulybka-dent');
    expect(plan.resources.some((x) => x.type === 'planb:backup:BackupVaults')).toBe(true);
  });

  it('fails with file:line:column on a wrong blueprint and plans nothing', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'planb-plan-')), 'bad.yaml');
    writeFileSync(file, readFileSync('blueprints/dental-clinic.yaml', 'utf8').replace('criticality: critical', 'criticality: vital'));
    const r = await runCli('plan', file, '--format', 'markdown');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:\\d+:\\d+: `));
  });

  it('judges the Lambda runtime on --today: clean now, an error once AWS blocks it, and exit 1', async () => {
    const now = await runCli('plan', 'blueprints/dental-clinic.yaml', '--today', '2026-12-02');
    expect(now.code).toBe(0);
    expect(now.stdout).toMatch(/Preflight as of 2026-12-02: 0 errors, \d+ warnings?/);
    const later = await runCli('plan', 'blueprints/dental-clinic.yaml', '--today', '2027-06-01', '--format', 'json');
    expect(later.code).toBe(1);
    const plan = JSON.parse(later.stdout) as {
      preflight: { today: string; findings: { code: string; severity: string; location: string }[] };
    };
    expect(plan.preflight.today).toBe('2027-06-01');
    const errors = plan.preflight.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.code === 'PF001' && /^blueprints\/dental-clinic\.yaml:\d+:\d+$/.test(f.location))).toBe(true);
    expect(later.stderr).toMatch(/preflight found \d+ errors?/);
  });

  it('refuses an unknown format as a usage error', async () => {
    expect((await runCli('plan', 'blueprints/dental-clinic.yaml', '--format', 'yaml')).code).toBe(2);
  });
});
