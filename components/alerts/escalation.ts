/**
 * Staged escalation with Step Functions. Stage one is paged by the alarm's
 * own SNS notification, so the first page never depends on EventBridge or
 * Step Functions. When an alarm enters ALARM, EventBridge starts this state
 * machine; for every later stage it waits, asks CloudWatch whether the alarm
 * is still in ALARM, and only then publishes that stage's message.
 */
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import { Tags } from '../common/tags';
import { childName } from '../common/names';
import { assumeRolePolicy, policy } from '../common/policy';
import { AlertRoute, EscalationStage } from './routes';

type State = Record<string, unknown>;
export interface StateMachineDefinition {
  Comment: string;
  StartAt: string;
  States: Record<string, State>;
}

/** The ASL document for one route; pure so tests can read the stage order. */
export function escalationDefinition(routeId: string, stages: readonly EscalationStage[], topicArn: string): StateMachineDefinition {
  const later = stages.slice(1);
  const states: Record<string, State> = { Resolved: { Type: 'Succeed' }, Done: { Type: 'Succeed' } };
  later.forEach((stage, i) => {
    const next = later[i + 1];
    states[`Wait-${stage.id}`] = { Type: 'Wait', Seconds: stage.afterSeconds, Next: `Check-${stage.id}` };
    states[`Check-${stage.id}`] = {
      Type: 'Task',
      Resource: 'arn:aws:states:::aws-sdk:cloudwatch:describeAlarms',
      Parameters: { 'AlarmNames.$': 'States.Array($.detail.alarmName)' },
      ResultSelector: { 'state.$': '$.MetricAlarms[0].StateValue' },
      ResultPath: '$.check',
      Retry: [{ ErrorEquals: ['States.TaskFailed'], IntervalSeconds: 5, MaxAttempts: 3, BackoffRate: 2 }],
      // When the state cannot be read, page anyway: a needless page beats a missed one.
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.checkError', Next: `Notify-${stage.id}` }],
      Next: `Still-${stage.id}`,
    };
    states[`Still-${stage.id}`] = {
      Type: 'Choice',
      Choices: [{ Variable: '$.check.state', StringEquals: 'ALARM', Next: `Notify-${stage.id}` }],
      Default: 'Resolved',
    };
    states[`Notify-${stage.id}`] = {
      Type: 'Task',
      Resource: 'arn:aws:states:::sns:publish',
      Parameters: {
        TopicArn: topicArn,
        Subject: `Plan B escalation (${routeId}, ${stage.id})`,
        Message: {
          'AlarmName.$': '$.detail.alarmName',
          NewStateValue: 'ALARM',
          NewStateReason: `Still in ALARM ${stage.afterSeconds} s after the previous stage`,
          planbRoute: routeId,
          planbStage: stage.id,
        },
      },
      Next: next === undefined ? 'Done' : `Wait-${next.id}`,
    };
  });
  const first = later[0];
  return {
    Comment: `Plan B escalation for route ${routeId}: ${stages.map((s) => s.id).join(' -> ')}`,
    StartAt: first === undefined ? 'Done' : `Wait-${first.id}`,
    States: states,
  };
}

export interface EscalationSpec {
  component: string;
  route: AlertRoute;
  topic: aws.sns.Topic;
  kmsKeyArn: pulumi.Input<string>;
  accountId: pulumi.Input<string>;
  tags: Tags;
  opts: pulumi.CustomResourceOptions;
}

/** State machine, its two roles and the EventBridge rule for one multi-stage route. */
export function escalation(spec: EscalationSpec): aws.sfn.StateMachine {
  const { route, opts, tags } = spec;
  const base = childName(spec.component, 'escalation', route.id);
  const names = pulumi.all(route.alarmNames);
  const sfnRole = new aws.iam.Role(
    `${base}-role`,
    { assumeRolePolicy: pulumi.output(spec.accountId).apply((a) => JSON.stringify(assumeRolePolicy('states.amazonaws.com', a))), tags },
    opts,
  );
  const sfnPolicy = new aws.iam.RolePolicy(
    `${base}-policy`,
    {
      role: sfnRole.id,
      policy: pulumi.all([spec.topic.arn, names, spec.kmsKeyArn, spec.accountId]).apply(([topic, alarms, key, account]) =>
        JSON.stringify(
          policy(
            { Sid: 'Publish', Effect: 'Allow', Action: 'sns:Publish', Resource: topic },
            { Sid: 'EncryptForTopic', Effect: 'Allow', Action: ['kms:GenerateDataKey', 'kms:Decrypt'], Resource: key },
            {
              Sid: 'ReadAlarmState',
              Effect: 'Allow',
              Action: 'cloudwatch:DescribeAlarms',
              Resource: [...alarms].sort().map((n) => `arn:aws:cloudwatch:*:${account}:alarm:${n}`),
            },
          ),
        ),
      ),
    },
    opts,
  );
  const machine = new aws.sfn.StateMachine(
    base,
    {
      roleArn: sfnRole.arn,
      definition: spec.topic.arn.apply((arn) => JSON.stringify(escalationDefinition(route.id, route.stages, arn))),
      tags,
    },
    { ...opts, dependsOn: [sfnPolicy] },
  );
  startOnAlarm(base, names, machine, spec);
  return machine;
}

function startOnAlarm(base: string, names: pulumi.Output<string[]>, machine: aws.sfn.StateMachine, spec: EscalationSpec): void {
  const { opts, tags } = spec;
  const rule = new aws.cloudwatch.EventRule(
    `${base}-on-alarm`,
    {
      description: `Start Plan B escalation for route ${spec.route.id}`,
      eventPattern: names.apply((n) =>
        JSON.stringify({
          source: ['aws.cloudwatch'],
          'detail-type': ['CloudWatch Alarm State Change'],
          detail: { alarmName: [...n].sort(), state: { value: ['ALARM'] } },
        }),
      ),
      tags,
    },
    opts,
  );
  const role = new aws.iam.Role(
    `${base}-events-role`,
    { assumeRolePolicy: pulumi.output(spec.accountId).apply((a) => JSON.stringify(assumeRolePolicy('events.amazonaws.com', a))), tags },
    opts,
  );
  const start = new aws.iam.RolePolicy(
    `${base}-events-policy`,
    {
      role: role.id,
      policy: machine.arn.apply((arn) => JSON.stringify(policy({ Effect: 'Allow', Action: 'states:StartExecution', Resource: arn }))),
    },
    opts,
  );
  new aws.cloudwatch.EventTarget(`${base}-target`, { rule: rule.name, arn: machine.arn, roleArn: role.arn }, { ...opts, dependsOn: [start] });
}
