/**
 * Delivery against real local servers: retries on 500 and on a hanging channel, the breaker
 * skipping a channel that keeps failing, the person's next channel delivering, and a slow channel
 * not delaying a fast one.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { JournalEvent } from '../../../runtime/journal/event';
import { fakeServer, runtimeOn, CONFIG, type FakeServer } from '../harness';

let server: FakeServer;
// The first fetch in a process loads the HTTP client (~0.3 s): not what the timeouts measure.
beforeAll(async () => {
  const warm = await fakeServer();
  await fetch(warm.url);
  await warm.close();
});
beforeEach(async () => (server = await fakeServer()));
afterEach(() => server.close());

const incident = { alarm: 'endpoint:shop', incident: 'endpoint:shop@2026-10-05T10:00:00.000Z' };
const message = { text: 'ALARM shop', ackData: 'ack:x', ackLink: 'https://ack.example/ack?t=x' };
const anna = { id: 'anna', reach: CONFIG.reach.anna!, message };
const boris = { id: 'boris', reach: CONFIG.reach.boris!, message };
const kinds = (events: JournalEvent[]) =>
  events.map((e) => `${e.kind}:${'channel' in e ? e.channel : ''}:${'attempts' in e ? e.attempts : ''}`);

describe('delivery', () => {
  it("posts the page to a webhook channel as JSON with the person's link; a redirect is a failure, not a page sent elsewhere", async () => {
    const rt = runtimeOn(server);
    const hook = { channel: 'team-hook', kind: 'webhook' as const, address: `${server.url}/hook` };
    const carol = { id: 'carol', reach: [hook, CONFIG.reach.anna![1]!], message };
    expect(await rt.deliverer.page(incident, 0, [carol])).toEqual([true]);
    expect(kinds(rt.journal.events())).toEqual(['delivered:team-hook:1']);
    const posted = server.requests.find((r) => r.path === '/hook')!;
    expect(JSON.parse(posted.body)).toEqual({ text: 'ALARM shop', ackLink: 'https://ack.example/ack?t=x' });

    server.behave('/hook', 'redirect');
    const again = runtimeOn(server);
    expect(await again.deliverer.page(incident, 0, [carol])).toEqual([true]);
    expect(kinds(again.journal.events()).sort()).toEqual(['delivered:team-sms:1', 'delivery-failed:team-hook:3']);
    expect(server.requests.some((r) => r.path === '/moved')).toBe(false);
  });

  it('delivers over Telegram at the first try and journals it', async () => {
    const rt = runtimeOn(server);
    expect(await rt.deliverer.page(incident, 0, [anna])).toEqual([true]);
    expect(kinds(rt.journal.events())).toEqual(['delivered:team-chat:1']);
    const sent = JSON.parse(server.requests[0]!.body) as {
      chat_id: string;
      reply_markup: { inline_keyboard: { callback_data: string }[][] };
    };
    expect(server.requests[0]!.path).toBe('/bot123456:bot-token/sendMessage');
    expect(sent.chat_id).toBe('1001');
    expect(sent.reply_markup.inline_keyboard[0]![0]!.callback_data).toBe('ack:x');
  });

  it('retries a channel that answers 500, then falls back to the next channel', async () => {
    server.behave('/sendMessage', '500');
    const rt = runtimeOn(server);
    expect(await rt.deliverer.page(incident, 0, [anna])).toEqual([true]);
    expect(server.requests.filter((r) => r.path.endsWith('/sendMessage'))).toHaveLength(3);
    expect(kinds(rt.journal.events()).sort()).toEqual(['delivered:team-sms:1', 'delivery-failed:team-chat:3']);
    const sms = JSON.parse(server.requests.find((r) => r.path === '/sms')!.body) as { to: string; text: string };
    expect(sms.to).toBe('+79000000001');
    expect(sms.text).toContain('https://ack.example/ack?t=x');
  });

  it('gives up on a hanging channel after its timeout per attempt and uses the next one', async () => {
    server.behave('/sendMessage', 'hang');
    const rt = runtimeOn(server);
    const t0 = Date.now();
    expect(await rt.deliverer.page(incident, 0, [anna])).toEqual([true]);
    // 3 attempts of 500 ms plus short backoffs: bounded, not hanging for ever.
    expect(Date.now() - t0).toBeLessThan(3000);
    const failed = rt.journal.events().find((e) => e.kind === 'delivery-failed');
    expect(failed && 'error' in failed ? failed.error : '').toBe('no answer within 500 ms');
  });

  it('skips a channel whose breaker is open, without a request, and half-opens after the pause', async () => {
    server.behave('/sendMessage', '500');
    const rt = runtimeOn(server);
    await rt.deliverer.page(incident, 0, [anna]);
    await rt.deliverer.page(incident, 0, [anna]); // second failure: the breaker opens (threshold 2)
    const before = server.requests.filter((r) => r.path.endsWith('/sendMessage')).length;
    await rt.deliverer.page(incident, 0, [anna]);
    expect(server.requests.filter((r) => r.path.endsWith('/sendMessage')).length).toBe(before);
    const last = rt.journal
      .events()
      .filter((e) => e.kind === 'delivery-failed')
      .map((e) => ('error' in e ? e.error : ''));
    expect(last).toContain('channel skipped: circuit open after repeated failures');
    expect(rt.journal.events().filter((e) => e.kind === 'delivered')).toHaveLength(3);

    server.behave('/sendMessage', 'ok');
    rt.clock.advance(61_000);
    await rt.deliverer.page(incident, 0, [anna]);
    expect(server.requests.filter((r) => r.path.endsWith('/sendMessage')).length).toBe(before + 1);
    expect(rt.deliverer.breaker('team-chat').mode).toBe('closed');
  });

  it('does not let a slow channel delay a fast one (bulkhead)', async () => {
    server.behave('/sendMessage', { slowMs: 1200 });
    const rt = runtimeOn(server);
    const onlySms = { ...boris, reach: [CONFIG.reach.boris![1]!] };
    const t0 = Date.now();
    const done: Record<string, number> = {};
    await Promise.all([
      rt.deliverer.page(incident, 0, [anna]).then(() => (done.slow = Date.now() - t0)),
      rt.deliverer.page(incident, 0, [onlySms]).then(() => (done.fast = Date.now() - t0)),
    ]);
    expect(done.fast).toBeLessThan(400);
    expect(done.slow).toBeGreaterThanOrEqual(490); // the slow one timed out (500 ms) at least once
  });
});
