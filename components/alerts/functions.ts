/**
 * The pager's functions: one bundle (components/alerts/bundle.ts) deployed twice, as the pager
 * (alarm state changes and the minute's tick, both from EventBridge; it also writes the status
 * page's status.json) and the acknowledgement webhook behind the public function URL, sharing one
 * role, one table and the secrets in SSM. One set serves every person of every route: who is
 * paged how is data (config.json), not infrastructure.
 *
 * The webhook stays a function of its own: its URL is public, and a flood of requests to it
 * would otherwise use up the concurrency that pages and escalations need (Lambda scales one
 * function's instances, and throttles it, as one), and its Errors alarm would mix a bad request
 * with a failing page.
 */
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import { LAMBDA_NODE_RUNTIME } from '../common/lambda';
import { childName } from '../common/names';
import { assumeRolePolicy, policy, type PolicyStatement } from '../common/policy';
import type { Tags } from '../common/tags';
import type { AlertRoutingArgs, PagerRuntimeConfig, StatusFeed } from './args';
import { CONFIG_FILE_NAME, ENV, type BundledConfigFile, type ForwardingWatchFile, type StatusFeedFile } from './contract';
import { bundleFunctions } from './bundle';

export const FUNCTIONS = {
  pager: { handler: 'index.events', timeout: 120, what: 'pages when an alarm fires and escalates every minute' },
  webhook: { handler: 'index.webhook', timeout: 30, what: 'acknowledgements: Telegram buttons and signed links' },
} as const;
export type FunctionKey = keyof typeof FUNCTIONS;

export interface PagerFunctions {
  functions: Record<FunctionKey, aws.lambda.Function>;
  url: aws.lambda.FunctionUrl;
  table: aws.dynamodb.Table;
}

interface Secrets {
  names: Partial<Record<'telegramTokenParam' | 'webhookSecretParam' | 'linkKeyParam', pulumi.Output<string>>>;
  arns: pulumi.Output<string>[];
}

function secretParameters(name: string, args: AlertRoutingArgs, tags: Tags, opts: pulumi.CustomResourceOptions): Secrets {
  const wanted: [keyof Secrets['names'], string, pulumi.Output<string> | undefined][] = [
    ['telegramTokenParam', 'telegram-bot-token', args.secrets.telegramBotToken],
    ['webhookSecretParam', 'webhook-secret', args.secrets.webhookSecret],
    ['linkKeyParam', 'link-key', args.secrets.linkKey],
  ];
  const out: Secrets = { names: {}, arns: [] };
  for (const [key, leaf, value] of wanted) {
    if (value === undefined) continue;
    // SecureString under the account's aws/ssm key; only the functions' role may read it.
    const p = new aws.ssm.Parameter(
      childName(name, leaf),
      { name: `/planb/${args.business}/${name}/${leaf}`, type: 'SecureString', value: pulumi.secret(value), tags },
      opts,
    );
    out.names[key] = p.name;
    out.arns.push(p.arn);
  }
  return out;
}

/** Open incidents and used link nonces (runtime/aws/dynamo.ts): on demand, TTL, encrypted, recoverable. */
function stateTable(name: string, tags: Tags, opts: pulumi.CustomResourceOptions): aws.dynamodb.Table {
  return new aws.dynamodb.Table(
    childName(name, 'state'),
    {
      billingMode: 'PAY_PER_REQUEST',
      hashKey: 'pk',
      attributes: [{ name: 'pk', type: 'S' }],
      ttl: { attributeName: 'ttl', enabled: true },
      serverSideEncryption: { enabled: true },
      pointInTimeRecovery: { enabled: true },
      tags,
    },
    opts,
  );
}

/** The forwarding rules the pager watches and the topic it tells, with their names resolved. */
export interface ForwardingWatch {
  failingTopicArn: pulumi.Input<string>;
  forwards: { region: string; rule: pulumi.Input<string> }[];
}

function watchFile(watch: ForwardingWatch | undefined): pulumi.Output<ForwardingWatchFile | undefined> {
  if (watch === undefined || watch.forwards.length === 0) return pulumi.output(undefined);
  const forwards = pulumi.all(watch.forwards.map((f) => pulumi.output(f.rule).apply((rule) => ({ region: f.region, rule }))));
  return pulumi.all([pulumi.output(watch.failingTopicArn), forwards]).apply(([failingTopicArn, fs]) => ({ failingTopicArn, forwards: fs }));
}

/** config.json: the runtime configuration, the alarms' physical names (sorted), the status feed and the forwarding watch. */
export function bundledConfig(args: AlertRoutingArgs, watch?: ForwardingWatch): pulumi.Output<string> {
  const status = args.status === undefined ? pulumi.output(undefined) : statusFeedFile(args.status);
  return pulumi.all([pulumi.all(args.alarms.map((a) => a.name)), status, watchFile(watch)]).apply(([names, feed, forwarding]) => {
    const alarmIds = Object.fromEntries(names.map((n, i) => [n, args.alarms[i]!.id] as const).sort(([a], [b]) => (a < b ? -1 : 1)));
    const config: BundledConfigFile<PagerRuntimeConfig> = {
      runtime: args.runtime,
      alarmIds,
      ...(feed !== undefined ? { status: feed } : {}),
      ...(forwarding !== undefined ? { watch: forwarding } : {}),
    };
    return JSON.stringify(config);
  });
}

/** The status feed with its names resolved, components in the page's order. */
function statusFeedFile(feed: StatusFeed): pulumi.Output<StatusFeedFile> {
  const components = pulumi.all(
    feed.components.map((c) => pulumi.all(c.alarmNames).apply((alarmNames) => ({ id: c.id, name: c.name, alarmNames }))),
  );
  return pulumi.all([pulumi.output(feed.bucketName), components]).apply(([bucket, cs]) => ({
    bucket,
    bucketRegion: feed.bucketRegion,
    key: feed.key,
    alarmRegion: feed.alarmRegion,
    components: cs,
  }));
}

export function pagerFunctions(
  name: string,
  args: AlertRoutingArgs,
  around: { journal: { bucketName: pulumi.Input<string>; prefix: string }; failed: aws.sqs.Queue; watch: ForwardingWatch },
  context: { accountId: pulumi.Output<string>; region: pulumi.Output<string> },
  tags: Tags,
  opts: pulumi.CustomResourceOptions,
): PagerFunctions {
  const { journal, failed } = around;
  const table = stateTable(name, tags, opts);
  const secrets = secretParameters(name, args, tags, opts);
  const logGroups = functionLogGroups(name, args.business, tags, opts);
  const { role, rolePolicy } = functionRole(
    name,
    args,
    { logGroups, secretArns: secrets.arns, table, failed, journal, context, watch: around.watch },
    tags,
    opts,
  );
  const code = pulumi.all([pulumi.output(bundleFunctions()), bundledConfig(args, around.watch)]).apply(
    ([js, config]) =>
      new pulumi.asset.AssetArchive({
        'index.js': new pulumi.asset.StringAsset(js),
        [CONFIG_FILE_NAME]: new pulumi.asset.StringAsset(config),
      }),
  );
  const environment = (ackUrl: pulumi.Input<string> | undefined): Record<string, pulumi.Input<string>> => ({
    [ENV.table]: table.name,
    [ENV.journalBucket]: journal.bucketName,
    [ENV.journalPrefix]: journal.prefix,
    ...(secrets.names.telegramTokenParam ? { [ENV.telegramTokenParam]: secrets.names.telegramTokenParam } : {}),
    ...(secrets.names.webhookSecretParam ? { [ENV.webhookSecretParam]: secrets.names.webhookSecretParam } : {}),
    [ENV.linkKeyParam]: secrets.names.linkKeyParam!,
    ...(ackUrl !== undefined ? { [ENV.ackUrl]: ackUrl } : {}),
    ...(args.emailFrom !== undefined ? { [ENV.emailFrom]: args.emailFrom } : {}),
  });
  const make = (k: FunctionKey, ackUrl: pulumi.Input<string> | undefined) =>
    new aws.lambda.Function(
      childName(name, k),
      {
        description: `Plan B ${args.business}: ${FUNCTIONS[k].what}`,
        runtime: LAMBDA_NODE_RUNTIME,
        handler: FUNCTIONS[k].handler,
        role: role.arn,
        timeout: FUNCTIONS[k].timeout,
        memorySize: 256,
        code,
        environment: { variables: environment(ackUrl) },
        loggingConfig: { logFormat: 'Text', logGroup: logGroups[k].name },
        tags,
      },
      { ...opts, dependsOn: [logGroups[k], rolePolicy] },
    );
  // The webhook learns its own address from each request (its URL cannot be in its own settings).
  const webhook = make('webhook', undefined);
  const url = new aws.lambda.FunctionUrl(childName(name, 'webhook-url'), { functionName: webhook.name, authorizationType: 'NONE' }, opts);
  publicUrlPermissions(name, webhook, opts);
  const ackUrl = url.functionUrl.apply((u) => `${u.replace(/\/$/, '')}/ack`);
  const functions = { pager: make('pager', ackUrl), webhook };
  // Asynchronous invocations (EventBridge) that still fail after Lambda's retries go to the queue.
  new aws.lambda.FunctionEventInvokeConfig(
    childName(name, 'pager', 'on-failure'),
    { functionName: functions.pager.name, maximumRetryAttempts: 2, destinationConfig: { onFailure: { destination: failed.arn } } },
    opts,
  );
  return { functions, url, table };
}

function functionLogGroups(
  name: string,
  business: string,
  tags: Tags,
  opts: pulumi.CustomResourceOptions,
): Record<FunctionKey, aws.cloudwatch.LogGroup> {
  return Object.fromEntries(
    (Object.keys(FUNCTIONS) as FunctionKey[]).map((k) => [
      k,
      new aws.cloudwatch.LogGroup(childName(name, k, 'logs'), { name: `/planb/${business}/${name}/${k}`, retentionInDays: 30, tags }, opts),
    ]),
  ) as Record<FunctionKey, aws.cloudwatch.LogGroup>;
}

/** What the functions' role may touch, each resource named (docs/infrastructure.md, "Functions"). */
interface RoleScope {
  logGroups: Record<FunctionKey, aws.cloudwatch.LogGroup>;
  secretArns: pulumi.Input<string>[];
  table: { arn: pulumi.Output<string> };
  failed: aws.sqs.Queue;
  journal: { bucketName: pulumi.Input<string>; prefix: string };
  context: { accountId: pulumi.Output<string>; region: pulumi.Output<string> };
  watch: ForwardingWatch;
}

/** The status feed as the role policy needs it: the one key it writes, the alarms it reads. */
function statusAccess(feed: StatusFeed | undefined): pulumi.Output<RolePolicyInputs['status']> {
  if (feed === undefined) return pulumi.output(undefined);
  return pulumi
    .all([pulumi.output(feed.bucketArn), pulumi.all(feed.components.flatMap((c) => c.alarmNames))])
    .apply(([bucketArn, alarmNames]) => ({ objectArn: `${bucketArn}/${feed.key}`, alarmRegion: feed.alarmRegion, alarmNames }));
}

function functionRole(name: string, args: AlertRoutingArgs, on: RoleScope, tags: Tags, opts: pulumi.CustomResourceOptions) {
  const role = new aws.iam.Role(
    childName(name, 'role'),
    { assumeRolePolicy: JSON.stringify(assumeRolePolicy('lambda.amazonaws.com')), tags },
    opts,
  );
  const rolePolicy = new aws.iam.RolePolicy(
    childName(name, 'role-policy'),
    {
      role: role.id,
      policy: pulumi
        .all([
          pulumi.all(Object.values(on.logGroups).map((g) => g.arn)),
          pulumi.all(on.secretArns),
          on.table.arn,
          on.failed.arn,
          pulumi.output(on.journal.bucketName),
          on.context.accountId,
          on.context.region,
          pulumi.all([statusAccess(args.status), watchFile(on.watch)]),
        ])
        .apply(([logs, params, tableArn, queueArn, bucket, account, region, [status, watch]]) =>
          JSON.stringify(
            rolePolicyDocument({
              logs,
              params,
              tableArn,
              queueArn,
              bucket,
              prefix: on.journal.prefix,
              account,
              region,
              emailFrom: args.emailFrom,
              status,
              watch,
            }),
          ),
        ),
    },
    opts,
  );
  return { role, rolePolicy };
}

/**
 * A function URL with auth NONE still needs a resource policy granting the public both
 * lambda:InvokeFunctionUrl and (for URLs created since October 2025) lambda:InvokeFunction
 * through the URL only. The webhook authenticates every request itself (secret token, signature).
 */
function publicUrlPermissions(name: string, fn: aws.lambda.Function, opts: pulumi.CustomResourceOptions): void {
  new aws.lambda.Permission(
    childName(name, 'webhook-url-public'),
    { action: 'lambda:InvokeFunctionUrl', function: fn.name, principal: '*', functionUrlAuthType: 'NONE' },
    opts,
  );
  new aws.lambda.Permission(
    childName(name, 'webhook-url-invoke'),
    { action: 'lambda:InvokeFunction', function: fn.name, principal: '*', invokedViaFunctionUrl: true },
    opts,
  );
}

export interface RolePolicyInputs {
  logs: string[];
  params: string[];
  tableArn: string;
  queueArn: string;
  bucket: string;
  prefix: string;
  account: string;
  region: string;
  emailFrom?: string;
  /** The status page's status.json and the alarms that decide it. */
  status?: { objectArn: string; alarmRegion: string; alarmNames: string[] } | undefined;
  /** The forwarding watch: the topic it tells (GetMetricData has no resource-level permission). */
  watch?: ForwardingWatchFile | undefined;
}

/** Least privilege: its logs, its secrets, its table, the journal's prefix, sending pages. */
export function rolePolicyDocument(i: RolePolicyInputs): ReturnType<typeof policy> {
  const statements: PolicyStatement[] = [
    {
      Sid: 'Logs',
      Effect: 'Allow',
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: i.logs.map((arn) => `${arn.replace(/:\*$/, '')}:*`),
    },
    { Sid: 'Secrets', Effect: 'Allow', Action: 'ssm:GetParameter', Resource: i.params },
    { Sid: 'State', Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Scan'], Resource: i.tableArn },
    { Sid: 'Journal', Effect: 'Allow', Action: 's3:PutObject', Resource: `arn:aws:s3:::${i.bucket}/${i.prefix}journal/*` },
    { Sid: 'OnFailure', Effect: 'Allow', Action: 'sqs:SendMessage', Resource: i.queueArn },
    // SMS straight to a phone number has no ARN; NotResource keeps topics out.
    { Sid: 'Sms', Effect: 'Allow', Action: 'sns:Publish', NotResource: 'arn:aws:sns:*:*:*' },
  ];
  if (i.emailFrom !== undefined) {
    statements.push({
      Sid: 'Email',
      Effect: 'Allow',
      Action: 'ses:SendEmail',
      Resource: `arn:aws:ses:${i.region}:${i.account}:identity/*`,
      Condition: { StringEquals: { 'ses:FromAddress': i.emailFrom } },
    });
  }
  if (i.status !== undefined) statements.push(...statusStatements(i.status, i.account));
  if (i.watch !== undefined) {
    statements.push(
      { Sid: 'WatchRead', Effect: 'Allow', Action: 'cloudwatch:GetMetricData', Resource: '*' },
      { Sid: 'WatchTell', Effect: 'Allow', Action: 'sns:Publish', Resource: i.watch.failingTopicArn },
    );
  }
  return policy(...statements);
}

/** Writing one key, and reading only the page's alarms (DescribeAlarms takes alarm ARNs). */
function statusStatements(s: NonNullable<RolePolicyInputs['status']>, account: string): PolicyStatement[] {
  return [
    { Sid: 'StatusWrite', Effect: 'Allow', Action: 's3:PutObject', Resource: s.objectArn },
    {
      Sid: 'StatusRead',
      Effect: 'Allow',
      Action: 'cloudwatch:DescribeAlarms',
      Resource: [...new Set(s.alarmNames)].sort().map((n) => `arn:aws:cloudwatch:${s.alarmRegion}:${account}:alarm:${n}`),
    },
  ];
}
