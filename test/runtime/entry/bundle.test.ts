/**
 * The functions as Lambda runs them: the esbuild bundle the stack deploys, with its config.json,
 * loaded in a child Node process with only environment variables (as Lambda sets them), against
 * local stand-ins: the Telegram Bot API, dynalite, and SSM/SES/SNS/S3. A page goes out, a button
 * press acknowledges, a forged one is refused; an e-mail page goes out through SES and its
 * signed link acknowledges once.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFunctions } from '../../../components/alerts/bundle';
import { CONFIG_FILE_NAME, type BundledConfig } from '../../../runtime/entry/bundled-config';
import { ENV } from '../../../runtime/entry/environment';
import { CONFIG, fakeServer, SECRET, TOKEN, LINK_KEY, type FakeServer } from '../harness';
import { awsStandin, FAKE_CREDENTIALS, localDynamo, type AwsStandin, type LocalDynamo } from '../aws/standin';

let dir: string;
let telegram: FakeServer;
let aws: AwsStandin;
let db: LocalDynamo;

const PARAMS = { token: '/planb/shop/telegram-bot-token', secret: '/planb/shop/webhook-secret', key: '/planb/shop/link-key' };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planb-bundle-'));
  fs.writeFileSync(path.join(dir, 'index.js'), await bundleFunctions());
  // Carol is reached by e-mail only, through SES, with a signed link.
  const runtime = {
    ...CONFIG,
    alarms: { ...CONFIG.alarms, 'check:orders': { route: 'mail', severity: 'critical' as const, processes: ['take-orders'] } },
    routes: { ...CONFIG.routes, mail: { id: 'mail', stages: [{ people: ['carol'], after: 0 }] } },
    reach: { ...CONFIG.reach, carol: [{ channel: 'office-mail', kind: 'email' as const, address: 'carol@shop.example' }] },
  };
  const bundled: BundledConfig = {
    runtime,
    alarmIds: { 'health-shop-home-alarm-1a2b3c4d': 'endpoint:shop' },
    // The status page the pager keeps current: one component, decided by the shop's alarm.
    status: {
      bucket: 'status-site',
      bucketRegion: 'eu-central-1',
      key: 'status.json',
      alarmRegion: 'us-east-1',
      components: [{ id: 'shop', name: 'Shop', alarmNames: ['health-shop-home-alarm-1a2b3c4d'] }],
    },
    // The us-east-1 alarms come through a forwarding rule the pager watches.
    watch: {
      failingTopicArn: 'arn:aws:sns:eu-central-1:123456789012:alerts-failing',
      forwards: [{ region: 'us-east-1', rule: 'alerts-forward-us-east-1-9f8e7d6c' }],
    },
  };
  fs.writeFileSync(path.join(dir, CONFIG_FILE_NAME), JSON.stringify(bundled));
  telegram = await fakeServer();
  aws = await awsStandin({ [PARAMS.token]: TOKEN, [PARAMS.secret]: SECRET, [PARAMS.key]: LINK_KEY });
  aws.alarms.set('health-shop-home-alarm-1a2b3c4d', 'ALARM');
  db = await localDynamo('planb-pager');
}, 60_000);

afterAll(async () => {
  await Promise.all([telegram?.close(), aws?.close(), db?.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs one exported handler of the bundle in a fresh Node process, as a cold start. */
function invoke(fn: 'events' | 'webhook', event: unknown): Promise<unknown> {
  const env = {
    PATH: process.env.PATH,
    ...FAKE_CREDENTIALS,
    AWS_ENDPOINT_URL: aws.url,
    AWS_ENDPOINT_URL_DYNAMODB: db.url,
    [ENV.table]: 'planb-pager',
    [ENV.journalBucket]: 'vault',
    [ENV.journalPrefix]: 'planb/',
    [ENV.telegramTokenParam]: PARAMS.token,
    [ENV.webhookSecretParam]: PARAMS.secret,
    [ENV.linkKeyParam]: PARAMS.key,

    // The webhook takes its ack URL from the request's domain; the others are told it.
    ...(fn !== 'webhook' ? { [ENV.ackUrl]: 'https://abc.lambda-url.eu-central-1.on.aws/ack' } : {}),
    [ENV.telegramApi]: telegram.url,
    [ENV.emailFrom]: 'alerts@shop.example',
  };
  const script = `require(${JSON.stringify(path.join(dir, 'index.js'))}).${fn}(JSON.parse(process.argv[1])).then((r) => process.stdout.write('RESULT ' + JSON.stringify(r)), (e) => { console.error(e); process.exit(1); })`;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--no-deprecation', '-e', script, JSON.stringify(event)],
      { env, cwd: dir, timeout: 30_000 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`${fn} failed: ${stderr}`));
        resolve(JSON.parse(stdout.slice(stdout.indexOf('RESULT ') + 7)));
      },
    );
  });
}

function journal(kind: string): Record<string, unknown>[] {
  return [...aws.objects.entries()]
    .filter(([k]) => k.startsWith('vault/planb/journal/'))
    .map(([, v]) => JSON.parse(v) as Record<string, unknown>)
    .filter((e) => e.kind === kind);
}

function press(secret: string | undefined, data: string, from = 1001) {
  return {
    rawPath: '/telegram',
    requestContext: { domainName: 'abc.lambda-url.eu-central-1.on.aws', http: { method: 'POST' } },
    headers: { 'content-type': 'application/json', ...(secret !== undefined ? { 'X-Telegram-Bot-Api-Secret-Token': secret } : {}) },
    body: JSON.stringify({ update_id: 1, callback_query: { id: 'cb-1', from: { id: from }, data } }),
    isBase64Encoded: false,
  };
}

describe('the bundled functions in a child process', () => {
  it('an alarm pages stage 1 over Telegram with the button, and journals it', async () => {
    const result = (await invoke('events', {
      'detail-type': 'CloudWatch Alarm State Change',
      time: '2026-10-05T10:00:00Z',
      detail: { alarmName: 'health-shop-home-alarm-1a2b3c4d', state: { value: 'ALARM' } },
    })) as { incident: string };
    expect(result.incident).toMatch(/^endpoint:shop@/);
    const sent = telegram.requests.filter((r) => r.path === `/bot${TOKEN}/sendMessage`);
    expect(sent).toHaveLength(1);
    const body = JSON.parse(sent[0]!.body);
    expect(body.chat_id).toBe('1001');
    expect(body.reply_markup.inline_keyboard[0][0].callback_data).toMatch(/^ack:[A-Za-z0-9_-]{22}$/);
    expect(journal('raised')).toHaveLength(1);
    expect(journal('delivered')).toEqual([expect.objectContaining({ person: 'anna', channel: 'team-chat' })]);
    // The page's alarm: status.json was written from CloudWatch's answer (the stand-in says ALARM).
    expect(aws.requests.filter((r) => r.service === 'cloudwatch').map((r) => JSON.parse(r.body).AlarmNames)).toEqual([
      ['health-shop-home-alarm-1a2b3c4d'],
    ]);
    const status = JSON.parse(aws.objects.get('status-site/status.json')!);
    expect(status.components).toEqual({ shop: { name: 'Shop', status: 'down' } });
    // The secrets were read from SSM, decrypted, once each.
    expect(
      aws.requests
        .filter((r) => r.service === 'ssm')
        .map((r) => JSON.parse(r.body).Name)
        .sort(),
    ).toEqual(Object.values(PARAMS).sort());
  }, 60_000);

  it('a press with a forged secret token is refused (401) and journalled; the real press acknowledges', async () => {
    const data = JSON.parse(telegram.requests.find((r) => r.path.endsWith('/sendMessage'))!.body).reply_markup.inline_keyboard[0][0]
      .callback_data as string;
    const forged = (await invoke('webhook', press('not-the-secret', data))) as { statusCode: number };
    expect(forged.statusCode).toBe(401);
    expect(journal('ack-refused')).toEqual([expect.objectContaining({ reason: 'wrong secret token' })]);
    expect(journal('acknowledged')).toHaveLength(0);

    const real = (await invoke('webhook', press(SECRET, data))) as { statusCode: number; body: string };
    expect(real).toMatchObject({ statusCode: 200, body: 'Acknowledged: escalation stopped.' });
    expect(journal('acknowledged')).toEqual([expect.objectContaining({ person: 'anna', method: 'telegram' })]);
    expect(telegram.requests.some((r) => r.path === `/bot${TOKEN}/answerCallbackQuery`)).toBe(true);
  }, 60_000);

  it('an e-mail page goes out through SES with a signed link, which acknowledges once', async () => {
    await invoke('events', {
      'detail-type': 'CloudWatch Alarm State Change',
      time: '2026-10-05T10:05:00Z',
      detail: { alarmName: 'check:orders', state: { value: 'ALARM' } },
    });
    const mail = aws.requests
      .filter((r) => r.service === 'ses')
      .map(
        (r) =>
          JSON.parse(r.body) as {
            FromEmailAddress: string;
            Destination: { ToAddresses: string[] };
            Content: { Simple: { Body: { Text: { Data: string } } } };
          },
      );
    expect(mail).toHaveLength(1);
    expect(mail[0]!.FromEmailAddress).toBe('alerts@shop.example');
    expect(mail[0]!.Destination.ToAddresses).toEqual(['carol@shop.example']);
    const link = /https:\/\/abc\.lambda-url\.eu-central-1\.on\.aws\/ack\?t=(\S+)/.exec(mail[0]!.Content.Simple.Body.Text.Data)![1]!;
    const get = {
      rawPath: '/ack',
      requestContext: { domainName: 'abc.lambda-url.eu-central-1.on.aws', http: { method: 'GET' } },
      queryStringParameters: { t: link },
      headers: {},
    };
    expect(await invoke('webhook', get)).toMatchObject({ statusCode: 200 });
    expect(journal('acknowledged')).toEqual(expect.arrayContaining([expect.objectContaining({ person: 'carol', method: 'link' })]));
    // A second click, in another instance: the nonce is already claimed in DynamoDB.
    expect(await invoke('webhook', get)).toMatchObject({ statusCode: 410, body: 'This link is already used.' });
  }, 60_000);

  it('the tick finds nothing to escalate once acknowledged', async () => {
    expect(await invoke('events', { 'detail-type': 'Scheduled Event', time: '2026-10-05T10:07:00Z', detail: {} })).toEqual({
      escalated: 0,
    });
  }, 60_000);

  it('every ten minutes asks CloudWatch whether forwarding failed, and tells the "pager failing" topic when it starts', async () => {
    // 10:10-10:20 had no failure, 10:20-10:30 had 3: the run at 10:30 tells.
    aws.metric.push({ at: '2026-10-05T10:20:00Z', value: 3 });
    const before = aws.requests.length;
    const result = (await invoke('events', { 'detail-type': 'Scheduled Event', time: '2026-10-05T10:30:00Z', detail: {} })) as {
      forwarding: unknown;
    };
    expect(result.forwarding).toEqual([{ region: 'us-east-1', failures: 3, told: true }]);
    const metricCalls = (from: number) =>
      aws.requests.slice(from).filter((r) => String(r.headers['x-amz-target']).endsWith('.GetMetricData'));
    // (The same run also repairs status.json: a DescribeAlarms call, not counted here.)
    const asked = metricCalls(before).map((r) => JSON.parse(r.body));
    expect(asked).toEqual([
      expect.objectContaining({
        StartTime: Date.parse('2026-10-05T10:10:00Z') / 1000,
        EndTime: Date.parse('2026-10-05T10:30:00Z') / 1000,
        MetricDataQueries: [
          expect.objectContaining({
            MetricStat: expect.objectContaining({
              Metric: {
                Namespace: 'AWS/Events',
                MetricName: 'FailedInvocations',
                Dimensions: [{ Name: 'RuleName', Value: 'alerts-forward-us-east-1-9f8e7d6c' }],
              },
              Period: 600,
              Stat: 'Sum',
            }),
          }),
        ],
      }),
    ]);
    const told = aws.requests.slice(before).filter((r) => r.service === 'sns');
    expect(told).toHaveLength(1);
    const form = new URLSearchParams(told[0]!.body);
    expect(form.get('TopicArn')).toBe('arn:aws:sns:eu-central-1:123456789012:alerts-failing');
    expect(form.get('Message')).toContain('3 deliveries of alarm changes from us-east-1');
    // Off the ten-minute marks nothing is asked.
    const quiet = aws.requests.length;
    await invoke('events', { 'detail-type': 'Scheduled Event', time: '2026-10-05T10:31:00Z', detail: {} });
    expect(metricCalls(quiet)).toEqual([]);
  }, 60_000);
});
