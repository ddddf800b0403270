import { beforeAll, describe, expect, it } from 'vitest';
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import { ACCOUNT, type Recorded, type ResourceLog, installMocks, isSecretMarker, providerName, resolve, settle } from './mocks';
import {
  AlertRouting,
  alarmEventPattern,
  checkAlertRoutingArgs,
  MAX_EVENT_PATTERN_CHARS,
  type AlertRoutingArgs,
} from '../../components/alerts';
import { bundledConfig, rolePolicyDocument } from '../../components/alerts/functions';
import type { PolicyDocument } from '../../components/common/policy';
import type { RuntimeConfig } from '../../runtime/config';
import { ENV } from '../../runtime/entry/environment';

const TOKEN = '123456:AAplain-bot-token-never-in-state';
const SECRET = 'webhook-secret-never-in-state';
const KEY = 'link-key-never-in-state';
let log: ResourceLog;
let primary: aws.Provider;
let use1: aws.Provider;
beforeAll(async () => {
  log = await installMocks();
  primary = new aws.Provider('primary', { region: 'eu-central-1' });
  use1 = new aws.Provider('use1', { region: 'us-east-1' });
});

const RUNTIME: RuntimeConfig = {
  alarms: { 'endpoint:shop': { route: 'orders', severity: 'critical', processes: ['take-orders'] } },
  routes: {
    orders: {
      id: 'orders',
      stages: [
        { people: ['anna'], after: 0 },
        { people: ['boss'], after: 600 },
      ],
    },
  },
  reach: {
    anna: [
      { channel: 'chat', kind: 'telegram', address: '424242' },
      { channel: 'mail', kind: 'email', address: 'anna@acme.example' },
    ],
    boss: [{ channel: 'sms', kind: 'sms', address: '+491701234567' }],
  },
  names: { anna: 'Anna', boss: 'Boss' },
};

function args(overrides: Partial<AlertRoutingArgs> = {}): AlertRoutingArgs {
  return {
    business: 'acme',
    runtime: RUNTIME,
    alarms: [{ name: 'health-shop-alarm-0a1b2c3d', id: 'endpoint:shop' }],
    alarmNamePrefixes: ['health-', 'backup-'],
    secrets: { telegramBotToken: pulumi.secret(TOKEN), webhookSecret: pulumi.secret(SECRET), linkKey: pulumi.secret(KEY) },
    journal: { bucketName: 'acme-vault', prefix: 'planb/' },
    emailFrom: 'owner@acme.example',
    fallback: [
      { id: 'anna-email', channel: 'email', address: 'anna@acme.example' },
      { id: 'boss-sms', channel: 'sms', address: '+491701234567' },
    ],
    region: 'eu-central-1',
    forwardFrom: [{ region: 'us-east-1', provider: use1 }],
    ...overrides,
  };
}

/** The pager's region comes through opts.providers, as Pulumi users pass it; only us-east-1 is an argument. */
async function build(name: string, a: AlertRoutingArgs): Promise<AlertRouting> {
  const r = new AlertRouting(name, a, { providers: { aws: primary } });
  await Promise.all([r.failingTopicArn, ...Object.values(r.functionArns)].map(resolve));
  await settle();
  return r;
}

/** The default arguments' routing, built once for the tests that only read what it records. */
let defaultBuilt: Promise<AlertRouting> | undefined;
function defaultRouting(): Promise<AlertRouting> {
  defaultBuilt ??= build('a1', args());
  return defaultBuilt;
}

function mine(prefix: string): Recorded[] {
  return log.all.filter((r) => r.name.startsWith(`${prefix}-`));
}

function containsPlain(value: unknown, needle: string): boolean {
  if (isSecretMarker(value)) return false;
  if (typeof value === 'string') return value.includes(needle);
  if (Array.isArray(value)) return value.some((v) => containsPlain(v, needle));
  if (typeof value === 'object' && value !== null) return Object.values(value).some((v) => containsPlain(v, needle));
  return false;
}

describe('AlertRouting: one pager for every contact', () => {
  it('deploys one bundle as two Node 22 functions (pager, public webhook) sharing one role, and no function per contact', async () => {
    await defaultRouting();
    const fns = log.ofType('aws:lambda/function:Function').filter((r) => r.name.startsWith('a1-'));
    expect(fns.map((f) => [f.name, f.inputs['handler'], f.inputs['runtime']]).sort()).toEqual([
      ['a1-pager', 'index.events', 'nodejs22.x'],
      ['a1-webhook', 'index.webhook', 'nodejs22.x'],
    ]);
    expect(
      log
        .ofType('aws:cloudwatch/logGroup:LogGroup')
        .filter((r) => r.name.startsWith('a1-'))
        .map((g) => g.inputs['name'])
        .sort(),
    ).toEqual(['/planb/acme/a1/pager', '/planb/acme/a1/webhook']);
    for (const f of fns) {
      expect(f.inputs['role']).toBe('arn:aws:mock:::aws:iam/role:Role/a1-role');
      expect(providerName(f.provider)).toBe('primary');
    }
    // The environment names things; the configuration is config.json, the secrets are in SSM.
    const env = (log.named('a1-pager').inputs['environment'] as { variables: Record<string, string> }).variables;
    expect(Object.keys(env).sort()).toEqual(
      [
        ENV.ackUrl,
        ENV.emailFrom,
        ENV.journalBucket,
        ENV.journalPrefix,
        ENV.linkKeyParam,
        ENV.table,
        ENV.telegramTokenParam,
        ENV.webhookSecretParam,
      ].sort(),
    );
    expect(env[ENV.telegramTokenParam]).toBe('/planb/acme/a1/telegram-bot-token');
    expect(env[ENV.journalPrefix]).toBe('planb/');
    // The webhook's own URL cannot be in its own settings: it takes it from each request.
    expect(Object.keys((log.named('a1-webhook').inputs['environment'] as { variables: Record<string, string> }).variables)).not.toContain(
      ENV.ackUrl,
    );
  });

  it('keeps the three secrets as SecureStrings, never plain anywhere', async () => {
    await defaultRouting();
    for (const leaf of ['telegram-bot-token', 'webhook-secret', 'link-key']) {
      const p = log.named(`a1-${leaf}`);
      expect(p.inputs).toMatchObject({ name: `/planb/acme/a1/${leaf}`, type: 'SecureString' });
      expect(isSecretMarker(p.inputs['value'])).toBe(true);
    }
    for (const r of log.all) for (const s of [TOKEN, SECRET, KEY]) expect(containsPlain(r.inputs, s)).toBe(false);
  });

  it('one rule: alarm state changes by name prefix and a tick every minute; us-east-1 forwarded to the pager region', async () => {
    await defaultRouting();
    const rules = log.ofType('aws:cloudwatch/eventRule:EventRule').filter((r) => r.name.startsWith('a1-'));
    expect(rules.map((r) => r.name).sort()).toEqual(['a1-events', 'a1-forward-us-east-1']);
    const rule = log.named('a1-events').inputs;
    // EventBridge API Reference, PutRule: a rule with both fires on matching events and on its schedule.
    expect(rule['scheduleExpression']).toBe('rate(1 minute)');
    expect(JSON.parse(rule['eventPattern'] as string)).toEqual({
      source: ['aws.cloudwatch'],
      'detail-type': ['CloudWatch Alarm State Change'],
      detail: { alarmName: [{ prefix: 'backup-' }, { prefix: 'health-' }] },
    });
    expect(log.named('a1-events-target').inputs).toMatchObject({
      arn: 'arn:aws:mock:::aws:lambda/function:Function/a1-pager',
      deadLetterConfig: { arn: 'arn:aws:mock:::aws:sqs/queue:Queue/a1-failed' },
    });
    expect(log.named('a1-events-invoke').inputs).toMatchObject({
      principal: 'events.amazonaws.com',
      sourceArn: 'arn:aws:mock:::aws:cloudwatch/eventRule:EventRule/a1-events',
    });
    const fwd = log.named('a1-forward-us-east-1');
    expect(providerName(fwd.provider)).toBe('use1');
    expect(fwd.inputs['eventPattern']).toBe(rule['eventPattern']);
    expect(log.named('a1-forward-us-east-1-target').inputs).toMatchObject({
      arn: `arn:aws:events:eu-central-1:${ACCOUNT}:event-bus/default`,
      roleArn: 'arn:aws:mock:::aws:iam/role:Role/a1-forward-us-east-1-role',
    });
    const put = JSON.parse(log.named('a1-forward-us-east-1-policy').inputs['policy'] as string) as PolicyDocument;
    expect(put.Statement).toEqual([
      { Effect: 'Allow', Action: 'events:PutEvents', Resource: `arn:aws:events:eu-central-1:${ACCOUNT}:event-bus/default` },
    ]);
  });

  it("nothing is dropped silently: async failures to a queue whose alarm, like the webhook's errors, reaches people over plain unfiltered SNS", async () => {
    await defaultRouting();
    expect(log.named('a1-pager-on-failure').inputs).toMatchObject({
      functionName: expect.stringMatching(/^a1-pager-[0-9a-f]{8}$/),
      maximumRetryAttempts: 2,
      destinationConfig: { onFailure: { destination: 'arn:aws:mock:::aws:sqs/queue:Queue/a1-failed' } },
    });
    expect(log.named('a1-failed').inputs).toMatchObject({ messageRetentionSeconds: 1209600, sqsManagedSseEnabled: true });
    for (const a of ['a1-failed-alarm', 'a1-webhook-errors-alarm']) {
      expect(log.named(a).inputs['alarmActions']).toEqual(['arn:aws:mock:::aws:sns/topic:Topic/a1-failing']);
    }
    const subs = log.ofType('aws:sns/topicSubscription:TopicSubscription').filter((r) => r.name.startsWith('a1-'));
    expect(subs.map((s) => [s.name, s.inputs['protocol'], s.inputs['endpoint']]).sort()).toEqual([
      ['a1-failing-anna-email', 'email', 'anna@acme.example'],
      ['a1-failing-boss-sms', 'sms', '+491701234567'],
    ]);
    for (const s of subs) expect(s.inputs['filterPolicy']).toBeUndefined();
    const kp = JSON.parse(log.named('a1-failing-key').inputs['policy'] as string) as PolicyDocument;
    expect(kp.Statement[1]).toMatchObject({
      Principal: { Service: 'cloudwatch.amazonaws.com' },
      Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } },
    });
  });

  it('a public function URL for the webhook, with both permissions AWS requires since October 2025', async () => {
    await defaultRouting();
    expect(log.named('a1-webhook-url').inputs).toMatchObject({ authorizationType: 'NONE' });
    expect(log.named('a1-webhook-url-public').inputs).toMatchObject({
      action: 'lambda:InvokeFunctionUrl',
      principal: '*',
      functionUrlAuthType: 'NONE',
    });
    expect(log.named('a1-webhook-url-invoke').inputs).toMatchObject({
      action: 'lambda:InvokeFunction',
      principal: '*',
      invokedViaFunctionUrl: true,
    });
  });

  it('a DynamoDB table on demand with TTL, encryption and point-in-time recovery; an SES sender identity', async () => {
    await defaultRouting();
    expect(log.named('a1-state').inputs).toMatchObject({
      billingMode: 'PAY_PER_REQUEST',
      hashKey: 'pk',
      ttl: { attributeName: 'ttl', enabled: true },
      serverSideEncryption: { enabled: true },
      pointInTimeRecovery: { enabled: true },
    });
    expect(log.named('a1-sender').inputs).toMatchObject({ emailIdentity: 'owner@acme.example' });
  });

  // Protection is keeperOpts (components/common/protect.ts), tested with the plan (protected marks).
  it('without a vault to journal into, makes a private, object-locked bucket of its own', async () => {
    const a = args();
    delete a.journal;
    await build('a7', a);
    const bucket = log.named('a7-journal');
    expect(bucket.inputs).toMatchObject({ objectLockEnabled: true });
    expect(log.named('a7-journal-private').inputs).toMatchObject({ blockPublicAcls: true, restrictPublicBuckets: true });
  });

  it('without Telegram: no token, no webhook secret parameter', async () => {
    const runtime: RuntimeConfig = { ...RUNTIME, reach: { anna: [RUNTIME.reach['anna']![1]!], boss: RUNTIME.reach['boss']! } };
    await build('a8', args({ runtime, secrets: { linkKey: pulumi.secret(KEY) }, forwardFrom: [] }));
    expect(mine('a8').map((r) => r.name)).not.toContain('a8-telegram-bot-token');
    expect(mine('a8').map((r) => r.name)).not.toContain('a8-forward-us-east-1');
  });
});

describe('AlertRouting pure parts', () => {
  it('config.json maps physical alarm names to journal ids, sorted, beside the runtime configuration', async () => {
    const text = await resolve(
      bundledConfig(
        args({
          alarms: [
            { name: 'z-alarm', id: 'endpoint:z' },
            { name: 'a-alarm', id: 'endpoint:a' },
          ],
        }),
      ),
    );
    const json = JSON.parse(text);
    expect(Object.keys(json.alarmIds)).toEqual(['a-alarm', 'z-alarm']);
    expect(json.runtime).toEqual(RUNTIME);
  });

  it('lets the pager watch the us-east-1 forwarding: config.json names the rule and the failing topic, the role may read metrics and tell that topic only', async () => {
    const watch = {
      failingTopicArn: pulumi.output('arn:aws:sns:eu-central-1:1:a-failing'),
      forwards: [{ region: 'us-east-1', rule: pulumi.output('a-forward-us-east-1-1a2b') }],
    };
    expect(JSON.parse(await resolve(bundledConfig(args(), watch))).watch).toEqual({
      failingTopicArn: 'arn:aws:sns:eu-central-1:1:a-failing',
      forwards: [{ region: 'us-east-1', rule: 'a-forward-us-east-1-1a2b' }],
    });
    expect(JSON.parse(await resolve(bundledConfig(args(), { ...watch, forwards: [] }))).watch).toBeUndefined();
    await build('a10', args());
    const statements = (JSON.parse(log.named('a10-role-policy').inputs['policy'] as string) as PolicyDocument).Statement;
    const by = Object.fromEntries(statements.map((x) => [x.Sid, x]));
    expect(by['WatchRead']).toMatchObject({ Action: 'cloudwatch:GetMetricData', Resource: '*' });
    expect(by['WatchTell']).toMatchObject({ Action: 'sns:Publish', Resource: 'arn:aws:mock:::aws:sns/topic:Topic/a10-failing' });
    await build('a11', args({ forwardFrom: [] }));
    const alone = (JSON.parse(log.named('a11-role-policy').inputs['policy'] as string) as PolicyDocument).Statement;
    expect(alone.map((x) => x.Sid)).not.toContain('WatchRead');
  });

  it('keeps the status page current: config.json carries the feed, the role writes status.json and reads only its alarms', async () => {
    const status = {
      bucketName: 'acme-status-site',
      bucketArn: 'arn:aws:s3:::acme-status-site',
      bucketRegion: 'eu-central-1',
      key: 'status.json',
      alarmRegion: 'us-east-1',
      components: [{ id: 'shop', name: 'Shop', alarmNames: [pulumi.output('health-shop-alarm-0a1b2c3d'), 'probes-up-cart-alarm'] }],
    };
    const json = JSON.parse(await resolve(bundledConfig(args({ status }))));
    expect(json.status).toEqual({
      bucket: 'acme-status-site',
      bucketRegion: 'eu-central-1',
      key: 'status.json',
      alarmRegion: 'us-east-1',
      components: [{ id: 'shop', name: 'Shop', alarmNames: ['health-shop-alarm-0a1b2c3d', 'probes-up-cart-alarm'] }],
    });
    await build('a9', args({ status }));
    const doc = JSON.parse(log.named('a9-role-policy').inputs['policy'] as string) as PolicyDocument;
    const by = Object.fromEntries(doc.Statement.map((x) => [x.Sid, x]));
    expect(by['StatusWrite']).toMatchObject({ Action: 's3:PutObject', Resource: 'arn:aws:s3:::acme-status-site/status.json' });
    expect(by['StatusRead']).toMatchObject({
      Action: 'cloudwatch:DescribeAlarms',
      Resource: [
        `arn:aws:cloudwatch:us-east-1:${ACCOUNT}:alarm:health-shop-alarm-0a1b2c3d`,
        `arn:aws:cloudwatch:us-east-1:${ACCOUNT}:alarm:probes-up-cart-alarm`,
      ],
    });
    // Without a page there is nothing to write and nothing to read.
    expect(JSON.parse(await resolve(bundledConfig(args()))).status).toBeUndefined();
    expect(() => checkAlertRoutingArgs(args({ status: { ...status, components: [] } }))).toThrow(/status.components: empty/);
    expect(() => checkAlertRoutingArgs(args({ status: { ...status, components: [{ id: 'x', name: 'X', alarmNames: [] }] } }))).toThrow(
      /status.components\[x\].alarmNames: empty/,
    );
    const crowded = Array.from({ length: 61 }, (_, i) => ({ id: `c${i}`, name: `C${i}`, alarmNames: [`probes-up-c${i}-alarm`] }));
    expect(() => checkAlertRoutingArgs(args({ status: { ...status, components: crowded } }))).toThrow(
      /61 alarms decide the page, more than 60/,
    );
    expect(() => checkAlertRoutingArgs(args({ status: { ...status, components: crowded.slice(0, 60) } }))).not.toThrow();
  });

  it('the role: its own logs, secrets, table, the journal prefix, SMS to numbers only, e-mail from its sender only', () => {
    const doc = rolePolicyDocument({
      logs: ['arn:logs:g'],
      params: ['arn:p'],
      tableArn: 'arn:t',
      queueArn: 'arn:q',
      bucket: 'vault',
      prefix: 'planb/',
      account: ACCOUNT,
      region: 'eu-central-1',
      emailFrom: 'o@acme.example',
    });
    const by = Object.fromEntries(doc.Statement.map((s) => [s.Sid, s]));
    expect(by['Journal']).toMatchObject({ Action: 's3:PutObject', Resource: 'arn:aws:s3:::vault/planb/journal/*' });
    expect(by['Sms']).toMatchObject({ Action: 'sns:Publish', NotResource: 'arn:aws:sns:*:*:*' });
    expect(by['Email']).toMatchObject({ Condition: { StringEquals: { 'ses:FromAddress': 'o@acme.example' } } });
    expect(by['State']!.Action).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Scan']);
    expect(by['StatusWrite']).toBeUndefined();
    expect(by['StatusRead']).toBeUndefined();
  });

  it('refuses what would fail later, naming the argument', () => {
    expect(() => checkAlertRoutingArgs(args({ secrets: { linkKey: pulumi.secret(KEY) } }))).toThrow(
      /Telegram; give telegramBotToken and webhookSecret/,
    );
    expect(() => checkAlertRoutingArgs(args({ fallback: [] }))).toThrow(/fallback: empty/);
    expect(() => checkAlertRoutingArgs(args({ fallback: [{ id: 'x', channel: 'sms', address: '0301234' }] }))).toThrow(
      /fallback\[x\]\.address: expected an E.164/,
    );
    expect(() => checkAlertRoutingArgs(args({ alarmNamePrefixes: ['has space'] }))).toThrow(/not an alarm-name prefix/);
    const many = Array.from({ length: 120 }, (_, i) => `component-number-${i}-`);
    expect(alarmEventPattern(many).length).toBeGreaterThan(MAX_EVENT_PATTERN_CHARS);
    expect(() => checkAlertRoutingArgs(args({ alarmNamePrefixes: many }))).toThrow(/EventBridge allows 2048/);
    const badRoute = { ...RUNTIME, routes: { orders: { id: 'orders', stages: [{ people: ['ghost'], after: 0 }] } } };
    expect(() => checkAlertRoutingArgs(args({ runtime: badRoute }))).toThrow(/person "ghost" has no entry in runtime.reach/);
  });
});
