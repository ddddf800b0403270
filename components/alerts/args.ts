/**
 * The typed arguments of AlertRouting: what the pager functions know (the runtime configuration,
 * addresses only), which alarms they serve, where the journal goes, and who hears that the pager
 * itself is failing. Pure types and checks; no YAML, no Pulumi resources.
 */
import type * as aws from '@pulumi/aws';
import type * as pulumi from '@pulumi/pulumi';
import { checkUniqueIds } from '../common/names';
import { pagesOverTelegram } from './contract';
import type { CommonArgs } from '../common/tags';

/**
 * What the pager's functions are told (runtime/config.ts `RuntimeConfig` has this shape and more):
 * the part the component checks before it deploys anything. Written to config.json as given.
 */
export interface PagerRuntimeConfig {
  alarms: Record<string, { route: string }>;
  routes: Record<string, { id: string; stages: { people: string[] }[] }>;
  /** Person id -> ways to reach them; `kind` says which secrets the functions need. */
  reach: Record<string, { kind: string }[]>;
}

/** An alarm the pager serves: its physical name and the blueprint-side id the journal uses. */
export interface PagedAlarm {
  name: pulumi.Input<string>;
  id: string;
}

/** A plain SNS subscription of the failure topic: e-mail or SMS, no filter. */
export interface FallbackContact {
  id: string;
  channel: 'email' | 'sms';
  address: string;
}

export interface AlertRoutingSecrets {
  /** Required when anyone is paged over Telegram. */
  telegramBotToken?: pulumi.Output<string>;
  /** Given to setWebhook as secret_token; required with Telegram. */
  webhookSecret?: pulumi.Output<string>;
  /** HMAC key of the acknowledgement links in e-mail and SMS. */
  linkKey: pulumi.Output<string>;
}

/**
 * The status page the pager keeps current (its own function used to, with a role, a log group,
 * two rules, two targets and two permissions): the bucket and key of `status.json`, the region of
 * the components' alarms, and which alarms decide each component.
 */
export interface StatusFeed {
  bucketName: pulumi.Input<string>;
  bucketArn: pulumi.Input<string>;
  bucketRegion: string;
  key: string;
  alarmRegion: string;
  components: { id: string; name: string; alarmNames: pulumi.Input<string>[] }[];
}

export interface AlertRoutingArgs extends CommonArgs {
  /** `runtimeConfig(model)`: routes, stages, each person's reach. Written to config.json. */
  runtime: PagerRuntimeConfig;
  alarms: PagedAlarm[];
  /**
   * Alarm-name prefixes the EventBridge rules match (a few, not every alarm: an event pattern
   * holds 2,048 characters). The pager ignores an alarm it does not know.
   */
  alarmNamePrefixes: string[];
  secrets: AlertRoutingSecrets;
  /** The journal's bucket (a vault with object lock) and prefix; without one a bucket is made. */
  journal?: { bucketName: pulumi.Input<string>; prefix: string };
  /** The verified SES sender of e-mail pages; without one, e-mail pages are not sent. */
  emailFrom?: string;
  /** Who is told, over plain SNS, that the pager itself is failing. */
  fallback: FallbackContact[];
  /**
   * The pager's region's name. Its provider comes the Pulumi way, through the component's
   * `opts.providers` (or `opts.provider`), as Cloudflare's does; only other regions are arguments.
   */
  region: string;
  /** Regions whose alarms reach the pager through a cross-region EventBridge rule (us-east-1). */
  forwardFrom?: { region: string; provider: aws.Provider }[];
  /** Keep this status page's `status.json` current (StatusPage's `feed`). */
  status?: StatusFeed;
  /** E-mail Cloudflare health-check status changes (health checks from HealthChecks). */
  cloudflare?: {
    accountId: pulumi.Input<string>;
    healthCheckIds: pulumi.Input<string>[];
    emails: string[];
  };
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const PREFIX = /^[A-Za-z0-9._-]{1,64}$/;

/** EventBridge's default event-pattern size (adjustable to 4,096 through a quota request). */
export const MAX_EVENT_PATTERN_CHARS = 2048;

/** Stops at the first problem, naming the argument and the fix. */
export function checkAlertRoutingArgs(args: AlertRoutingArgs): void {
  const people = new Set(Object.keys(args.runtime.reach));
  for (const route of Object.values(args.runtime.routes)) {
    if (route.stages.length === 0) throw new Error(`runtime.routes[${route.id}].stages: empty; give at least one stage`);
    for (const p of route.stages.flatMap((s) => s.people)) {
      if (!people.has(p))
        throw new Error(`runtime.routes[${route.id}]: person "${p}" has no entry in runtime.reach; add how to reach them`);
    }
  }
  for (const [alarm, a] of Object.entries(args.runtime.alarms)) {
    if (args.runtime.routes[a.route] === undefined) throw new Error(`runtime.alarms[${alarm}].route: no route "${a.route}"`);
  }
  checkUniqueIds(
    'alarms',
    args.alarms.map((a) => a.id),
  );
  if (args.alarmNamePrefixes.length === 0) throw new Error('alarmNamePrefixes: empty; give the prefixes of the alarms the pager serves');
  for (const p of args.alarmNamePrefixes) {
    if (!PREFIX.test(p)) throw new Error(`alarmNamePrefixes: "${p}" is not an alarm-name prefix (1-64 of A-Z a-z 0-9 . _ -)`);
  }
  const size = alarmEventPattern(args.alarmNamePrefixes).length;
  if (size > MAX_EVENT_PATTERN_CHARS) {
    throw new Error(
      `alarmNamePrefixes: the event pattern would be ${size} characters (EventBridge allows ${MAX_EVENT_PATTERN_CHARS}); use fewer, shorter prefixes`,
    );
  }
  if (args.status !== undefined) checkStatusFeed(args.status);
  if (pagesOverTelegram(args.runtime) && (args.secrets.telegramBotToken === undefined || args.secrets.webhookSecret === undefined)) {
    throw new Error('secrets: people are paged over Telegram; give telegramBotToken and webhookSecret');
  }
  if (args.emailFrom !== undefined && !EMAIL.test(args.emailFrom))
    throw new Error(`emailFrom: "${args.emailFrom}" is not an e-mail address`);
  checkUniqueIds(
    'fallback',
    args.fallback.map((c) => c.id),
  );
  if (args.fallback.length === 0)
    throw new Error('fallback: empty; give at least one e-mail or SMS contact to hear that the pager is failing');
  for (const c of args.fallback) {
    if (c.channel === 'email' ? !EMAIL.test(c.address) : !E164.test(c.address)) {
      throw new Error(
        `fallback[${c.id}].address: expected ${c.channel === 'email' ? 'an e-mail address' : 'an E.164 number like +491701234567'}`,
      );
    }
  }
}

/**
 * The pager's role names each status alarm's ARN (up to about 125 characters) in its one inline
 * policy, and IAM allows a role 10,240 characters of inline policy in all (IAM quotas, "Role
 * policy size"); 60 alarms leave room for the pager's other statements.
 */
export const MAX_STATUS_ALARMS = 60;

function checkStatusFeed(feed: StatusFeed): void {
  if (feed.components.length === 0) throw new Error('status.components: empty; give the components the page shows, or leave status out');
  checkUniqueIds(
    'status.components',
    feed.components.map((c) => c.id),
  );
  const silent = feed.components.find((c) => c.alarmNames.length === 0);
  if (silent !== undefined) throw new Error(`status.components[${silent.id}].alarmNames: empty; list the alarms that decide its status`);
  const alarms = new Set(feed.components.flatMap((c) => c.alarmNames)).size;
  if (alarms > MAX_STATUS_ALARMS) {
    throw new Error(
      `status.components: ${alarms} alarms decide the page, more than ${MAX_STATUS_ALARMS} would overflow the pager role's 10,240-character IAM policy; show fewer components or endpoints on the status page`,
    );
  }
}

/**
 * The pattern of the alarm rules: CloudWatch's own state-change events for alarms whose name
 * starts with one of the prefixes. Keys sorted, so the same prefixes give the same text.
 */
export function alarmEventPattern(prefixes: readonly string[]): string {
  return JSON.stringify({
    detail: { alarmName: [...new Set(prefixes)].sort().map((prefix) => ({ prefix })) },
    'detail-type': ['CloudWatch Alarm State Change'],
    source: ['aws.cloudwatch'],
  });
}
