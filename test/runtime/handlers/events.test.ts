/**
 * The pager's one EventBridge entry: alarm state changes page, the scheduled event escalates, and
 * both keep the status page current; anything else is refused so Lambda sends it to the queue.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlePagerEvent } from '../../../runtime/handlers/events';
import type { StatusPorts } from '../../../runtime/status/status-json';
import { fakeServer, runtimeOn, type FakeServer } from '../harness';
import { FEED } from '../status/feed';

let server: FakeServer;
beforeEach(async () => (server = await fakeServer()));
afterEach(() => server.close());

const alarmEvent = (alarmName: string, value: 'ALARM' | 'OK', time = '2026-10-05T10:00:00Z') => ({
  'detail-type': 'CloudWatch Alarm State Change',
  source: 'aws.cloudwatch',
  time,
  detail: { alarmName, state: { value } },
});
const scheduled = (time: string) => ({ 'detail-type': 'Scheduled Event', source: 'aws.events', time, detail: {} });

/** A status feed whose alarm is the harness's `endpoint:shop`, with recording ports. */
function withStatus(rt: ReturnType<typeof runtimeOn>, failPut = false) {
  const writes: string[] = [];
  const ports: StatusPorts = {
    alarmStates: async () => ({ 'endpoint:shop': 'ALARM' }),
    put: async (body) => {
      if (failPut) throw new Error('AccessDenied');
      writes.push(body);
    },
  };
  const feed = { ...FEED, components: [{ id: 'shop', name: 'Shop', alarmNames: ['endpoint:shop'] }] };
  return { rt: { ...rt, status: { feed, ports } }, writes };
}

describe('the pager entry', () => {
  it('an alarm pages stage 1 and, being a page alarm, writes status.json', async () => {
    const { rt, writes } = withStatus(runtimeOn(server));
    const result = await handlePagerEvent(rt, alarmEvent('endpoint:shop', 'ALARM'));
    expect(result.incident).toMatch(/^endpoint:shop@/);
    expect(result.status).toBe('written');
    expect(rt.journal.events().filter((e) => e.kind === 'raised')).toHaveLength(1);
    expect(JSON.parse(writes[0]!).components.shop.status).toBe('down');
  });

  it('an alarm the page does not show writes nothing; without a page nothing is written at all', async () => {
    const { rt, writes } = withStatus(runtimeOn(server));
    expect((await handlePagerEvent(rt, alarmEvent('backup-late', 'ALARM'))).status).toBeUndefined();
    expect(writes).toEqual([]);
    const plain = runtimeOn(server);
    expect(await handlePagerEvent(plain, alarmEvent('endpoint:shop', 'ALARM'))).not.toHaveProperty('status');
  });

  it('the scheduled event escalates every minute and repairs the page every ten', async () => {
    const { rt, writes } = withStatus(runtimeOn(server));
    await handlePagerEvent(rt, alarmEvent('endpoint:shop', 'ALARM'));
    // Stage 2 comes after 15 minutes (the harness's route).
    rt.clock.advance(16 * 60_000);
    expect(await handlePagerEvent(rt, scheduled('2026-10-05T10:16:00Z'))).toEqual({ escalated: 1 });
    expect(await handlePagerEvent(rt, scheduled('2026-10-05T10:20:00Z'))).toEqual({ escalated: 0, status: 'written' });
    expect(writes).toHaveLength(2);
  });

  it('pages first, then fails the invocation when status.json cannot be written (Lambda retries, then the queue)', async () => {
    const { rt } = withStatus(runtimeOn(server), true);
    await expect(handlePagerEvent(rt, alarmEvent('endpoint:shop', 'ALARM'))).rejects.toThrow(/AccessDenied/);
    expect(rt.journal.events().filter((e) => e.kind === 'raised')).toHaveLength(1);
    // The retry pages nobody twice: the incident is already open.
    expect((await handlePagerEvent({ ...rt, status: undefined }, alarmEvent('endpoint:shop', 'ALARM'))).ignored).toBe('already open');
  });

  it('refuses an event it does not take, and an alarm event without its fields', async () => {
    const rt = runtimeOn(server);
    await expect(handlePagerEvent(rt, { 'detail-type': 'EC2 Instance State-change Notification' })).rejects.toThrow(
      /not an event the pager takes/,
    );
    await expect(handlePagerEvent(rt, { 'detail-type': 'CloudWatch Alarm State Change', detail: {} })).rejects.toThrow(
      /without detail.alarmName/,
    );
  });
});
