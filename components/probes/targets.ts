/** Probe targets for the Probes component, the pure checks that guard them, and each one's alarm. */
import type * as pulumi from '@pulumi/pulumi';
import { checkUniqueIds } from '../common/names';
import type { DnsRrType, ProbeMetric } from './handler';

export type ProbeCheck =
  /** A number the business reports (orders in the last hour); alarms when it stays below `floor` for `windowSeconds`. */
  | { kind: 'business'; url: string; field?: string; floor: number; windowSeconds: number; activeHours?: string }
  /** The certificate served at host:port; alarms below `minDays` days left. */
  | { kind: 'tls'; host: string; port: number; minDays: number }
  /** The registration's declared expiry date (YYYY-MM-DD); alarms below `minDays` days left. */
  | { kind: 'domain'; expires: string; minDays: number }
  /** The same question to every provider's nameservers; alarms when answers differ or a provider is silent. */
  | { kind: 'dns'; name: string; rrtype: DnsRrType; providers: Record<string, pulumi.Input<string[]>> }
  /**
   * An endpoint no DNS failover depends on, judged like a Route 53 health check (2xx or 3xx, no
   * redirects followed, optional text in the first 5,120 bytes); alarms after `failures` bad minutes.
   */
  | { kind: 'http'; url: string; searchString?: string; failures: number }
  | { kind: 'tcp'; host: string; port: number; failures: number };

export interface ProbeTarget {
  /** Stable id: names the alarm and is the metric's Check dimension. */
  id: string;
  check: ProbeCheck;
  /**
   * SNS topic for ALARM and OK. Optional: every alarm state change also reaches EventBridge
   * (CloudWatch guarantees that delivery), which is how Plan B's pager hears it; give a topic only
   * to notify something else as well.
   */
  alarmTopicArn?: pulumi.Input<string>;
  /** Plain words for the alarm's description, e.g. the blueprint's name of the check. */
  description?: string;
  process?: string;
}

/** The probe measures most targets every 5 minutes; metric periods are multiples of it. */
export const PROBE_PERIOD_SECONDS = 300;
/** Endpoint checks (http, tcp) are measured every minute. */
export const UP_PERIOD_SECONDS = 60;

/** Endpoint checks need the every-minute schedule. */
export function isUpCheck(check: ProbeCheck): check is Extract<ProbeCheck, { kind: 'http' | 'tcp' }> {
  return check.kind === 'http' || check.kind === 'tcp';
}
const DAY = 86400;

export const METRIC_OF: Record<ProbeCheck['kind'], ProbeMetric> = {
  business: 'BusinessValue',
  tls: 'TlsDaysLeft',
  domain: 'DomainDaysLeft',
  dns: 'DnsConsistent',
  http: 'Up',
  tcp: 'Up',
};

/** The parts of a MetricAlarm that depend on the kind of check, as data. */
export interface AlarmShape {
  metricName: ProbeMetric;
  statistic: 'Minimum' | 'Maximum';
  period: number;
  evaluationPeriods: number;
  threshold: number;
  treatMissingData: 'breaching' | 'missing';
}

/** The business window rounded up to whole probe periods, within CloudWatch's one day. */
export function windowPeriod(seconds: number): number {
  return Math.min(DAY, Math.max(PROBE_PERIOD_SECONDS, Math.ceil(seconds / PROBE_PERIOD_SECONDS) * PROBE_PERIOD_SECONDS));
}

export function alarmShape(check: ProbeCheck): AlarmShape {
  switch (check.kind) {
    case 'business':
      // Maximum over the window: every reading in it was below the floor. No reading at all
      // (endpoint down, wrong body) is breaching too; outside active hours the probe publishes the floor.
      return {
        metricName: 'BusinessValue',
        statistic: 'Maximum',
        period: windowPeriod(check.windowSeconds),
        evaluationPeriods: 1,
        threshold: check.floor,
        treatMissingData: 'breaching',
      };
    case 'tls':
    case 'domain':
      // Days move slowly; a site that is down is the health check's alarm, not this one.
      return {
        metricName: METRIC_OF[check.kind],
        statistic: 'Minimum',
        period: 3600,
        evaluationPeriods: 1,
        threshold: check.minDays,
        treatMissingData: 'missing',
      };
    case 'dns':
      // Two readings in a row: a `pulumi up` writes both providers seconds apart and may be caught between.
      return {
        metricName: 'DnsConsistent',
        statistic: 'Minimum',
        period: PROBE_PERIOD_SECONDS,
        evaluationPeriods: 2,
        threshold: 1,
        treatMissingData: 'breaching',
      };
    case 'http':
    case 'tcp':
      // As a Route 53 check: down after `failures` bad readings in a row; no reading (the probe
      // itself stopped) counts as down too.
      return {
        metricName: 'Up',
        statistic: 'Minimum',
        period: UP_PERIOD_SECONDS,
        evaluationPeriods: check.failures,
        threshold: 1,
        treatMissingData: 'breaching',
      };
  }
}

const ID = /^[a-z0-9][a-z0-9-]*$/i;
const HOURS = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkTargets(targets: readonly ProbeTarget[]): void {
  checkUniqueIds(
    'targets',
    targets.map((t) => t.id),
  );
  targets.forEach(checkTarget);
}

export function checkTarget(t: ProbeTarget): void {
  const arg = `targets[${t.id}]`;
  if (!ID.test(t.id)) throw new Error(`${arg}.id: use letters, digits and dashes so the alarm's name stays stable`);
  const c = t.check;
  switch (c.kind) {
    case 'business':
      if (!/^https?:\/\//.test(c.url)) throw new Error(`${arg}.check.url: "${c.url}" must be an http:// or https:// URL`);
      if (!Number.isFinite(c.floor)) throw new Error(`${arg}.check.floor: must be a number`);
      if (c.activeHours !== undefined && !HOURS.test(c.activeHours))
        throw new Error(`${arg}.check.activeHours: "${c.activeHours}" must look like 09:00-23:00`);
      return;
    case 'tls':
      if (!Number.isInteger(c.port) || c.port < 1 || c.port > 65535)
        throw new Error(`${arg}.check.port: ${c.port} is not a TCP port (1..65535)`);
      return checkDays(arg, c.minDays);
    case 'domain':
      if (!DATE.test(c.expires) || Number.isNaN(Date.parse(c.expires)))
        throw new Error(`${arg}.check.expires: "${c.expires}" must be a YYYY-MM-DD date`);
      return checkDays(arg, c.minDays);
    case 'dns':
      if (Object.keys(c.providers).length < 2)
        throw new Error(`${arg}.check.providers: consistency needs at least two providers' nameservers`);
      return;
    case 'http':
      if (!/^https?:\/\//.test(c.url)) throw new Error(`${arg}.check.url: "${c.url}" must be an http:// or https:// URL`);
      return checkFailures(arg, c.failures);
    case 'tcp':
      if (!Number.isInteger(c.port) || c.port < 1 || c.port > 65535)
        throw new Error(`${arg}.check.port: ${c.port} is not a TCP port (1..65535)`);
      return checkFailures(arg, c.failures);
  }
}

function checkFailures(arg: string, failures: number): void {
  if (!Number.isInteger(failures) || failures < 1 || failures > 10)
    throw new Error(`${arg}.check.failures: ${failures} must be 1..10 bad minutes in a row`);
}

function checkDays(arg: string, days: number): void {
  if (!Number.isInteger(days) || days < 1) throw new Error(`${arg}.check.minDays: ${days} must be a whole number of days, at least 1`);
}
