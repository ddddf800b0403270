/**
 * planb:probes:Probes: what Route 53 health checks cannot watch, and every endpoint that no DNS
 * failover depends on. A small Lambda (handler.js) runs every minute (every 5 without endpoint
 * checks), measures each target (an endpoint up or down, a business number, certificate and
 * domain days left, DNS answers across providers) and publishes it to CloudWatch (`PlanB/Probes`); one
 * alarm per target pages the target's topic. Deploy it in the region of the AlertRouting whose
 * topics it uses: alarm actions are regional.
 */
import * as pulumi from '@pulumi/pulumi';
import { withPhysicalNames } from '../common/physical-names';
import * as aws from '@pulumi/aws';
import { CommonArgs, Tags, checkSlug, planbTags } from '../common/tags';
import { childName } from '../common/names';
import { assumeRolePolicy, policy } from '../common/policy';
import { LAMBDA_NODE_RUNTIME } from '../common/lambda';
import { probeHandlerSource } from './source';
import { type ProbeTarget, alarmShape, checkTargets, isUpCheck } from './targets';
import type { ProbeTargetJson } from './handler';

export const PROBE_NAMESPACE = 'PlanB/Probes';
/** Lambda's limit for all environment variables together. */
const ENV_LIMIT = 4096;

export interface ProbesArgs extends CommonArgs {
  targets: ProbeTarget[];
  /** IANA time zone of the business, for business checks' active hours. */
  timeZone: string;
}

/** The probe role's permissions, as data: metrics in one namespace, logs in one group. */
export function probePolicy(logGroupArn: string): string {
  return JSON.stringify(
    policy(
      {
        Sid: 'PutProbeMetrics',
        Effect: 'Allow',
        Action: 'cloudwatch:PutMetricData',
        // PutMetricData has no resource ARNs; the namespace condition is what narrows it.
        Resource: '*',
        Condition: { StringEquals: { 'cloudwatch:namespace': PROBE_NAMESPACE } },
      },
      { Sid: 'Logs', Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: `${logGroupArn}:*` },
    ),
  );
}

/** What the Lambda reads from TARGETS: the measuring half of each target, without alarm details. */
export function targetJson(t: ProbeTarget): pulumi.Output<ProbeTargetJson> {
  const c = t.check;
  switch (c.kind) {
    case 'business':
      return pulumi.output({ id: t.id, kind: 'business' as const, url: c.url, floor: c.floor, ...(c.field !== undefined ? { field: c.field } : {}), ...(c.activeHours !== undefined ? { activeHours: c.activeHours } : {}) });
    case 'tls':
      return pulumi.output({ id: t.id, kind: 'tls' as const, host: c.host, port: c.port });
    case 'domain':
      return pulumi.output({ id: t.id, kind: 'domain' as const, expires: c.expires });
    case 'http':
      return pulumi.output({ id: t.id, kind: 'http' as const, url: c.url, ...(c.searchString !== undefined ? { searchString: c.searchString } : {}) });
    case 'tcp':
      return pulumi.output({ id: t.id, kind: 'tcp' as const, host: c.host, port: c.port });
    case 'dns':
      return pulumi.output(c.providers).apply((providers) => ({ id: t.id, kind: 'dns' as const, name: c.name, rrtype: c.rrtype, providers: providers as Record<string, string[]> }));
  }
}

/** The TARGETS variable; refuses a list that would not fit Lambda's 4 KB environment. */
export function environmentJson(list: readonly ProbeTargetJson[]): string {
  const json = JSON.stringify(list);
  if (json.length > ENV_LIMIT - 200) {
    throw new Error(`targets: ${json.length} characters of targets exceed the Lambda's 4 KB environment; split them over two Probes components`);
  }
  return json;
}

export function targetsEnvironment(targets: readonly ProbeTarget[]): pulumi.Output<string> {
  return pulumi.all(targets.map(targetJson)).apply(environmentJson);
}

export class Probes extends pulumi.ComponentResource {
  static readonly typeToken = 'planb:probes:Probes' as const;

  /** Target id -> alarm ARN / name. */
  readonly alarmArns: Record<string, pulumi.Output<string>> = {};
  readonly alarmNames: Record<string, pulumi.Output<string>> = {};
  /** The probe Lambda's name; undefined when there are no targets (nothing is created). */
  readonly functionName: pulumi.Output<string> | undefined;

  constructor(name: string, args: ProbesArgs, opts?: pulumi.ComponentResourceOptions) {
    super(Probes.typeToken, name, {}, withPhysicalNames(opts));
    checkSlug('business', args.business);
    checkTargets(args.targets);
    // One region: the provider comes through `opts.provider(s)` and children inherit it.
    const childOpts: pulumi.CustomResourceOptions = { parent: this };
    if (args.targets.length > 0) {
      const fn = this.probe(name, args, planbTags(args, name), childOpts);
      this.functionName = fn.name;
      for (const t of args.targets) {
        const alarm = this.alarm(name, args.business, t, planbTags(args, name, t.process), childOpts);
        this.alarmArns[t.id] = alarm.arn;
        this.alarmNames[t.id] = alarm.name;
      }
    }
    this.registerOutputs({ alarmArns: this.alarmArns, alarmNames: this.alarmNames, functionName: this.functionName });
  }

  private probe(name: string, args: ProbesArgs, tags: Tags, opts: pulumi.CustomResourceOptions): aws.lambda.Function {
    // Endpoint checks are read every minute, like a Route 53 check's alarm; without them every 5.
    const minutes = args.targets.some((t) => isUpCheck(t.check)) ? 1 : 5;
    const logGroup = new aws.cloudwatch.LogGroup(
      childName(name, 'logs'),
      { name: `/planb/${args.business}/${name}/probe`, retentionInDays: 30, tags },
      opts,
    );
    const role = new aws.iam.Role(childName(name, 'role'), { assumeRolePolicy: JSON.stringify(assumeRolePolicy('lambda.amazonaws.com')), tags }, opts);
    const rolePolicy = new aws.iam.RolePolicy(childName(name, 'policy'), { role: role.id, policy: logGroup.arn.apply(probePolicy) }, opts);
    const fn = new aws.lambda.Function(
      childName(name, 'probe'),
      {
        runtime: LAMBDA_NODE_RUNTIME,
        handler: 'index.handler',
        role: role.arn,
        // Targets are measured in parallel, each with a 10 s timeout (DNS: two tries).
        timeout: 60,
        memorySize: 128,
        code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(probeHandlerSource()) }),
        environment: { variables: { TARGETS: targetsEnvironment(args.targets), BUSINESS: args.business, TIME_ZONE: args.timeZone, SCHEDULE_MINUTES: String(minutes) } },
        loggingConfig: { logFormat: 'Text', logGroup: logGroup.name },
        tags,
      },
      { ...opts, dependsOn: [rolePolicy, logGroup] },
    );
    this.schedule(name, fn, minutes, tags, opts);
    return fn;
  }

  private schedule(name: string, fn: aws.lambda.Function, minutes: 1 | 5, tags: Tags, opts: pulumi.CustomResourceOptions): void {
    const rule = new aws.cloudwatch.EventRule(
      childName(name, 'schedule'),
      { scheduleExpression: minutes === 1 ? 'rate(1 minute)' : 'rate(5 minutes)', tags },
      opts,
    );
    new aws.lambda.Permission(
      childName(name, 'schedule', 'invoke'),
      { action: 'lambda:InvokeFunction', function: fn.name, principal: 'events.amazonaws.com', sourceArn: rule.arn },
      opts,
    );
    new aws.cloudwatch.EventTarget(childName(name, 'schedule', 'target'), { rule: rule.name, arn: fn.arn }, opts);
  }

  private alarm(name: string, business: string, t: ProbeTarget, tags: Tags, opts: pulumi.CustomResourceOptions): aws.cloudwatch.MetricAlarm {
    const shape = alarmShape(t.check);
    return new aws.cloudwatch.MetricAlarm(
      childName(name, t.id, 'alarm'),
      {
        alarmDescription: `${t.description ?? t.id}: ${shape.metricName} below ${shape.threshold} (Plan B probe)`,
        namespace: PROBE_NAMESPACE,
        metricName: shape.metricName,
        // Business keeps two stacks in one account from reading each other's metrics.
        dimensions: { Business: business, Check: t.id },
        statistic: shape.statistic,
        period: shape.period,
        evaluationPeriods: shape.evaluationPeriods,
        comparisonOperator: 'LessThanThreshold',
        threshold: shape.threshold,
        treatMissingData: shape.treatMissingData,
        alarmActions: [t.alarmTopicArn],
        okActions: [t.alarmTopicArn],
        tags,
      },
      opts,
    );
  }
}
