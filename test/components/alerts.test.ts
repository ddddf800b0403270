import { beforeAll, describe, expect, it } from 'vitest';
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import { ACCOUNT, Recorded, ResourceLog, installMocks, isSecretMarker, providerName, resolve, settle } from './mocks';
import {
  AlertRoute,
  AlertRouting,
  AlertRoutingArgs,
  TELEGRAM_FORWARDER_SOURCE,
  checkRoutes,
  escalationDefinition,
  subscriptionFilter,
} from '../../components/alerts';
import type { PolicyDocument } from '../../components/common/policy';

const TOKEN = '123456:AAplain-bot-token-never-in-state';
let log: ResourceLog;
let use1: aws.Provider;
beforeAll(async () => {
  log = await installMocks();
  use1 = new aws.Provider('use1', { region: 'us-east-1' });
});

const orders: AlertRoute = {
  id: 'orders',
  severity: 'critical',
  process: 'taking-orders',
  alarmNames: ['shop-down', 'backup-late'],
  stages: [
    {
      id: 'oncall',
      afterSeconds: 0,
      contacts: [
        { id: 'anna-mail', channel: 'email', address: 'anna@acme.example' },
        { id: 'anna-tg', channel: 'telegram', address: '424242' },
      ],
    },
    { id: 'owner', afterSeconds: 600, contacts: [{ id: 'boss-sms', channel: 'sms', address: '+491701234567' }] },
    { id: 'agency', afterSeconds: 900, contacts: [{ id: 'agency-hook', channel: 'https', address: 'https://hooks.agency.example/planb' }] },
  ],
};
const news: AlertRoute = {
  id: 'news',
  severity: 'info',
  alarmNames: ['cert-expiry'],
  stages: [{ id: 'first', afterSeconds: 0, contacts: [{ id: 'anna-mail', channel: 'email', address: 'anna@acme.example' }] }],
};

function args(overrides: Partial<AlertRoutingArgs> = {}): AlertRoutingArgs {
  return { business: 'acme', routes: [orders, news], telegramBotToken: pulumi.secret(TOKEN), provider: use1, ...overrides };
}

async function build(name: string, a: AlertRoutingArgs): Promise<AlertRouting> {
  const r = new AlertRouting(name, a);
  await resolve(r.topicArns.critical);
  await Promise.all(Object.values(r.escalationArns).map(resolve));
  await settle();
  return r;
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

function unwrap(value: unknown): unknown {
  if (isSecretMarker(value)) return unwrap((value as { value: unknown }).value);
  if (Array.isArray(value)) return value.map(unwrap);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unwrap(v)]));
  return value;
}

describe('AlertRouting', () => {
  it('creates three topics under a customer-managed key that CloudWatch may use', async () => {
    await build('a1', args());
    const topics = log.ofType('aws:sns/topic:Topic').filter((r) => r.name.startsWith('a1-'));
    expect(topics.map((t) => t.name).sort()).toEqual(['a1-critical', 'a1-info', 'a1-warning']);
    for (const t of topics) {
      expect(t.inputs['kmsMasterKeyId']).toBe('arn:aws:mock:::aws:kms/key:Key/a1-topics-key');
      expect(providerName(t.provider)).toBe('use1');
      expect(t.parent).toContain('planb:alerts:AlertRouting');
    }
    const key = log.named('a1-topics-key').inputs;
    expect(key['enableKeyRotation']).toBe(true);
    const kp = JSON.parse(key['policy'] as string) as PolicyDocument;
    expect(kp.Statement[1]).toMatchObject({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } } });
  });

  it('subscribes each contact once per topic, with the filter of its stages', async () => {
    await build('a2', args());
    const subs = log.ofType('aws:sns/topicSubscription:TopicSubscription').filter((r) => r.name.startsWith('a2-'));
    expect(subs.map((s) => s.name).sort()).toEqual([
      'a2-sub-critical-agency-hook',
      'a2-sub-critical-anna-mail',
      'a2-sub-critical-anna-tg',
      'a2-sub-critical-boss-sms',
      'a2-sub-info-anna-mail',
    ]);
    const byName = (n: string) => log.named(n).inputs;
    expect(byName('a2-sub-critical-anna-mail')).toMatchObject({ protocol: 'email', endpoint: 'anna@acme.example', filterPolicyScope: 'MessageBody' });
    // With a Telegram forwarder, the critical first stage also hears its undelivered-alert alarm.
    const undelivered = log.named('a2-telegram-undelivered-alarm').inputs['name'] as string;
    expect(JSON.parse(byName('a2-sub-critical-anna-mail')['filterPolicy'])).toEqual({
      AlarmName: ['backup-late', 'shop-down', undelivered].sort(),
      planbStage: [{ exists: false }],
    });
    expect(byName('a2-sub-critical-boss-sms')).toMatchObject({ protocol: 'sms', endpoint: '+491701234567' });
    expect(JSON.parse(byName('a2-sub-critical-boss-sms')['filterPolicy'])).toEqual({ planbRoute: ['orders'], planbStage: ['owner'] });
    expect(byName('a2-sub-critical-agency-hook')).toMatchObject({ protocol: 'https', endpoint: 'https://hooks.agency.example/planb' });
    expect(byName('a2-sub-critical-anna-tg')).toMatchObject({ protocol: 'lambda', endpoint: 'arn:aws:mock:::aws:lambda/function:Function/a2-telegram-anna-tg' });
    expect(byName('a2-sub-info-anna-mail')['topic']).toBe('arn:aws:mock:::aws:sns/topic:Topic/a2-info');
  });

  it('merges a contact named in two stages of one topic into one $or filter', () => {
    const f = JSON.parse(subscriptionFilter([{ planbRoute: ['b'], planbStage: ['s'] }, { AlarmName: ['x'] }]));
    expect(f).toEqual({ $or: [{ AlarmName: ['x'] }, { planbRoute: ['b'], planbStage: ['s'] }] });
  });

  it('forwards Telegram through a Node 22 Lambda that reads the token from an SSM SecureString only its role may read', async () => {
    await build('a3', args());
    const fn = log.named('a3-telegram-anna-tg');
    expect(fn.inputs).toMatchObject({ runtime: 'nodejs22.x', handler: 'index.handler' });
    // The token is not in the function's environment (lambda:GetFunctionConfiguration would show it).
    expect(unwrap(fn.inputs['environment'])).toEqual({ variables: { TELEGRAM_CHAT_ID: '424242', TELEGRAM_TOKEN_PARAMETER: '/planb/acme/a3/telegram-bot-token' } });
    const param = log.named('a3-telegram-token');
    expect(param.type).toBe('aws:ssm/parameter:Parameter');
    expect(param.inputs).toMatchObject({ name: '/planb/acme/a3/telegram-bot-token', type: 'SecureString' });
    expect(isSecretMarker(param.inputs['value'])).toBe(true);
    expect(unwrap(param.inputs['value'])).toBe(TOKEN);
    for (const r of log.all) expect(containsPlain(r.inputs, TOKEN)).toBe(false);
    expect(TELEGRAM_FORWARDER_SOURCE).not.toMatch(/console\.log\([^)]*[Tt]oken/);
    const read = JSON.parse(log.named('a3-telegram-token-read').inputs['policy'] as string) as PolicyDocument;
    expect(read.Statement).toEqual([{ Effect: 'Allow', Action: 'ssm:GetParameter', Resource: 'arn:aws:mock:::aws:ssm/parameter:Parameter/a3-telegram-token' }]);
    const perm = log.named('a3-telegram-anna-tg-critical').inputs;
    expect(perm).toMatchObject({ principal: 'sns.amazonaws.com', sourceArn: 'arn:aws:mock:::aws:sns/topic:Topic/a3-critical' });
    const logs = JSON.parse(log.named('a3-telegram-logs').inputs['policy'] as string) as PolicyDocument;
    expect(logs.Statement.flatMap((s) => [s.Action].flat()).sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
  });

  it('sends what Telegram refused to a queue whose alarm pages the critical topic: nothing is dropped silently', async () => {
    await build('a10', args());
    const queue = log.named('a10-telegram-undelivered');
    expect(queue.inputs).toMatchObject({ messageRetentionSeconds: 1209600, sqsManagedSseEnabled: true });
    expect(log.named('a10-telegram-anna-tg-on-failure').inputs).toEqual({
      functionName: log.named('a10-telegram-anna-tg').inputs['name'],
      maximumRetryAttempts: 2,
      destinationConfig: { onFailure: { destination: 'arn:aws:mock:::aws:sqs/queue:Queue/a10-telegram-undelivered' } },
    });
    const send = JSON.parse(log.named('a10-telegram-undelivered-send').inputs['policy'] as string) as PolicyDocument;
    expect(send.Statement).toEqual([{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:mock:::aws:sqs/queue:Queue/a10-telegram-undelivered' }]);
    const alarm = log.named('a10-telegram-undelivered-alarm').inputs;
    expect(alarm).toMatchObject({
      namespace: 'AWS/SQS',
      metricName: 'ApproximateNumberOfMessagesVisible',
      dimensions: { QueueName: queue.inputs['name'] },
      threshold: 1,
      alarmActions: ['arn:aws:mock:::aws:sns/topic:Topic/a10-critical'],
    });
  });

  it('the forwarder code: token from SSM once per container, chat id from its environment, retries on a refusal', async () => {
    const calls: { url: string; body: { chat_id: string; text: string } }[] = [];
    let ssmReads = 0;
    let status = 200;
    const module = { exports: {} as { handler: (e: unknown) => Promise<void> } };
    const fakeSdk = {
      SSMClient: class {
        send(cmd: { input: { Name: string; WithDecryption: boolean } }) {
          ssmReads++;
          expect(cmd.input).toEqual({ Name: '/planb/acme/x/telegram-bot-token', WithDecryption: true });
          return Promise.resolve({ Parameter: { Value: TOKEN } });
        }
      },
      GetParameterCommand: class {
        constructor(readonly input: unknown) {}
      },
    };
    const fetch = (url: string, init: { body: string }) => {
      calls.push({ url, body: JSON.parse(init.body) });
      return Promise.resolve({ ok: status < 300, status });
    };
    const env = { TELEGRAM_CHAT_ID: '424242', TELEGRAM_TOKEN_PARAMETER: '/planb/acme/x/telegram-bot-token' };
    new Function('module', 'exports', 'require', 'fetch', 'process', 'AbortSignal', TELEGRAM_FORWARDER_SOURCE)(
      module, module.exports, () => fakeSdk, fetch, { env }, { timeout: () => undefined },
    );
    const event = { Records: [{ Sns: { Message: JSON.stringify({ AlarmName: 'shop-down', NewStateValue: 'ALARM', NewStateReason: 'no answer' }) } }] };
    await module.exports.handler(event);
    await module.exports.handler(event);
    expect(ssmReads).toBe(1);
    expect(calls.map((c) => c.url)).toEqual([`https://api.telegram.org/bot${TOKEN}/sendMessage`, `https://api.telegram.org/bot${TOKEN}/sendMessage`]);
    expect(calls[0]?.body).toEqual({ chat_id: '424242', text: 'ALARM: shop-down\nno answer' });
    status = 403;
    await expect(module.exports.handler(event)).rejects.toThrow('Telegram answered HTTP 403');
  });

  it('keeps the token secret even when the caller passes a plain Output', async () => {
    await build('a9', args({ telegramBotToken: pulumi.output(TOKEN) }));
    expect(mine('a9').some((r) => JSON.stringify(unwrap(r.inputs)).includes(TOKEN))).toBe(true);
    for (const r of mine('a9')) expect(containsPlain(r.inputs, TOKEN)).toBe(false);
  });

  it('escalates in order through Step Functions, started by EventBridge on ALARM', async () => {
    const routing = await build('a4', args());
    expect(Object.keys(routing.escalationArns)).toEqual(['orders']);
    const def = JSON.parse(log.named('a4-escalation-orders').inputs['definition'] as string);
    const order: string[] = [];
    for (let s: string | undefined = def.StartAt; s !== undefined && s !== 'Done'; ) {
      order.push(s);
      const st = def.States[s];
      s = st.Type === 'Choice' ? st.Choices[0].Next : st.Next;
    }
    expect(order).toEqual(['Wait-owner', 'Check-owner', 'Still-owner', 'Notify-owner', 'Wait-agency', 'Check-agency', 'Still-agency', 'Notify-agency']);
    expect(def.States['Wait-owner'].Seconds).toBe(600);
    expect(def.States['Check-owner'].Resource).toBe('arn:aws:states:::aws-sdk:cloudwatch:describeAlarms');
    expect(def.States['Still-owner'].Default).toBe('Resolved');
    expect(def.States['Notify-agency'].Parameters).toMatchObject({
      TopicArn: 'arn:aws:mock:::aws:sns/topic:Topic/a4-critical',
      Message: { planbRoute: 'orders', planbStage: 'agency' },
    });
    const rule = JSON.parse(log.named('a4-escalation-orders-on-alarm').inputs['eventPattern'] as string);
    expect(rule).toEqual({
      source: ['aws.cloudwatch'],
      'detail-type': ['CloudWatch Alarm State Change'],
      detail: { alarmName: ['backup-late', 'shop-down'], state: { value: ['ALARM'] } },
    });
    expect(log.named('a4-escalation-orders-target').inputs['arn']).toBe('arn:aws:mock:::aws:sfn/stateMachine:StateMachine/a4-escalation-orders');
    const sfn = JSON.parse(log.named('a4-escalation-orders-policy').inputs['policy'] as string) as PolicyDocument;
    expect(sfn.Statement.map((s) => [s.Action, s.Resource])).toEqual([
      ['sns:Publish', 'arn:aws:mock:::aws:sns/topic:Topic/a4-critical'],
      [['kms:GenerateDataKey', 'kms:Decrypt'], 'arn:aws:mock:::aws:kms/key:Key/a4-topics-key'],
      ['cloudwatch:DescribeAlarms', [`arn:aws:cloudwatch:*:${ACCOUNT}:alarm:backup-late`, `arn:aws:cloudwatch:*:${ACCOUNT}:alarm:shop-down`]],
    ]);
    const start = JSON.parse(log.named('a4-escalation-orders-events-policy').inputs['policy'] as string) as PolicyDocument;
    expect(start.Statement).toEqual([{ Effect: 'Allow', Action: 'states:StartExecution', Resource: 'arn:aws:mock:::aws:sfn/stateMachine:StateMachine/a4-escalation-orders' }]);
  });

  it('skips Telegram, escalation and Cloudflare when not asked', async () => {
    await build('a5', args({ routes: [news], telegramBotToken: undefined }));
    const types = new Set(mine('a5').map((r) => r.type));
    expect(types).toEqual(new Set(['aws:kms/key:Key', 'aws:sns/topic:Topic', 'aws:sns/topicSubscription:TopicSubscription']));
  });

  it('adds a Cloudflare notification policy for health checks when asked', async () => {
    await build('a6', args({ routes: [news], cloudflare: { accountId: 'cf', healthCheckIds: ['hc1'], emails: ['duty@acme.example'] } }));
    expect(log.named('a6-cf-health').inputs).toMatchObject({
      alertType: 'health_check_status_notification',
      filters: { healthCheckIds: ['hc1'] },
      mechanisms: { emails: [{ id: 'duty@acme.example' }] },
    });
  });

  it('keeps names stable when a route is added', async () => {
    await build('a7', args({ routes: [news] }));
    await build('a8', args({ routes: [orders, news] }));
    const before = mine('a7').map((r) => r.name.slice(3));
    const after = new Set(mine('a8').map((r) => r.name.slice(3)));
    for (const n of before) expect(after.has(n)).toBe(true);
  });
});

describe('route checks', () => {
  it.each([
    [[{ ...news, stages: [] }], /stages: empty/],
    [[{ ...news, alarmNames: [] }], /alarmNames: empty/],
    [[{ ...news, stages: [{ id: 'x', afterSeconds: 30, contacts: news.stages[0]!.contacts }] }], /first stage pages at once/],
    [[{ ...orders, stages: [orders.stages[0]!, { ...orders.stages[1]!, afterSeconds: 10 }] }], /60..86400/],
    [[{ ...news, stages: [{ id: 'x', afterSeconds: 0, contacts: [{ id: 'h', channel: 'https' as const, address: 'http://x.example' }] }] }], /https/],
    [[{ ...news, stages: [{ id: 'x', afterSeconds: 0, contacts: [{ id: 's', channel: 'sms' as const, address: '0170 123' }] }] }], /E.164/],
    [[news, { ...news, id: 'n2', stages: [{ id: 'x', afterSeconds: 0, contacts: [{ id: 'anna-mail', channel: 'email' as const, address: 'other@acme.example' }] }] }], /two different/],
    [[news, news], /appears more than once/],
    [[orders], /telegramBotToken/],
  ])('rejects case %#', (routes, message) => {
    expect(() => checkRoutes(routes as AlertRoute[], false)).toThrow(message);
  });

  it('refuses a merged filter larger than SNS allows', () => {
    const many = Array.from({ length: 100 }, (_, i) => `alarm-${i}`);
    const big = { ...news, alarmNames: many };
    expect(() => checkRoutes([big], false)).not.toThrow();
    expect(() => checkRoutes([big, { ...big, id: 'news2' }], false)).toThrow(/200 combinations \(SNS allows 150\)/);
  });

  it('a single-stage route has an empty escalation', () => {
    expect(escalationDefinition('r', news.stages, 'arn').StartAt).toBe('Done');
  });
});
