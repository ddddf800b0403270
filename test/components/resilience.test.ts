import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type ResourceLog, installMocks, resolve, settle } from './mocks';
import { ResiliencyPolicy, type ResiliencyPolicyArgs, checkTiers, goDuration } from '../../components/resilience';

let log: ResourceLog;
beforeAll(async () => {
  log = await installMocks();
});

const args: ResiliencyPolicyArgs = {
  business: 'acme',
  tiers: [
    {
      id: 'critical',
      tier: 'Critical',
      rtoSeconds: 3600,
      rpoSeconds: 900,
      region: { rtoSeconds: 86400, rpoSeconds: 3600 },
      process: 'orders',
    },
    { id: 'normal', tier: 'NonCritical', rtoSeconds: 172800, rpoSeconds: 86400 },
  ],
};

describe('ResiliencyPolicy', () => {
  it('creates one Resilience Hub policy per tier with Go durations', async () => {
    const rp = new ResiliencyPolicy('r1', args);
    await Promise.all(Object.values(rp.policyArns).map(resolve));
    await settle();
    expect(log.names().filter((n) => n.startsWith('r1-'))).toEqual(['r1-critical', 'r1-normal']);
    const critical = log.named('r1-critical');
    expect(critical.type).toBe('aws:resiliencehub/resiliencyPolicy:ResiliencyPolicy');
    expect(critical.parent).toContain('planb:resilience:ResiliencyPolicy');
    expect(critical.inputs).toMatchObject({
      name: 'planb-acme-critical',
      tier: 'Critical',
      dataLocationConstraint: 'AnyLocation',
      policy: {
        az: { rto: '1h0m0s', rpo: '15m0s' },
        hardware: { rto: '1h0m0s', rpo: '15m0s' },
        software: { rto: '1h0m0s', rpo: '15m0s' },
        region: { rto: '24h0m0s', rpo: '1h0m0s' },
      },
      tags: { 'planb:business': 'acme', 'planb:component': 'r1', 'planb:process': 'orders' },
    });
    expect(log.named('r1-normal').inputs['policy'].region).toBeUndefined();
  });

  it('formats durations like Go and round-trips every whole second count', () => {
    expect([goDuration(45), goDuration(90), goDuration(3600), goDuration(90061)]).toEqual(['45s', '1m30s', '1h0m0s', '25h1m1s']);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 7 }), (s) => {
        const m = /^(?:(\d+)h)?(?:(\d+)m)?(\d+)s$/.exec(goDuration(s));
        expect(m).not.toBeNull();
        const [, h, mi, se] = m as RegExpExecArray;
        expect(Number(h ?? 0) * 3600 + Number(mi ?? 0) * 60 + Number(se)).toBe(s);
      }),
    );
  });

  it.each([
    [[], /tiers: empty/],
    [[{ id: 'a', tier: 'Critical' as const, rtoSeconds: 0, rpoSeconds: 1 }], /rtoSeconds: 0/],
    [
      [{ id: 'a', tier: 'Critical' as const, rtoSeconds: 1, rpoSeconds: 1, region: { rtoSeconds: 1, rpoSeconds: 1.5 } }],
      /region.rpoSeconds/,
    ],
    [[{ id: 'x'.repeat(60), tier: 'Critical' as const, rtoSeconds: 1, rpoSeconds: 1 }], /shorten the id/],
    [[args.tiers[1]!, args.tiers[1]!], /appears more than once/],
  ])('rejects case %#', (tiers, message) => {
    expect(() => checkTiers('acme', tiers)).toThrow(message);
  });
});
