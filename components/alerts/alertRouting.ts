/**
 * planb:alerts:AlertRouting: one encrypted SNS topic per severity, a
 * subscription per topic and contact (filtered to its routes and stages), Telegram through a forwarder
 * Lambda, staged escalation through Step Functions, and optionally a
 * Cloudflare notification policy for Cloudflare health checks.
 * Deploy it in the region of the alarms it carries (us-east-1 for Route 53).
 */
import * as pulumi from '@pulumi/pulumi';
import { withPhysicalNames } from '../common/physical-names';
import * as aws from '@pulumi/aws';
import * as cloudflare from '@pulumi/cloudflare';
import { CommonArgs, checkSlug, planbTags } from '../common/tags';
import { childName } from '../common/names';
import { policy } from '../common/policy';
import {
  AlertRoute,
  Contact,
  FilterClause,
  SEVERITIES,
  Severity,
  checkRoutes,
  firstStageClause,
  laterStageClause,
  snsProtocol,
  subscriptionFilter,
} from './routes';
import { escalation } from './escalation';
import { botTokenParameter, forwarderRole, telegramForwarder, undeliveredQueue } from './telegram';

export interface AlertRoutingArgs extends CommonArgs {
  routes: AlertRoute[];
  /** Bot token from a Pulumi config secret (requireSecret); required when any contact uses Telegram. */
  telegramBotToken?: pulumi.Output<string>;
  /** E-mail Cloudflare health-check status changes (health checks from HealthChecks). */
  cloudflare?: {
    accountId: pulumi.Input<string>;
    healthCheckIds: pulumi.Input<string>[];
    emails: string[];
    provider?: cloudflare.Provider;
  };
  /** Provider of the alarms' region. */
  provider?: aws.Provider;
}

export class AlertRouting extends pulumi.ComponentResource {
  static readonly typeToken = 'planb:alerts:AlertRouting' as const;

  /** Severity -> topic ARN; give these to alarms as alarmActions. */
  readonly topicArns: Record<Severity, pulumi.Output<string>>;
  /** Route id -> state machine ARN (routes with more than one stage). */
  readonly escalationArns: Record<string, pulumi.Output<string>> = {};
  readonly kmsKeyArn: pulumi.Output<string>;

  constructor(name: string, args: AlertRoutingArgs, opts?: pulumi.ComponentResourceOptions) {
    super(AlertRouting.typeToken, name, {}, withPhysicalNames(opts));
    checkSlug('business', args.business);
    checkRoutes(args.routes, args.telegramBotToken !== undefined);
    const copts: pulumi.CustomResourceOptions = { parent: this, provider: args.provider };
    const tags = planbTags(args, name);
    const accountId = aws.getCallerIdentityOutput({}, { parent: this, provider: args.provider }).accountId;

    const key = this.topicKey(name, accountId, tags, copts);
    const topics = Object.fromEntries(
      SEVERITIES.map((s) => [
        s,
        new aws.sns.Topic(childName(name, s), { kmsMasterKeyId: key.arn, displayName: `Plan B ${s}`, tags }, copts),
      ]),
    ) as Record<Severity, aws.sns.Topic>;
    this.topicArns = { critical: topics.critical.arn, warning: topics.warning.arn, info: topics.info.arn };
    this.kmsKeyArn = key.arn;

    const telegram = this.telegramFunctions(name, args, topics.critical.arn, tags, copts);
    this.subscribe(name, args.routes, topics, telegram, copts);
    for (const route of args.routes) {
      const topic = topics[route.severity];
      if (route.stages.length > 1) {
        const machine = escalation({
          component: name,
          route,
          topic,
          kmsKeyArn: key.arn,
          accountId,
          tags: planbTags(args, name, route.process),
          opts: copts,
        });
        this.escalationArns[route.id] = machine.arn;
      }
    }
    if (args.cloudflare !== undefined) this.cloudflarePolicy(name, args.cloudflare);
    this.registerOutputs({ topicArns: this.topicArns, escalationArns: this.escalationArns, kmsKeyArn: this.kmsKeyArn });
  }

  /**
   * A customer-managed key, not alias/aws/sns: CloudWatch alarms cannot publish
   * to topics under the AWS-managed key, whose policy cannot grant them access.
   */
  private topicKey(name: string, accountId: pulumi.Output<string>, tags: Record<string, string>, opts: pulumi.CustomResourceOptions): aws.kms.Key {
    return new aws.kms.Key(
      childName(name, 'topics-key'),
      {
        description: `Plan B alert topics (${name})`,
        enableKeyRotation: true,
        deletionWindowInDays: 30,
        policy: accountId.apply((account) =>
          JSON.stringify(
            policy(
              { Sid: 'AccountAdministers', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:*', Resource: '*' },
              {
                Sid: 'CloudWatchAlarmsPublish',
                Effect: 'Allow',
                Principal: { Service: 'cloudwatch.amazonaws.com' },
                Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
                Resource: '*',
                Condition: { StringEquals: { 'aws:SourceAccount': account } },
              },
            ),
          ),
        ),
        tags,
      },
      opts,
    );
  }

  /** One forwarder per Telegram contact id, shared by every stage that names it. */
  private telegramFunctions(
    name: string,
    args: AlertRoutingArgs,
    alarmTopicArn: pulumi.Output<string>,
    tags: Record<string, string>,
    opts: pulumi.CustomResourceOptions,
  ): { functions: Map<string, aws.lambda.Function>; undeliveredAlarm?: pulumi.Output<string> } {
    const contacts = new Map<string, Contact>();
    args.routes.flatMap((r) => r.stages.flatMap((s) => s.contacts)).forEach((c) => c.channel === 'telegram' && contacts.set(c.id, c));
    const fns = new Map<string, aws.lambda.Function>();
    const token = args.telegramBotToken;
    if (contacts.size === 0 || token === undefined) return { functions: fns };
    const tokenParameter = botTokenParameter(name, args.business, token, tags, opts);
    const role = forwarderRole(name, args.business, tokenParameter, tags, opts);
    const { queue, alarm } = undeliveredQueue(name, role, alarmTopicArn, tags, opts);
    for (const c of [...contacts.values()].sort((a, b) => a.id.localeCompare(b.id))) {
      fns.set(c.id, telegramForwarder({ component: name, contactId: c.id, chatId: c.address, tokenParameter, undelivered: queue, role, business: args.business, tags, opts }));
    }
    return { functions: fns, undeliveredAlarm: alarm.name };
  }

  /** One subscription per topic and contact; see subscriptionFilter for why. */
  private subscribe(
    name: string,
    routes: readonly AlertRoute[],
    topics: Record<Severity, aws.sns.Topic>,
    telegram: { functions: Map<string, aws.lambda.Function>; undeliveredAlarm?: pulumi.Output<string> },
    opts: pulumi.CustomResourceOptions,
  ): void {
    // The undelivered-Telegram alarm reaches every first-stage contact of the critical topic.
    const extra = telegram.undeliveredAlarm;
    const wanted = new Map<string, { severity: Severity; contact: Contact; clauses: pulumi.Output<FilterClause>[] }>();
    for (const route of routes) {
      route.stages.forEach((stage, i) => {
        const firstStage = route.severity === 'critical' && extra !== undefined ? [...route.alarmNames, extra] : route.alarmNames;
        const clause = i === 0 ? pulumi.all(firstStage).apply(firstStageClause) : pulumi.output(laterStageClause(route.id, stage.id));
        for (const contact of stage.contacts) {
          const key = `${route.severity}/${contact.id}`;
          const entry = wanted.get(key) ?? { severity: route.severity, contact, clauses: [] };
          entry.clauses.push(clause);
          wanted.set(key, entry);
        }
      });
    }
    for (const { severity, contact, clauses } of wanted.values()) {
      const topic = topics[severity];
      const fn = telegram.functions.get(contact.id);
      const invoke = fn === undefined ? [] : [this.allowSns(name, contact.id, severity, fn, topic, opts)];
      new aws.sns.TopicSubscription(
        childName(name, 'sub', severity, contact.id),
        {
          topic: topic.arn,
          protocol: snsProtocol(contact.channel),
          endpoint: fn === undefined ? contact.address : fn.arn,
          filterPolicyScope: 'MessageBody',
          filterPolicy: pulumi.all(clauses).apply(subscriptionFilter),
        },
        { ...opts, dependsOn: invoke },
      );
    }
  }

  private readonly permissions = new Map<string, aws.lambda.Permission>();

  /** Lets this severity's topic invoke a forwarder; one permission per pair. */
  private allowSns(
    name: string,
    contactId: string,
    severity: Severity,
    fn: aws.lambda.Function,
    topic: aws.sns.Topic,
    opts: pulumi.CustomResourceOptions,
  ): aws.lambda.Permission {
    const key = `${contactId}/${severity}`;
    const existing = this.permissions.get(key);
    if (existing !== undefined) return existing;
    const permission = new aws.lambda.Permission(
      childName(name, 'telegram', contactId, severity),
      { action: 'lambda:InvokeFunction', function: fn.name, principal: 'sns.amazonaws.com', sourceArn: topic.arn },
      opts,
    );
    this.permissions.set(key, permission);
    return permission;
  }

  private cloudflarePolicy(name: string, cf: NonNullable<AlertRoutingArgs['cloudflare']>): void {
    if (cf.emails.length === 0 || cf.healthCheckIds.length === 0) {
      throw new Error('cloudflare: give at least one email and one healthCheckId, or leave cloudflare out');
    }
    new cloudflare.NotificationPolicy(
      childName(name, 'cf-health'),
      {
        accountId: cf.accountId,
        name: `Plan B health checks (${name})`,
        alertType: 'health_check_status_notification',
        enabled: true,
        filters: { healthCheckIds: cf.healthCheckIds },
        mechanisms: { emails: [...cf.emails].sort().map((id) => ({ id })) },
      },
      { parent: this, provider: cf.provider },
    );
  }
}
