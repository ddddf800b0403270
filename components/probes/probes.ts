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
import { type CommonArgs, type Tags, checkSlug, planbTags } from '../common/tags';
import { childName } from '../common/names';
import { alarmActions } from '../common/alarm-actions';
import { assumeRolePolicy, policy } from '../common/policy';
import { LAMBDA_NODE_RUNTIME } from '../common/lambda';
import { inBatches } from '../common/batches';
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

/** A target's TARGETS entry, given its DNS providers' name servers once known. */
function targetShape(t: ProbeTarget, providers: Record<string, string[]>): ProbeTargetJson {
  const c = t.check;
  switch (c.kind) {
    case 'business':
      return {
        id: t.id,
        kind: 'business',
        url: c.url,
        floor: c.floor,
        ...(c.field !== undefined ? { field: c.field } : {}),
        ...(c.activeHours !== undefined ? { activeHours: c.activeHours } : {}),
      };
    case 'tls':
      return { id: t.id, kind: 'tls', host: c.host, port: c.port };
    case 'domain':
      return { id: t.id, kind: 'domain', expires: c.expires };
    case 'http':
      return { id: t.id, kind: 'http', url: c.url, ...(c.searchString !== undefined ? { searchString: c.searchString } : {}) };
    case 'tcp':
      return { id: t.id, kind: 'tcp', host: c.host, port: c.port };
    case 'dns':
      return { id: t.id, kind: 'dns', name: c.name, rrtype: c.rrtype, providers };
  }
}

/** What the Lambda reads from TARGETS: the measuring half of each target, without alarm details. */
export function targetJson(t: ProbeTarget): pulumi.Output<ProbeTargetJson> {
  const c = t.check;
  if (c.kind !== 'dns') return pulumi.output(targetShape(t, {}));
  return pulumi.output(c.providers).apply((providers) => targetShape(t, providers as Record<string, string[]>));
}

/** Room kept in the 4 KB environment for BUSINESS, TIME_ZONE, SCHEDULE_MINUTES and the JSON brackets. */
const OTHER_VARIABLES = 200;
/** Name servers are known only once the zones exist: a DNS target is budgeted for four per provider. */
const NAME_SERVER_BUDGET = Array.from({ length: 4 }, () => 'x'.repeat(40));
/** Targets one function measures at most: a run must finish well inside its minute. */
export const MAX_TARGETS_PER_FUNCTION = 50;

/**
 * Targets split over as few functions as Lambda's 4 KB environment and the one-minute run
 * allow, in order: a small business has one function, a synthetic 200-process one a handful.
 */
export function shardTargets(targets: readonly ProbeTarget[]): ProbeTarget[][] {
  const shards: ProbeTarget[][] = [];
  let current: ProbeTarget[] = [];
  let size = 2;
  for (const t of targets) {
    const budget = t.check.kind === 'dns' ? Object.fromEntries(Object.keys(t.check.providers).map((p) => [p, NAME_SERVER_BUDGET])) : {};
    const entry = JSON.stringify(targetShape(t, budget)).length + 1;
    if (current.length > 0 && (size + entry > ENV_LIMIT - OTHER_VARIABLES || current.length >= MAX_TARGETS_PER_FUNCTION)) {
      shards.push(current);
      current = [];
      size = 2;
    }
    current.push(t);
    size += entry;
  }
  if (current.length > 0) shards.push(current);
  return shards;
}

/** The TARGETS variable; refuses a list that would not fit Lambda's 4 KB environment. */
export function environmentJson(list: readonly ProbeTargetJson[]): string {
  const json = JSON.stringify(list);
  if (json.length > ENV_LIMIT - OTHER_VARIABLES) {
    throw new Error(
      `targets: ${json.length} characters of targets exceed the Lambda's 4 KB environment; split them over two Probes components`,
    );
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
    }
    // An alarm per target, made in batches (components/common/batches.ts).
    const alarms = inBatches(
      args.targets,
      ['name', 'arn'],
      (t) => t.id,
      (t) => {
        const alarm = this.alarm(name, args.business, t, planbTags(args, name, t.process), childOpts);
        return { name: alarm.name, arn: alarm.arn };
      },
    );
    for (const [id, alarm] of alarms.outputs) {
      this.alarmArns[id] = alarm.arn;
      this.alarmNames[id] = alarm.name;
    }
    // Pulumi waits for this promise, so the alarms of the later batches are made before the program ends.
    this.registerOutputs(
      alarms.done.then(() => ({ alarmArns: this.alarmArns, alarmNames: this.alarmNames, functionName: this.functionName })),
    );
  }

  /** One log group, role and policy; a function and its schedule per shard of targets. */
  private probe(name: string, args: ProbesArgs, tags: Tags, opts: pulumi.CustomResourceOptions): aws.lambda.Function {
    // Endpoint checks are read every minute, like a Route 53 check's alarm; without them every 5.
    const minutes = args.targets.some((t) => isUpCheck(t.check)) ? 1 : 5;
    const logGroup = new aws.cloudwatch.LogGroup(
      childName(name, 'logs'),
      { name: `/planb/${args.business}/${name}/probe`, retentionInDays: 30, tags },
      opts,
    );
    const role = new aws.iam.Role(
      childName(name, 'role'),
      { assumeRolePolicy: JSON.stringify(assumeRolePolicy('lambda.amazonaws.com')), tags },
      opts,
    );
    const rolePolicy = new aws.iam.RolePolicy(childName(name, 'policy'), { role: role.id, policy: logGroup.arn.apply(probePolicy) }, opts);
    const functions = shardTargets(args.targets).map((targets, i) => {
      // The first shard keeps the plain names, so a small stack never renames anything.
      const suffix = i === 0 ? '' : `-${i + 1}`;
      const fn = new aws.lambda.Function(
        `${childName(name, 'probe')}${suffix}`,
        {
          runtime: LAMBDA_NODE_RUNTIME,
          handler: 'index.handler',
          role: role.arn,
          // Targets are measured in parallel, each with a 10 s timeout (DNS: two tries).
          timeout: 60,
          memorySize: 128,
          code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(probeHandlerSource()) }),
          environment: {
            variables: {
              TARGETS: targetsEnvironment(targets),
              BUSINESS: args.business,
              TIME_ZONE: args.timeZone,
              SCHEDULE_MINUTES: String(minutes),
            },
          },
          // Functions may share a log group (advanced logging controls); one group, one retention.
          loggingConfig: { logFormat: 'Text', logGroup: logGroup.name },
          tags,
        },
        { ...opts, dependsOn: [rolePolicy, logGroup] },
      );
      this.schedule(`${childName(name, 'schedule')}${suffix}`, fn, minutes, tags, opts);
      return fn;
    });
    return functions[0] as aws.lambda.Function;
  }

  private schedule(ruleName: string, fn: aws.lambda.Function, minutes: 1 | 5, tags: Tags, opts: pulumi.CustomResourceOptions): void {
    const rule = new aws.cloudwatch.EventRule(
      ruleName,
      { scheduleExpression: minutes === 1 ? 'rate(1 minute)' : 'rate(5 minutes)', tags },
      opts,
    );
    new aws.lambda.Permission(
      `${ruleName}-invoke`,
      { action: 'lambda:InvokeFunction', function: fn.name, principal: 'events.amazonaws.com', sourceArn: rule.arn },
      opts,
    );
    new aws.cloudwatch.EventTarget(`${ruleName}-target`, { rule: rule.name, arn: fn.arn }, opts);
  }

  private alarm(
    name: string,
    business: string,
    t: ProbeTarget,
    tags: Tags,
    opts: pulumi.CustomResourceOptions,
  ): aws.cloudwatch.MetricAlarm {
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
        ...alarmActions(t.alarmTopicArn),
        tags,
      },
      opts,
    );
  }
}
