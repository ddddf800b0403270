/**
 * A stand-in for the Telegram Bot API and an e-mail/SMS gateway: real HTTP servers on 127.0.0.1
 * whose answer per path the test sets (ok, 500, slow, hang), recording every request. And a
 * runtime built on them with a small hand-written configuration.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RuntimeConfig } from '../../runtime/config';
import { MemoryNonceStore } from '../../runtime/ack/link';
import { Deliverer, type DeliveryPolicy } from '../../runtime/delivery/deliver';
import { DeliveryError, telegramSender, webhookSender, type Sender } from '../../runtime/delivery/senders';
import { MemoryIncidentStore } from '../../runtime/escalation/store';
import type { RuntimeDeps } from '../../runtime/handlers/deps';
import { MemoryJournal } from '../../runtime/journal/store';
import { fetchHttp, systemClock, type Clock } from '../../runtime/ports';

export type Behaviour = 'ok' | '500' | 'hang' | 'redirect' | { slowMs: number };

export interface FakeServer {
  url: string;
  requests: { path: string; body: string; at: number }[];
  behave(pathPart: string, b: Behaviour): void;
  close(): Promise<void>;
}

export async function fakeServer(): Promise<FakeServer> {
  const rules: [string, Behaviour][] = [];
  const requests: FakeServer['requests'] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const path = req.url ?? '';
      requests.push({ path, body, at: Date.now() });
      const rule = [...rules].reverse().find(([p]) => path.includes(p))?.[1] ?? 'ok';
      const ok = () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      if (rule === 'ok') ok();
      else if (rule === '500') res.writeHead(500).end('{"ok":false}');
      else if (rule === 'redirect') res.writeHead(302, { location: '/moved' }).end();
      else if (rule === 'hang') hanging.add(res);
      else setTimeout(ok, rule.slowMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    behave: (p, b) => rules.push([p, b]),
    close: () =>
      new Promise((resolve) => {
        for (const r of hanging) r.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Two stages: Anna (Telegram, then SMS), then Boris (Telegram) 15 minutes later. */
export const CONFIG: RuntimeConfig = {
  alarms: {
    'endpoint:shop': { route: 'critical', severity: 'critical', processes: ['take-orders'] },
    'staff:take-orders': { route: 'critical', severity: 'warning', processes: ['take-orders'] },
  },
  routes: {
    critical: {
      id: 'critical',
      stages: [
        { people: ['anna'], after: 0 },
        { people: ['boris'], after: 900 },
      ],
    },
  },
  reach: {
    anna: [
      { channel: 'team-chat', kind: 'telegram', address: '1001' },
      { channel: 'team-sms', kind: 'sms', address: '+79000000001' },
    ],
    boris: [
      { channel: 'team-chat', kind: 'telegram', address: '1002' },
      { channel: 'team-sms', kind: 'sms', address: '+79000000002' },
    ],
    stranger: [],
  },
  names: { anna: 'Anna', boris: 'Boris' },
};

export const SECRET = 'webhook-secret-token';
export const TOKEN = '123456:bot-token';
export const LINK_KEY = 'link-signing-key-for-tests';

/** A clock that starts at a fixed time and moves only when told, sleeping for real (short waits). */
export function steppedClock(start = Date.parse('2026-10-05T10:00:00Z')): Clock & { advance(ms: number): void } {
  let offset = 0;
  const realStart = Date.now();
  return {
    now: () => start + offset + (Date.now() - realStart),
    sleep: systemClock.sleep,
    advance: (ms) => (offset += ms),
  };
}

export const FAST_POLICY: DeliveryPolicy = {
  retry: { attempts: 3, timeoutMs: 500, baseDelayMs: 10, maxDelayMs: 40 },
  breaker: { threshold: 2, openMs: 60_000 },
  perChannel: 4,
};

/**
 * An SMS channel whose answers the test controls (500, hang, slow) through the fake server: the
 * delivery logic is what these tests exercise; the real SNS sender has its own tests (aws/).
 */
function httpSmsSender(url: string): Sender {
  return async (reach, message, signal) => {
    const res = await fetchHttp(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'sms', to: reach.address, text: `${message.text}\nI'm on it: ${message.ackLink}` }),
      signal,
    });
    if (res.status < 200 || res.status > 299) throw new DeliveryError(`sms answered HTTP ${res.status}`);
  };
}

export function runtimeOn(
  server: FakeServer,
  clock = steppedClock(),
  config = CONFIG,
): RuntimeDeps & { journal: MemoryJournal; clock: ReturnType<typeof steppedClock> } {
  const journal = new MemoryJournal();
  const senders = {
    telegram: telegramSender(fetchHttp, server.url, TOKEN),
    sms: httpSmsSender(`${server.url}/sms`),
    webhook: webhookSender(fetchHttp),
  };
  return {
    config,
    journal,
    incidents: new MemoryIncidentStore(),
    deliverer: new Deliverer(senders, journal, clock, () => 0.5, FAST_POLICY),
    clock,
    random: () => 0.5,
    nonces: new MemoryNonceStore(),
    linkKey: LINK_KEY,
    linkBase: 'https://ack.example/ack',
    telegram: { http: fetchHttp, apiBase: server.url, token: TOKEN, secret: SECRET },
  };
}
