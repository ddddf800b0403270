'use strict';
/**
 * The Plan B probe: a Node.js 22 Lambda that measures what Route 53 health checks cannot
 * (a business number, certificate and domain expiry, DNS answers agreeing across providers),
 * and whether each endpoint that no DNS failover depends on is up (the way a Route 53 health
 * check judges it, so one function watches them instead of a paid health check each), and
 * publishes each as a CloudWatch custom metric that a plain alarm watches.
 *
 * This plain CommonJS file is the ONE copy of the logic: Probes ships it verbatim as the
 * Lambda's index.js (source.ts reads it as text) and the tests require it as it is, so what
 * is tested is byte for byte what runs. It uses only Node built-ins; the CloudWatch client
 * comes with the nodejs22.x runtime and is required lazily, so tests need no AWS SDK.
 * Every measure returns { value } or { error } and never throws: a target that cannot be
 * measured publishes nothing, and its alarm's missing-data rule decides.
 */
const http = require('node:http');
const https = require('node:https');
const tls = require('node:tls');
const net = require('node:net');
const dns = require('node:dns');

const NAMESPACE = 'PlanB/Probes';
const DAY_MS = 86400000;
const DEFAULT_TIMEOUT_MS = 10000;
/** A business endpoint answers with one number; anything longer is not what we asked for. */
const MAX_BODY = 65536;

/** Whole days from `nowMs` to `atMs`, rounded down: 13.9 days left counts as 13. */
function daysLeft(atMs, nowMs) {
  return Math.floor((atMs - nowMs) / DAY_MS);
}

/** Days until the blueprint's declared expiry (taken as 00:00 UTC that day, the cautious end). */
function measureDomain(target, opts) {
  const at = Date.parse(`${target.expires}T00:00:00Z`);
  if (Number.isNaN(at)) return { error: `expires "${target.expires}" is not a YYYY-MM-DD date` };
  return { value: daysLeft(at, opts.now) };
}

/** Connects, reads the peer certificate's valid_to, and hangs up; sends no request. */
function measureTls(target, opts) {
  return new Promise((resolve) => {
    const socket = tls.connect({
      host: target.host,
      port: target.port,
      // SNI picks the certificate the site really serves; an IP is not a valid server name.
      ...(net.isIP(target.host) ? {} : { servername: target.host }),
      // We read the date even from an untrusted or expired certificate: that is the point.
      rejectUnauthorized: false,
      ...(opts.lookup ? { lookup: opts.lookup } : {}),
    });
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(opts.timeoutMs || DEFAULT_TIMEOUT_MS, () => done({ error: 'timeout' }));
    socket.once('error', (e) => done({ error: e.code || e.message }));
    socket.once('secureConnect', () => {
      const cert = socket.getPeerCertificate();
      const at = cert && cert.valid_to ? Date.parse(cert.valid_to) : NaN;
      done(Number.isNaN(at) ? { error: 'no certificate date' } : { value: daysLeft(at, opts.now) });
    });
  });
}

/** GET the URL; resolves { status, body } or { error }. Redirects are not followed: the check's URL is exact. */
function get(url, opts) {
  return new Promise((resolve) => {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      return resolve({ error: 'not a URL' });
    }
    const client = parsed.protocol === 'https:' ? https : parsed.protocol === 'http:' ? http : undefined;
    if (!client) return resolve({ error: `unsupported protocol ${parsed.protocol}` });
    const req = client.request(parsed, {
      method: 'GET',
      headers: { accept: 'application/json, text/plain', 'user-agent': 'planb-probe' },
      ...(opts.lookup ? { lookup: opts.lookup } : {}),
    });
    req.setTimeout(opts.timeoutMs || DEFAULT_TIMEOUT_MS, () => req.destroy(new Error('timeout')));
    req.once('error', (e) => resolve({ error: e.message === 'timeout' ? 'timeout' : e.code || e.message }));
    req.once('response', (res) => {
      const chunks = [];
      let size = 0;
      res.on('data', (c) => {
        size += c.length;
        if (size > MAX_BODY) {
          resolve({ error: `body over ${MAX_BODY} bytes` });
          return req.destroy();
        }
        chunks.push(c);
      });
      res.once('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.end();
  });
}

/** Route 53 reads the first 5,120 bytes of a body when it looks for a string; so does the probe. */
const UP_BODY_BYTES = 5120;

/**
 * One attempt at an endpoint, judged as a Route 53 health check judges it: a TCP connection for
 * tcp; for http(s) a GET whose status is 2xx or 3xx (redirects not followed; the certificate is
 * not validated, as Route 53 does not), and with `searchString` that text in the first 5,120
 * bytes of the body. Resolves { value: 1 } or { value: 0, detail }.
 */
function attemptUp(target, opts) {
  return new Promise((resolve) => {
    const down = (why) => resolve({ value: 0, detail: why });
    if (target.kind === 'tcp') {
      const socket = net.connect({ host: target.host, port: target.port, ...(opts.lookup ? { lookup: opts.lookup } : {}) });
      socket.setTimeout(opts.timeoutMs || DEFAULT_TIMEOUT_MS, () => (socket.destroy(), down('timeout')));
      socket.once('error', (e) => down(e.code || e.message));
      socket.once('connect', () => (socket.destroy(), resolve({ value: 1 })));
      return;
    }
    let parsed;
    try {
      parsed = new URL(target.url);
    } catch {
      return down('not a URL');
    }
    const client = parsed.protocol === 'https:' ? https : http;
    const req = client.request(parsed, {
      method: 'GET',
      headers: { 'user-agent': 'planb-probe' },
      rejectUnauthorized: false,
      ...(net.isIP(parsed.hostname) ? {} : { servername: parsed.hostname }),
      ...(opts.lookup ? { lookup: opts.lookup } : {}),
    });
    req.setTimeout(opts.timeoutMs || DEFAULT_TIMEOUT_MS, () => req.destroy(new Error('timeout')));
    // `on`, not `once`: destroying the request after the answer may raise a second error.
    req.on('error', (e) => down(e.message === 'timeout' ? 'timeout' : e.code || e.message));
    req.once('response', (res) => {
      res.on('error', () => undefined);
      const ok = res.statusCode >= 200 && res.statusCode <= 399;
      if (!ok || !target.searchString) {
        req.destroy();
        return ok ? resolve({ value: 1 }) : down(`HTTP ${res.statusCode}`);
      }
      let body = Buffer.alloc(0);
      const judge = () => {
        req.destroy();
        const found = body.subarray(0, UP_BODY_BYTES).toString('utf8').includes(target.searchString);
        return found ? resolve({ value: 1 }) : down('search string not found');
      };
      res.on('data', (c) => {
        body = Buffer.concat([body, c]);
        if (body.length >= UP_BODY_BYTES) judge();
      });
      res.once('end', judge);
    });
    req.end();
  });
}

/**
 * Up (1) or down (0). A failed attempt is tried once more after a second, because the probe
 * asks from one region where Route 53 asks from three or more: a single lost packet must not
 * count as an outage. The alarm still wants `failures` bad minutes in a row.
 */
async function measureUp(target, opts) {
  const first = await attemptUp(target, opts);
  if (first.value === 1) return first;
  await new Promise((r) => setTimeout(r, opts.retryDelayMs === undefined ? 1000 : opts.retryDelayMs));
  return attemptUp(target, opts);
}

/** The number in a body: plain text ("3"), or the JSON field at a dotted path ("orders.lastHour"). */
function readNumber(body, field) {
  let value;
  if (field === undefined || field === '') {
    value = body.trim() === '' ? NaN : Number(body.trim());
  } else {
    let node;
    try {
      node = JSON.parse(body);
    } catch {
      return { error: 'body is not JSON' };
    }
    for (const key of field.split('.')) node = node !== null && typeof node === 'object' ? node[key] : undefined;
    value = typeof node === 'number' || (typeof node === 'string' && node.trim() !== '') ? Number(node) : NaN;
  }
  return Number.isFinite(value) ? { value } : { error: field ? `no number at ${field}` : 'body is not a number' };
}

async function measureBusiness(target, opts) {
  const res = await get(target.url, opts);
  if (res.error) return res;
  if (res.status < 200 || res.status > 299) return { error: `HTTP ${res.status}` };
  return readNumber(res.body, target.field);
}

/** Minutes since local midnight in `timeZone`. */
function localMinutes(nowMs, timeZone) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(
    new Date(nowMs),
  );
  const part = (t) => Number(parts.find((p) => p.type === t).value);
  return part('hour') * 60 + part('minute');
}

/** True inside "HH:MM-HH:MM" local hours (an end before the start spans midnight); no hours means always. */
function withinHours(activeHours, timeZone, nowMs) {
  if (!activeHours) return true;
  const [from, to] = activeHours.split('-').map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)));
  const m = localMinutes(nowMs, timeZone);
  return from <= to ? m >= from && m < to : m >= from || m < to;
}

/** One answer set in a comparable form: strings, lower-case names, no trailing dots, sorted. */
function normalise(rrtype, records) {
  const name = (s) => String(s).toLowerCase().replace(/\.$/, '');
  const one = {
    A: String,
    AAAA: (a) => String(a).toLowerCase(),
    CNAME: name,
    MX: (r) => `${r.priority} ${name(r.exchange)}`,
    TXT: (r) => r.join(''),
    CAA: (r) =>
      `${r.critical} ${Object.keys(r)
        .filter((k) => k !== 'critical')
        .map((k) => `${k} ${r[k]}`)
        .join(' ')}`,
  }[rrtype];
  return [...new Set(records.map(one))].sort();
}

/** "ip", "ip:port", "[v6]:port" or "name[:port]" -> { host, port }. */
function parseServer(server) {
  const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(server) || (net.isIP(server) === 6 ? [server, server] : /^([^:]+)(?::(\d+))?$/.exec(server));
  if (!m) return undefined;
  return { host: m[1], port: m[2] ? Number(m[2]) : 53 };
}

/** Asks one authoritative server; "no such record" is an answer (an empty set), anything else is not. */
async function askServer(server, target, opts) {
  const parsed = parseServer(server);
  if (!parsed) return { error: 'bad server' };
  let ip = parsed.host;
  if (!net.isIP(ip)) {
    try {
      ip = (await (opts.lookupAddress || defaultLookupAddress)(ip)).address;
    } catch (e) {
      return { error: e.code || e.message };
    }
  }
  const resolver = new dns.promises.Resolver({ timeout: opts.timeoutMs || DEFAULT_TIMEOUT_MS, tries: 2 });
  resolver.setServers([net.isIP(ip) === 6 ? `[${ip}]:${parsed.port}` : `${ip}:${parsed.port}`]);
  try {
    return { answer: normalise(target.rrtype, await resolver.resolve(target.name, target.rrtype)) };
  } catch (e) {
    if (e.code === 'ENODATA' || e.code === 'ENOTFOUND') return { answer: [] };
    return { error: e.code || e.message };
  }
}

function defaultLookupAddress(host) {
  return dns.promises.lookup(host, { family: 4 });
}

/**
 * 1 when every server that answered gave the same set, 0 when two differ, and no value when a
 * provider had no server answering (DNS then fails on that side; the alarm treats it as breaching).
 */
async function measureDns(target, opts) {
  const providers = Object.keys(target.providers).sort();
  const asked = await Promise.all(
    providers.flatMap((p) =>
      target.providers[p].map(async (server) => ({ provider: p, server, ...(await askServer(server, target, opts)) })),
    ),
  );
  const answers = asked.filter((a) => a.answer);
  const sets = new Set(answers.map((a) => JSON.stringify(a.answer)));
  const detail = asked.map((a) => `${a.provider} ${a.server}: ${a.answer ? a.answer.join(',') || '(none)' : a.error}`).join('; ');
  if (sets.size > 1) return { value: 0, detail };
  const silent = providers.filter((p) => !answers.some((a) => a.provider === p));
  if (providers.length < 2 || silent.length > 0) return { error: `no answer from ${silent.join(', ') || 'a second provider'}`, detail };
  return { value: 1, detail };
}

const MEASURES = {
  business: { metric: 'BusinessValue', measure: measureBusiness },
  tls: { metric: 'TlsDaysLeft', measure: measureTls },
  domain: { metric: 'DomainDaysLeft', measure: measureDomain },
  dns: { metric: 'DnsConsistent', measure: measureDns },
  http: { metric: 'Up', measure: measureUp },
  tcp: { metric: 'Up', measure: measureUp },
};

/** Endpoint checks run every minute; the rest every 5 minutes, as before (their alarms' periods). */
const EVERY_MINUTES = { http: 1, tcp: 1 };

/**
 * Whether a target is measured in the run scheduled for `atMs`. With endpoint checks the
 * schedule fires every minute (SCHEDULE_MINUTES=1) and the others run on every fifth minute;
 * without, it fires every 5 minutes and everything runs.
 */
function due(target, atMs, scheduleMinutes) {
  if (scheduleMinutes !== 1) return true;
  const every = EVERY_MINUTES[target.kind] || 5;
  return Math.floor(atMs / 60000) % every === 0;
}

/**
 * Outside its active hours a business check publishes its floor: a neutral value that keeps
 * the alarm quiet, where publishing nothing would count as breaching.
 */
async function measureTarget(target, opts) {
  const kind = MEASURES[target.kind];
  if (!kind) return { metric: undefined, error: `unknown kind ${target.kind}` };
  if (target.kind === 'business' && !withinHours(target.activeHours, opts.timeZone || 'UTC', opts.now)) {
    return { metric: kind.metric, value: target.floor, quiet: true };
  }
  try {
    return { metric: kind.metric, ...(await kind.measure(target, opts)) };
  } catch (e) {
    return { metric: kind.metric, error: String(e && e.message) };
  }
}

/** Every target measured at once; one result per target, in order. */
async function measureAll(targets, opts) {
  return Promise.all(targets.map(async (t) => ({ id: t.id, ...(await measureTarget(t, opts)) })));
}

/** PutMetricData entries for the results that have a value. */
function metricData(results, business, nowMs) {
  return results
    .filter((r) => r.metric && typeof r.value === 'number')
    .map((r) => ({
      MetricName: r.metric,
      Dimensions: [
        { Name: 'Business', Value: business },
        { Name: 'Check', Value: r.id },
      ],
      Value: r.value,
      Unit: 'None',
      Timestamp: new Date(nowMs),
    }));
}

async function putMetrics(data) {
  // Lazy: the nodejs22.x runtime bundles SDK v3; tests inject `publish` and never load it.
  const { CloudWatchClient, PutMetricDataCommand } = require('@aws-sdk/client-cloudwatch');
  const client = new CloudWatchClient({});
  for (let i = 0; i < data.length; i += 500) {
    await client.send(new PutMetricDataCommand({ Namespace: NAMESPACE, MetricData: data.slice(i, i + 500) }));
  }
}

/** One run: read targets from the environment, measure, log one line per target, publish. */
async function run(env, opts = {}) {
  const now = opts.now === undefined ? Date.now() : opts.now;
  // The schedule's own minute (event.time), not the start time, decides what is due: a late start
  // must not skip the 5-minute targets.
  const scheduled = opts.scheduledAt === undefined ? now : opts.scheduledAt;
  const targets = JSON.parse(env.TARGETS || '[]').filter((t) => due(t, scheduled, Number(env.SCHEDULE_MINUTES || 5)));
  const results = await measureAll(targets, { ...opts, now, timeZone: env.TIME_ZONE });
  // Ids, values and reasons only: no URL or answer that could carry something private.
  for (const r of results)
    console.log(
      `${r.id} ${r.metric} ${typeof r.value === 'number' ? r.value : `no value: ${r.error}`}${r.quiet ? ' (outside active hours)' : ''}`,
    );
  const data = metricData(results, env.BUSINESS || 'unknown', now);
  if (data.length > 0) await (opts.publish || putMetrics)(data);
  return { results, data };
}

exports.handler = (event) => {
  const at = event && typeof event.time === 'string' ? Date.parse(event.time) : NaN;
  return run(process.env, Number.isNaN(at) ? {} : { scheduledAt: at }).then(() => undefined);
};
Object.assign(exports, {
  NAMESPACE,
  daysLeft,
  measureDomain,
  measureTls,
  measureBusiness,
  measureDns,
  readNumber,
  withinHours,
  normalise,
  parseServer,
  measureTarget,
  measureAll,
  metricData,
  run,
  measureUp,
  due,
});
