/**
 * The sample journal of the online-shop example for October 2026, made by driving the real
 * handlers (alarm events, the minute tick, the webhook) on a simulated clock, with senders that
 * stand in for Telegram and the SMS gateway. Nothing is written by hand, so the sample shows what
 * the functions really journal.
 *
 *   npx tsx runtime/journal/sample.ts [blueprints/online-shop.yaml] [blueprints/journals/online-shop]
 *
 * The folder's journal/2026/10/ is replaced. The month has: a night outage of the site answered at
 * stage 2 with its cause written; card payments failing three times (recurring; the third longer
 * than the RTO, plan B switched); a drop in orders nobody acknowledged; a stale order backup; a
 * phone line reported by staff from the bot; Telegram unreachable for a day; a forged link.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadBlueprintFile } from '../../loader';
import { runtimeConfig, type RuntimeConfig } from '../config';
import { MemoryNonceStore, signLink } from '../ack/link';
import { shortIncidentId } from '../ack/telegram';
import { Deliverer } from '../delivery/deliver';
import type { Sender } from '../delivery/senders';
import { MemoryIncidentStore } from '../escalation/store';
import { handleAlarmEvent } from '../handlers/alarm';
import type { RuntimeDeps } from '../handlers/deps';
import { handleTick } from '../handlers/tick';
import { handleWebhook } from '../handlers/webhook';
import type { Clock } from '../ports';
import { FolderJournal } from './store';

/** Virtual time: sleeping moves it on at once; an aborted sleep (a timeout not needed) does not. */
function simulatedClock(start: number): Clock & { set(ms: number): void } {
  let t = start;
  return {
    now: () => t,
    set(ms) {
      // The story must be told in order: going back would journal events out of time.
      if (ms < t - 1000) throw new Error(`sample: ${new Date(ms).toISOString()} is before ${new Date(t).toISOString()}`);
      t = Math.max(t, ms);
    },
    sleep: (ms, signal) => new Promise((resolve, reject) => setImmediate(() => {
      if (signal?.aborted) return reject(signal.reason);
      t += ms;
      resolve();
    })),
  };
}

const SECRET = 'sample-webhook-secret';
const LINK_KEY = 'sample-link-key';

export async function writeSampleJournal(blueprint: string, out: string): Promise<number> {
  const loaded = loadBlueprintFile(blueprint);
  if (!loaded.ok) throw new Error(`${blueprint} does not load`);
  const config = runtimeConfig(loaded.model);
  fs.rmSync(path.join(out, 'journal', '2026', '10'), { recursive: true, force: true });
  const journal = new FolderJournal(out);
  const clock = simulatedClock(Date.parse('2026-10-01T00:00:00Z'));
  let telegramDown = false;
  const ok: Sender = async () => undefined;
  const telegram: Sender = async () => {
    if (telegramDown) throw new Error('Telegram answered HTTP 502');
  };
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const deps: RuntimeDeps = {
    config, journal, clock, random,
    incidents: new MemoryIncidentStore(),
    deliverer: new Deliverer({ telegram, sms: ok, email: ok }, journal, clock, random),
    nonces: new MemoryNonceStore(),
    linkKey: LINK_KEY,
    linkBase: 'https://ack.example/ack',
    telegram: { http: async () => ({ status: 200, text: '{"ok":true}' }), apiBase: 'https://api.telegram.invalid', token: 'sample', secret: SECRET },
  };
  const at = (iso: string) => clock.set(Date.parse(iso));
  const alarm = async (name: string, value: 'ALARM' | 'OK') => (await handleAlarmEvent(deps, { time: new Date(clock.now()).toISOString(), detail: { alarmName: name, state: { value } } })).incident!;
  /** Minute ticks up to `until`, as the schedule would run them. */
  const ticks = async (until: string) => {
    for (let t = clock.now() + 60_000; t <= Date.parse(until); t += 60_000) {
      at(new Date(t).toISOString());
      await handleTick(deps);
    }
  };
  const telegramId = (person: string) => config.reach[person]!.find((r) => r.kind === 'telegram')!.address;
  const press = (incident: string, person: string) => handleWebhook(deps, {
    method: 'POST', path: '/telegram', query: {}, headers: { 'x-telegram-bot-api-secret-token': SECRET },
    body: JSON.stringify({ callback_query: { id: 'q', from: { id: Number(telegramId(person)) }, data: `ack:${shortIncidentId(incident)}` } }),
  });
  const link = (incident: string, person: string, stage: number) => handleWebhook(deps, {
    method: 'GET', path: '/ack', headers: {}, body: '',
    query: { t: signLink({ incident, person, stage, expires: Math.floor(clock.now() / 1000) + 3600, nonce: `${incident}/${person}` }, LINK_KEY) },
  });
  const say = (person: string, text: string) => handleWebhook(deps, {
    method: 'POST', path: '/telegram', query: {}, headers: { 'x-telegram-bot-api-secret-token': SECRET },
    body: JSON.stringify({ message: { from: { id: Number(telegramId(person)) }, chat: { id: Number(telegramId(person)) }, text } }),
  });

  // 3 Oct, night: the site is down; Anton sleeps, the page reaches Dmitry at stage 2.
  at('2026-10-03T02:10:00Z');
  let i = await alarm('endpoint:shop-home', 'ALARM');
  await ticks('2026-10-03T02:31:00Z');
  await link(i, 'dmitry', 2);
  at('2026-10-03T03:05:00Z');
  await alarm('endpoint:shop-home', 'OK');
  at('2026-10-03T08:40:00Z');
  await say('dmitry', '/cause endpoint:shop-home Beget rebooted the server for a kernel update without notice; asked them to announce maintenance');

  // Card payments fail three times (8, 15, 22 Oct); Telegram is unreachable on the 8th, so pages go by SMS.
  const payments = async (start: string, ack: string, end: string, between?: () => Promise<void>) => {
    at(start);
    const incident = await alarm('endpoint:payments-api', 'ALARM');
    await ticks(ack);
    await press(incident, 'anton');
    await between?.();
    at(end);
    await alarm('endpoint:payments-api', 'OK');
  };
  telegramDown = true;
  await payments('2026-10-08T11:02:00Z', '2026-10-08T11:05:00Z', '2026-10-08T11:14:00Z');
  telegramDown = false;

  // 12 Oct: the order export stops for 90 minutes at night; Anton answers in the morning.
  at('2026-10-12T00:00:00Z');
  i = await alarm('backup:open-orders/bucket', 'ALARM');
  at('2026-10-12T01:30:00Z');
  await alarm('backup:open-orders/bucket', 'OK');
  at('2026-10-12T05:40:00Z');
  await press(i, 'anton');

  await payments('2026-10-15T16:40:00Z', '2026-10-15T16:44:00Z', '2026-10-15T17:00:00Z');

  // 18 Oct: orders drop in the afternoon; nobody answers, it escalates to Olga, then recovers.
  at('2026-10-18T13:00:00Z');
  await alarm('check:orders-last-hour', 'ALARM');
  await ticks('2026-10-18T13:25:00Z');
  await alarm('check:orders-last-hour', 'OK');
  await ticks('2026-10-18T14:30:00Z');

  // 22 Oct: the third time, longer than the RTO: Dmitry switches to the reserve gateway.
  await payments('2026-10-22T09:15:00Z', '2026-10-22T09:31:00Z', '2026-10-22T10:00:00Z', async () => {
    at('2026-10-22T09:40:00Z');
    await say('dmitry', '/planb take-payments');
  });
  at('2026-10-22T11:20:00Z');
  await say('dmitry', '/cause endpoint:payments-api YooKassa API timeouts after their release; third time this month, switched to CloudPayments');

  // 25 Oct: Maria reports the shop number silent (no monitor watches it), and its end.
  at('2026-10-25T07:30:00Z');
  await say('maria', '/incident support-customers The shop phone number is silent, Zadarma shows no incoming calls');
  at('2026-10-25T09:10:00Z');
  await say('maria', '/resolved support-customers');

  // 27 Oct: someone tries a made-up acknowledgement link.
  at('2026-10-27T22:13:00Z');
  await handleWebhook(deps, { method: 'GET', path: '/ack', headers: {}, body: '', query: { t: 'eyJpIjoiZmFrZSJ9.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } });

  return (await journal.list('journal/2026/10/')).length;
}

if (require.main === module) {
  const [blueprint = 'blueprints/online-shop.yaml', out = 'blueprints/journals/online-shop'] = process.argv.slice(2);
  writeSampleJournal(blueprint, out).then((n) => process.stdout.write(`${n} events written under ${out}/journal/2026/10/\n`), (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
