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
    sleep: (ms, signal) =>
      new Promise((resolve, reject) =>
        setImmediate(() => {
          if (signal?.aborted) return reject(signal.reason);
          t += ms;
          resolve();
        }),
      ),
  };
}

const SECRET = 'sample-webhook-secret';
const LINK_KEY = 'sample-link-key';

export async function writeSampleJournal(blueprint: string, out: string): Promise<number> {
  const loaded = loadBlueprintFile(blueprint);
  if (!loaded.ok) throw new Error(`${blueprint} does not load`);
  fs.rmSync(path.join(out, 'journal', '2026', '10'), { recursive: true, force: true });
  const journal = new FolderJournal(out);
  const story = sampleActors(runtimeConfig(loaded.model), journal);
  await octoberFirstHalf(story);
  await octoberSecondHalf(story);
  return (await journal.list('journal/2026/10/')).length;
}

/** What the story does: move the clock, fire alarms, tick, press buttons, open links, write to the bot. */
interface Actors {
  at(iso: string): void;
  alarm(name: string, value: 'ALARM' | 'OK'): Promise<string>;
  /** Minute ticks up to `until`, as the schedule would run them. */
  ticks(until: string): Promise<void>;
  press(incident: string, person: string): Promise<unknown>;
  link(incident: string, person: string, stage: number): Promise<unknown>;
  say(person: string, text: string): Promise<unknown>;
  forged(): Promise<unknown>;
  telegramDown(down: boolean): void;
}

/** The real handlers on a simulated clock, with senders standing in for Telegram and the SMS gateway. */
function sampleActors(config: RuntimeConfig, journal: FolderJournal): Actors {
  const clock = simulatedClock(Date.parse('2026-10-01T00:00:00Z'));
  let telegramDown = false;
  const deps = sampleDeps(config, journal, clock, () => telegramDown);
  const at = (iso: string) => clock.set(Date.parse(iso));
  const telegramId = (person: string) => Number(config.reach[person]!.find((r) => r.kind === 'telegram')!.address);
  const fromBot = (body: unknown) =>
    handleWebhook(deps, {
      method: 'POST',
      path: '/telegram',
      query: {},
      headers: { 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(body),
    });
  return {
    at,
    alarm: async (name, value) =>
      (await handleAlarmEvent(deps, { time: new Date(clock.now()).toISOString(), detail: { alarmName: name, state: { value } } }))
        .incident!,
    ticks: async (until) => {
      for (let t = clock.now() + 60_000; t <= Date.parse(until); t += 60_000) {
        at(new Date(t).toISOString());
        await handleTick(deps);
      }
    },
    press: (incident, person) =>
      fromBot({ callback_query: { id: 'q', from: { id: telegramId(person) }, data: `ack:${shortIncidentId(incident)}` } }),
    link: (incident, person, stage) =>
      handleWebhook(deps, {
        method: 'GET',
        path: '/ack',
        headers: {},
        body: '',
        query: {
          t: signLink(
            { incident, person, stage, expires: Math.floor(clock.now() / 1000) + 3600, nonce: `${incident}/${person}` },
            LINK_KEY,
          ),
        },
      }),
    say: (person, text) => fromBot({ message: { from: { id: telegramId(person) }, chat: { id: telegramId(person) }, text } }),
    forged: () =>
      handleWebhook(deps, {
        method: 'GET',
        path: '/ack',
        headers: {},
        body: '',
        query: { t: 'eyJpIjoiZmFrZSJ9.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
      }),
    telegramDown: (down) => {
      telegramDown = down;
    },
  };
}

/** The handlers' dependencies: memory stores, a seeded random, senders that stand in for the real ones. */
function sampleDeps(config: RuntimeConfig, journal: FolderJournal, clock: Clock, telegramDown: () => boolean): RuntimeDeps {
  const ok: Sender = async () => undefined;
  const telegram: Sender = async () => {
    if (telegramDown()) throw new Error('Telegram answered HTTP 502');
  };
  let seed = 1;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return {
    config,
    journal,
    clock,
    random,
    incidents: new MemoryIncidentStore(),
    deliverer: new Deliverer({ telegram, sms: ok, email: ok }, journal, clock, random),
    nonces: new MemoryNonceStore(),
    linkKey: LINK_KEY,
    linkBase: 'https://ack.example/ack',
    telegram: {
      http: async () => ({ status: 200, text: '{"ok":true}' }),
      apiBase: 'https://api.telegram.invalid',
      token: 'sample',
      secret: SECRET,
    },
  };
}

/** Card payments fail (an alarm, ticks until Anton presses the button, the recovery). */
async function payments(a: Actors, start: string, ack: string, end: string, between?: () => Promise<void>): Promise<void> {
  a.at(start);
  const incident = await a.alarm('endpoint:payments-api', 'ALARM');
  await a.ticks(ack);
  await a.press(incident, 'anton');
  await between?.();
  a.at(end);
  await a.alarm('endpoint:payments-api', 'OK');
}

async function octoberFirstHalf(a: Actors): Promise<void> {
  // 3 Oct, night: the site is down; Anton sleeps, the page reaches Dmitry at stage 2.
  a.at('2026-10-03T02:10:00Z');
  const site = await a.alarm('endpoint:shop-home', 'ALARM');
  await a.ticks('2026-10-03T02:31:00Z');
  await a.link(site, 'dmitry', 2);
  a.at('2026-10-03T03:05:00Z');
  await a.alarm('endpoint:shop-home', 'OK');
  a.at('2026-10-03T08:40:00Z');
  await a.say(
    'dmitry',
    '/cause endpoint:shop-home Beget rebooted the server for a kernel update without notice; asked them to announce maintenance',
  );

  // Card payments fail three times (8, 15, 22 Oct); Telegram is unreachable on the 8th, so pages go by SMS.
  a.telegramDown(true);
  await payments(a, '2026-10-08T11:02:00Z', '2026-10-08T11:05:00Z', '2026-10-08T11:14:00Z');
  a.telegramDown(false);

  // 12 Oct: the order export stops for 90 minutes at night; Anton answers in the morning.
  a.at('2026-10-12T00:00:00Z');
  const backup = await a.alarm('backup:open-orders/bucket', 'ALARM');
  a.at('2026-10-12T01:30:00Z');
  await a.alarm('backup:open-orders/bucket', 'OK');
  a.at('2026-10-12T05:40:00Z');
  await a.press(backup, 'anton');

  await payments(a, '2026-10-15T16:40:00Z', '2026-10-15T16:44:00Z', '2026-10-15T17:00:00Z');
}

async function octoberSecondHalf(a: Actors): Promise<void> {
  // 18 Oct: orders drop in the afternoon; nobody answers, it escalates to Olga, then recovers.
  a.at('2026-10-18T13:00:00Z');
  await a.alarm('check:orders-last-hour', 'ALARM');
  await a.ticks('2026-10-18T13:25:00Z');
  await a.alarm('check:orders-last-hour', 'OK');
  await a.ticks('2026-10-18T14:30:00Z');

  // 22 Oct: the third time, longer than the RTO: Dmitry switches to the reserve gateway.
  await payments(a, '2026-10-22T09:15:00Z', '2026-10-22T09:31:00Z', '2026-10-22T10:00:00Z', async () => {
    a.at('2026-10-22T09:40:00Z');
    await a.say('dmitry', '/planb take-payments');
  });
  a.at('2026-10-22T11:20:00Z');
  await a.say(
    'dmitry',
    '/cause endpoint:payments-api YooKassa API timeouts after their release; third time this month, switched to CloudPayments',
  );

  // 25 Oct: Maria reports the shop number silent (no monitor watches it), and its end.
  a.at('2026-10-25T07:30:00Z');
  await a.say('maria', '/incident support-customers The shop phone number is silent, Zadarma shows no incoming calls');
  a.at('2026-10-25T09:10:00Z');
  await a.say('maria', '/resolved support-customers');

  // 27 Oct: someone tries a made-up acknowledgement link.
  a.at('2026-10-27T22:13:00Z');
  await a.forged();
}

if (require.main === module) {
  const [blueprint = 'blueprints/online-shop.yaml', out = 'blueprints/journals/online-shop'] = process.argv.slice(2);
  writeSampleJournal(blueprint, out).then(
    (n) => process.stdout.write(`${n} events written under ${out}/journal/2026/10/\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
