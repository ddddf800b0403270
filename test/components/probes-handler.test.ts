/**
 * The probe Lambda's own file (components/probes/handler.js), against real servers on
 * 127.0.0.1: an HTTPS server with a certificate made by Debian's openssl, an HTTP metrics
 * endpoint, and two DNS servers (dns2) standing in for two providers. Nothing leaves the machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo, LookupFunction } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as probe from '../../components/probes/handler';

const DAY = 86400000;
/** Sends every name to 127.0.0.1, so the probe uses its real SNI and Host but never leaves the machine. */
const local: LookupFunction = (_host, options, cb) => {
  if (typeof options === 'object' && options.all)
    (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: '127.0.0.1', family: 4 }]);
  else cb(null, '127.0.0.1', 4);
};

function listen(server: http.Server): Promise<number> {
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok((server.address() as AddressInfo).port)));
}

describe('TLS days left, from a real certificate', () => {
  let dir: string;
  let server: https.Server;
  let port: number;
  let cert: X509Certificate;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'planb-probe-'));
    // An argument array, no shell: the certificate is valid for exactly 30 days from now.
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '30',
        '-subj',
        '/CN=shop.test',
        '-addext',
        'subjectAltName=DNS:shop.test',
      ],
      { stdio: 'ignore' },
    );
    const pem = readFileSync(join(dir, 'cert.pem'));
    cert = new X509Certificate(pem);
    server = https.createServer({ key: readFileSync(join(dir, 'key.pem')), cert: pem }, (_q, r) => r.end('ok'));
    port = await listen(server);
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports 30 on the day a 30-day certificate is issued, 10 with ten and a half days left', async () => {
    const target = { host: 'shop.test', port };
    const issued = Date.parse(cert.validFrom);
    expect(await probe.measureTls(target, { now: issued, lookup: local })).toEqual({ value: 30 });
    const expires = Date.parse(cert.validTo);
    expect(await probe.measureTls(target, { now: expires - 10.5 * DAY, lookup: local })).toEqual({ value: 10 });
  });

  it('still reads an expired certificate (negative days) instead of failing the check', async () => {
    const expires = Date.parse(cert.validTo);
    expect(await probe.measureTls({ host: 'shop.test', port }, { now: expires + 1.5 * DAY, lookup: local })).toEqual({ value: -2 });
  });

  it('gives no value, not a crash, when nothing listens', async () => {
    const closed = http.createServer();
    const free = await listen(closed);
    closed.close();
    const r = await probe.measureTls({ host: '127.0.0.1', port: free }, { now: 0, timeoutMs: 2000 });
    expect(r.value).toBeUndefined();
    expect(r.error).toBe('ECONNREFUSED');
  });
});

describe('business value, from a real HTTP endpoint', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/json') return res.end(JSON.stringify({ orders: { lastHour: 3 } }));
      if (req.url === '/text') return res.end('7\n');
      if (req.url === '/broken') {
        res.statusCode = 500;
        return res.end('{"orders":{"lastHour":99}}');
      }
      if (req.url === '/slow') return void setTimeout(() => res.end('5'), 3000);
      res.statusCode = 404;
      res.end();
    });
    base = `http://127.0.0.1:${await listen(server)}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('reads a JSON field at a dotted path, and plain text', async () => {
    expect(await probe.measureBusiness({ url: `${base}/json`, field: 'orders.lastHour' }, { now: 0 })).toEqual({ value: 3 });
    expect(await probe.measureBusiness({ url: `${base}/text` }, { now: 0 })).toEqual({ value: 7 });
  });

  it('gives no value on a 500, a timeout, a missing field or a wrong body', async () => {
    const none = [
      await probe.measureBusiness({ url: `${base}/broken`, field: 'orders.lastHour' }, { now: 0 }),
      await probe.measureBusiness({ url: `${base}/slow` }, { now: 0, timeoutMs: 300 }),
      await probe.measureBusiness({ url: `${base}/json`, field: 'orders.today' }, { now: 0 }),
      await probe.measureBusiness({ url: `${base}/json` }, { now: 0 }),
    ];
    expect(none).toEqual([
      { error: 'HTTP 500' },
      { error: 'timeout' },
      { error: 'no number at orders.today' },
      { error: 'body is not a number' },
    ]);
  });

  it('publishes what it read and nothing for what it could not; one run never throws', async () => {
    const published: probe.MetricDatum[][] = [];
    const targets: probe.ProbeTargetJson[] = [
      { id: 'orders', kind: 'business', url: `${base}/json`, field: 'orders.lastHour', floor: 1 },
      { id: 'broken', kind: 'business', url: `${base}/broken`, floor: 1 },
      { id: 'nowhere', kind: 'business', url: 'ftp://127.0.0.1/', floor: 1 },
      { id: 'kiosk-example', kind: 'domain', expires: '2027-01-31' },
    ];
    const now = Date.parse('2027-01-01T12:00:00Z');
    const { data } = await probe.run(
      { TARGETS: JSON.stringify(targets), BUSINESS: 'kiosk', TIME_ZONE: 'UTC' },
      { now, publish: async (d) => void published.push(d) },
    );
    expect(published).toEqual([data]);
    expect(data.map((d) => [d.MetricName, d.Dimensions, d.Value])).toEqual([
      [
        'BusinessValue',
        [
          { Name: 'Business', Value: 'kiosk' },
          { Name: 'Check', Value: 'orders' },
        ],
        3,
      ],
      [
        'DomainDaysLeft',
        [
          { Name: 'Business', Value: 'kiosk' },
          { Name: 'Check', Value: 'kiosk-example' },
        ],
        29,
      ],
    ]);
  });
});

describe('active hours', () => {
  it('keeps a business check quiet at its floor outside its local hours', async () => {
    // 21:30 UTC is 00:30 in Moscow (UTC+3): outside 09:00-23:00, so the probe does not even call the URL.
    const night = Date.parse('2027-03-01T21:30:00Z');
    const target: probe.ProbeTargetJson = {
      id: 'orders',
      kind: 'business',
      url: 'http://127.0.0.1:1/',
      floor: 2,
      activeHours: '09:00-23:00',
    };
    expect(await probe.measureTarget(target, { now: night, timeZone: 'Europe/Moscow' })).toEqual({
      metric: 'BusinessValue',
      value: 2,
      quiet: true,
    });
    expect(probe.withinHours('09:00-23:00', 'Europe/Moscow', Date.parse('2027-03-01T19:59:00Z'))).toBe(true);
    expect(probe.withinHours('09:00-23:00', 'Europe/Moscow', Date.parse('2027-03-01T20:00:00Z'))).toBe(false);
    expect(probe.withinHours('22:00-06:00', 'UTC', Date.parse('2027-03-01T03:00:00Z'))).toBe(true);
    expect(probe.withinHours('22:00-06:00', 'UTC', Date.parse('2027-03-01T12:00:00Z'))).toBe(false);
  });
});

describe('endpoint up or down, judged as Route 53 judges it, against real servers', () => {
  let server: http.Server;
  let port: number;
  let hits = 0;
  beforeAll(async () => {
    server = http.createServer((q, r) => {
      hits += 1;
      if (q.url === '/ok') return r.end('<html>shop is open</html>');
      if (q.url === '/moved') return r.writeHead(301, { location: '/nowhere' }).end();
      if (q.url === '/big') return r.end('x'.repeat(6000) + 'late');
      if (q.url === '/flaky') return hits % 2 === 1 ? r.writeHead(503).end() : r.end('ok');
      r.writeHead(500).end('broken');
    });
    port = await listen(server);
  });
  afterAll(() => server.close());
  const opts = { now: 0, lookup: local, retryDelayMs: 10 };
  const url = (path: string) => `http://shop.test:${port}${path}`;

  it('counts 2xx and 3xx as up without following the redirect, 5xx as down', async () => {
    expect(await probe.measureUp({ kind: 'http', url: url('/ok') }, opts)).toEqual({ value: 1 });
    expect(await probe.measureUp({ kind: 'http', url: url('/moved') }, opts)).toEqual({ value: 1 });
    expect(await probe.measureUp({ kind: 'http', url: url('/fail') }, opts)).toEqual({ value: 0, detail: 'HTTP 500' });
  });

  it('looks for the search string in the first 5,120 bytes only', async () => {
    expect(await probe.measureUp({ kind: 'http', url: url('/ok'), searchString: 'open' }, opts)).toEqual({ value: 1 });
    expect(await probe.measureUp({ kind: 'http', url: url('/ok'), searchString: 'closed' }, opts)).toMatchObject({ value: 0 });
    expect(await probe.measureUp({ kind: 'http', url: url('/big'), searchString: 'late' }, opts)).toMatchObject({ value: 0 });
  });

  it('tries a failed endpoint once more before calling it down', async () => {
    hits = 0;
    expect(await probe.measureUp({ kind: 'http', url: url('/flaky') }, opts)).toEqual({ value: 1 });
    expect(hits).toBe(2);
  });

  it('tcp: up when a connection opens, down when nothing listens', async () => {
    expect(await probe.measureUp({ kind: 'tcp', host: '127.0.0.1', port }, opts)).toEqual({ value: 1 });
    const closed = http.createServer();
    const free = await listen(closed);
    closed.close();
    expect(await probe.measureUp({ kind: 'tcp', host: '127.0.0.1', port: free }, opts)).toMatchObject({ value: 0, detail: 'ECONNREFUSED' });
  });

  it('on the every-minute schedule, endpoints run each minute and the rest on every fifth minute', () => {
    const minute = 60000;
    expect(probe.due({ kind: 'http' }, 7 * minute, 1)).toBe(true);
    expect(probe.due({ kind: 'tls' }, 7 * minute, 1)).toBe(false);
    expect(probe.due({ kind: 'tls' }, 10 * minute + 20000, 1)).toBe(true);
    // A 5-minute schedule fires at any offset: everything runs every time.
    expect(probe.due({ kind: 'tls' }, 7 * minute, 5)).toBe(true);
  });
});
