import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main';
import { WELL_DESIGNED } from './load';

const FIX = (name: string) => join(__dirname, '../fixtures/analysis', name);

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  process.exitCode = undefined;
  const code = await main(args);
  process.exitCode = undefined;
  vi.restoreAllMocks();
  return { code, out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('planb analyze', () => {
  it('fails on errors by default and not with --fail-on never', async () => {
    expect((await run(['analyze', FIX('pb102-critical-process-without-plan-b.yaml'), '--today', '2026-11-20'])).code).toBe(1);
    expect(
      (await run(['analyze', FIX('pb102-critical-process-without-plan-b.yaml'), '--today', '2026-11-20', '--fail-on', 'never'])).code,
    ).toBe(0);
  });

  it('passes the well-designed blueprint even with --fail-on warning', async () => {
    const r = await run(['analyze', WELL_DESIGNED, '--today', '2026-11-20', '--fail-on', 'warning']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('0 errors, 0 warnings');
  });

  it('fails on a warning with --fail-on warning', async () => {
    const r = await run([
      'analyze',
      FIX('pb141-domain-without-expiry-watch.yaml'),
      '--today',
      '2026-11-20',
      '--only',
      'PB141',
      '--fail-on',
      'warning',
    ]);
    expect(r.code).toBe(1);
  });

  it('rejects a bad --today as a usage error', async () => {
    const r = await run(['analyze', WELL_DESIGNED, '--today', '2026-02-30']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('YYYY-MM-DD');
  });

  it('reads --today for the drill check', async () => {
    const early = await run(['analyze', FIX('pb170-drill-recent.yaml'), '--today', '2026-11-20', '--format', 'json']);
    const late = await run(['analyze', FIX('pb170-drill-recent.yaml'), '--today', '2027-06-01', '--format', 'json']);
    const codes = (s: string) => (JSON.parse(s).findings as { code: string }[]).map((f) => f.code);
    expect(codes(early.out)).not.toContain('PB170');
    expect(codes(late.out)).toContain('PB170');
  });
});

describe('planb simulate', () => {
  it('reports a stop and names unknown targets as a usage error', async () => {
    const ok = await run(['simulate', FIX('pb103-backup-messenger-on-the-same-office-line.yaml'), '--fail', 'office']);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Payments \(critical\): STOPS, its plan B needs Messenger/);
    const bad = await run(['simulate', FIX('pb103-backup-messenger-on-the-same-office-line.yaml'), '--fail', 'nowhere']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('"nowhere"');
  });
});
