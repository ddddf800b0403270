/** The forwarding watch: tells when failures start and once an hour while they go on, never while all is well. */
import { describe, expect, it } from 'vitest';
import { splitWindows } from '../../../runtime/aws/forwarding';
import { watchForwarding, type ForwardingPorts } from '../../../runtime/watch/forwarding';

const FILE = { failingTopicArn: 'arn:aws:sns:eu-central-1:1:failing', forwards: [{ region: 'us-east-1', rule: 'fwd' }] };

function ports(windows: [number, number]): ForwardingPorts & { told: string[] } {
  const told: string[] = [];
  return {
    told,
    failures: async () => windows,
    notify: async (topic, subject) => void told.push(`${topic} ${subject}`),
  };
}

const at = (iso: string) => Date.parse(iso);

describe('watchForwarding', () => {
  it('says nothing while no delivery failed', async () => {
    const p = ports([0, 0]);
    expect(await watchForwarding(FILE, p, at('2026-10-05T10:20:00Z'))).toEqual([{ region: 'us-east-1', failures: 0, told: false }]);
    expect(p.told).toEqual([]);
  });

  it('tells the "pager failing" topic on the first window with failures', async () => {
    const p = ports([0, 2]);
    expect(await watchForwarding(FILE, p, at('2026-10-05T10:20:00Z'))).toEqual([{ region: 'us-east-1', failures: 2, told: true }]);
    expect(p.told).toEqual(['arn:aws:sns:eu-central-1:1:failing Plan B: alarms from us-east-1 are not reaching the pager']);
  });

  it('does not repeat every ten minutes while failures go on, but reminds once an hour', async () => {
    expect((await watchForwarding(FILE, ports([4, 5]), at('2026-10-05T10:20:00Z')))[0]?.told).toBe(false);
    expect((await watchForwarding(FILE, ports([4, 5]), at('2026-10-05T11:00:00Z')))[0]?.told).toBe(true);
  });
});

describe('splitWindows', () => {
  const start = at('2026-10-05T10:00:00Z');
  it('sums the data points of each ten-minute window; no data point is no failure', () => {
    const t = (iso: string) => new Date(iso);
    expect(splitWindows({ Timestamps: [t('2026-10-05T10:00:00Z'), t('2026-10-05T10:10:00Z')], Values: [1, 4] }, start)).toEqual([1, 4]);
    expect(splitWindows({ Timestamps: [t('2026-10-05T10:10:00Z')], Values: [2] }, start)).toEqual([0, 2]);
    expect(splitWindows(undefined, start)).toEqual([0, 0]);
  });
});
