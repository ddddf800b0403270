/**
 * The webhook and the alarm/tick handlers against a local stand-in for the Bot API: a button press
 * acknowledges; a missing or wrong secret token, a replayed, expired or forged link, and a press
 * from someone not on the route are refused and journalled.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shortIncidentId } from '../../../runtime/ack/telegram';
import { handleAlarmEvent } from '../../../runtime/handlers/alarm';
import { handleTick } from '../../../runtime/handlers/tick';
import { handleWebhook, type WebRequest } from '../../../runtime/handlers/webhook';
import { IncidentConflictError } from '../../../runtime/escalation/store';
import { CONFIG, fakeServer, runtimeOn, SECRET, type FakeServer } from '../harness';

let server: FakeServer;
beforeEach(async () => (server = await fakeServer()));
afterEach(() => server.close());

const alarm = (value: 'ALARM' | 'OK') => ({ time: '2026-10-05T10:00:00Z', detail: { alarmName: 'endpoint:shop', state: { value } } });

function press(incident: string, from: number, secret: string | null = SECRET): WebRequest {
  return {
    method: 'POST',
    path: '/telegram',
    query: {},
    headers: secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret },
    body: JSON.stringify({ update_id: 1, callback_query: { id: 'cb1', from: { id: from }, data: `ack:${shortIncidentId(incident)}` } }),
  };
}

/** The signed link the SMS carried, taken from what the gateway received. */
function linkFromSms(s: FakeServer): string {
  const text = (JSON.parse(s.requests.find((r) => r.path === '/sms')!.body) as { text: string }).text;
  return /\?t=(\S+)/.exec(text)![1]!;
}

async function openIncident(rt: ReturnType<typeof runtimeOn>): Promise<string> {
  const { incident } = await handleAlarmEvent(rt, alarm('ALARM'));
  return incident!;
}

describe('acknowledgement webhook', () => {
  it('a button press acknowledges and stops the escalation', async () => {
    const rt = runtimeOn(server);
    const incident = await openIncident(rt);
    const res = await handleWebhook(rt, press(incident, 1001));
    expect(res.status).toBe(200);
    expect(rt.journal.events().find((e) => e.kind === 'acknowledged')).toMatchObject({ person: 'anna', method: 'telegram', incident });
    expect(server.requests.some((r) => r.path.endsWith('/answerCallbackQuery'))).toBe(true);
    rt.clock.advance(20 * 60_000);
    expect(await handleTick(rt)).toEqual({ escalated: 0 });
  });

  it.each([
    ['missing', null],
    ['wrong', 'guess'],
  ])('refuses a %s secret token and journals it', async (label, secret) => {
    const rt = runtimeOn(server);
    const incident = await openIncident(rt);
    const res = await handleWebhook(rt, press(incident, 1001, secret));
    expect(res.status).toBe(401);
    expect(rt.journal.events().filter((e) => e.kind === 'acknowledged')).toEqual([]);
    expect(rt.journal.events().find((e) => e.kind === 'ack-refused')).toMatchObject({ reason: `${label} secret token`, incident });
    rt.clock.advance(15 * 60_000);
    expect(await handleTick(rt)).toEqual({ escalated: 1 });
  });

  it('refuses a press from someone not on the route', async () => {
    const rt = runtimeOn(server);
    const incident = await openIncident(rt);
    const res = await handleWebhook(rt, press(incident, 4242));
    expect(res.body).toBe("You are not on this alert's route.");
    expect(rt.journal.events().find((e) => e.kind === 'ack-refused')).toMatchObject({ reason: 'not a person in the blueprint', incident });
    expect(rt.journal.events().filter((e) => e.kind === 'acknowledged')).toEqual([]);
  });

  it('a signed link from the SMS acknowledges once; the replay is refused', async () => {
    server.behave('/sendMessage', '500');
    const rt = runtimeOn(server);
    const incident = await openIncident(rt);
    const t = linkFromSms(server);
    const first = await handleWebhook(rt, { method: 'GET', path: '/ack', query: { t }, headers: {}, body: '' });
    expect(first.status).toBe(200);
    expect(rt.journal.events().find((e) => e.kind === 'acknowledged')).toMatchObject({ person: 'anna', method: 'link', incident });
    const again = await handleWebhook(rt, { method: 'GET', path: '/ack', query: { t }, headers: {}, body: '' });
    expect(again.status).toBe(410);
    expect(rt.journal.events().find((e) => e.kind === 'ack-refused')).toMatchObject({ reason: 'used link', person: 'anna', incident });
  });

  it('refuses an expired link and a forged one', async () => {
    server.behave('/sendMessage', '500');
    const rt = runtimeOn(server);
    await openIncident(rt);
    const t = linkFromSms(server);
    const [payload, signature] = t.split('.') as [string, string];
    const other = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), p: 'boris' })).toString(
      'base64url',
    );
    const forged = await handleWebhook(rt, { method: 'GET', path: '/ack', query: { t: `${other}.${signature}` }, headers: {}, body: '' });
    expect(forged.status).toBe(403);
    rt.clock.advance(25 * 3600_000);
    const expired = await handleWebhook(rt, { method: 'GET', path: '/ack', query: { t }, headers: {}, body: '' });
    expect(expired.status).toBe(410);
    expect(
      rt.journal
        .events()
        .filter((e) => e.kind === 'ack-refused')
        .map((e) => ('reason' in e ? e.reason : '')),
    ).toEqual(['forged link', 'expired link']);
    expect(rt.journal.events().filter((e) => e.kind === 'acknowledged')).toEqual([]);
  });

  it('an alarm that recovers unanswered is journalled as recovered and still escalates', async () => {
    const rt = runtimeOn(server);
    await openIncident(rt);
    rt.clock.advance(5 * 60_000);
    await handleAlarmEvent(rt, alarm('OK'));
    rt.clock.advance(10 * 60_000);
    expect(await handleTick(rt)).toEqual({ escalated: 1 });
    expect(
      rt.journal
        .events()
        .map((e) => e.kind)
        .filter((k) => k !== 'delivered'),
    ).toEqual(['raised', 'recovered', 'escalated']);
    const toBoris = server.requests
      .filter((r) => r.path.endsWith('/sendMessage'))
      .map((r) => JSON.parse(r.body) as { chat_id: string; text: string })
      .find((m) => m.chat_id === '1002');
    expect(toBoris?.text).toContain('RECOVERED, not acknowledged');
  });

  it('staff report an incident no monitor sees, and its end, from the bot', async () => {
    const rt = runtimeOn(server);
    const msg = (text: string) => ({
      method: 'POST',
      path: '/telegram',
      query: {},
      headers: { 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify({ message: { from: { id: 1002 }, chat: { id: 1002 }, text } }),
    });
    expect((await handleWebhook(rt, msg('/incident take-orders The card terminal is broken'))).body).toBe('incident recorded');
    rt.clock.advance(40 * 60_000);
    expect((await handleWebhook(rt, msg('/resolved take-orders'))).body).toBe('recorded');
    expect(
      rt.journal
        .events()
        .filter((e) => e.kind !== 'delivered')
        .map((e) => [e.kind, e.alarm, 'person' in e ? e.person : '']),
    ).toEqual([
      ['raised', 'staff:take-orders', ''],
      ['acknowledged', 'staff:take-orders', 'boris'],
      ['note', 'staff:take-orders', 'boris'],
      ['recovered', 'staff:take-orders', ''],
    ]);
  });
});

describe('the tick and a concurrent change', () => {
  it('leaves an incident changed meanwhile to the next tick and still escalates the others', async () => {
    const rt = runtimeOn(server, undefined, {
      ...CONFIG,
      alarms: { ...CONFIG.alarms, 'check:orders': { route: 'critical', severity: 'critical', processes: ['take-orders'] } },
    });
    await handleAlarmEvent(rt, alarm('ALARM'));
    await handleAlarmEvent(rt, { ...alarm('ALARM'), detail: { alarmName: 'check:orders', state: { value: 'ALARM' } } });
    const put = rt.incidents.put.bind(rt.incidents);
    // As the DynamoDB store does when a press changed the incident after the tick read it.
    rt.incidents.put = async (s) => {
      if (s.alarm === 'endpoint:shop') throw new IncidentConflictError('changed by another invocation');
      return put(s);
    };
    rt.clock.advance(15 * 60_000);
    expect(await handleTick(rt)).toEqual({ escalated: 1, conflicts: 1 });
    expect(
      rt.journal
        .events()
        .filter((e) => e.kind === 'escalated')
        .map((e) => e.alarm),
    ).toEqual(['check:orders']);
    // Anything else a store throws still fails the tick (Lambda retries, then the failure queue).
    rt.incidents.put = async () => {
      throw new Error('throttled');
    };
    await expect(handleTick(rt)).rejects.toThrow('throttled');
    rt.incidents.put = put;
    expect(await handleTick(rt)).toEqual({ escalated: 1 });
    expect(
      rt.journal
        .events()
        .filter((e) => e.kind === 'escalated')
        .map((e) => e.alarm)
        .sort(),
    ).toEqual(['check:orders', 'endpoint:shop']);
  });
});
