/**
 * The "no new backup within the RPO" alarm of one data set: S3 request metrics (PutRequests
 * through a BucketMetric filter on the data set's prefix) need nothing from the backup job
 * itself, any upload under the prefix counts. Missing data means no uploads, so it breaches.
 */
import type * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import { childName } from '../common/names';
import { fitName } from '../common/physical-names';
import type { Tags } from '../common/tags';

const DAY = 86_400;
/** Grace after the RPO before a missed backup pages: 15 minutes, or a tenth of the RPO if longer. */
const FRESHNESS_MIN_GRACE = 900;
const FRESHNESS_GRACE_SHARE = 0.1;
/** S3 request-metrics filter ids: at most 64 characters (PutBucketMetricsConfiguration). */
const FILTER_ID_LIMIT = 64;

/**
 * The freshness alarm's window: it fires when no upload arrived in any of the last N short
 * periods, N x period >= RPO + grace. One period equal to the RPO (the old design) is judged on
 * fixed boundaries, so a backup a few minutes late paged at night; a sliding window of short
 * periods fires only once RPO + grace has passed since the last upload. CloudWatch caps the
 * window at one day for periods under an hour and at seven days otherwise (PutMetricAlarm), so
 * the period is 5 minutes up to a day and one hour beyond.
 */
export function freshnessWindow(rpoSeconds: number): { period: number; evaluationPeriods: number; windowSeconds: number } {
  const grace = Math.max(FRESHNESS_MIN_GRACE, Math.ceil(rpoSeconds * FRESHNESS_GRACE_SHARE));
  const wanted = Math.min(rpoSeconds + grace, 7 * DAY);
  const period = wanted <= DAY ? 300 : 3600;
  const evaluationPeriods = Math.min(Math.ceil(wanted / period), (period < 3600 ? DAY : 7 * DAY) / period);
  return { period, evaluationPeriods, windowSeconds: period * evaluationPeriods };
}

/** The request-metrics filter id of a data set: readable when it fits, else cut with a hash. */
export function uploadsFilterId(dataSetId: string): string {
  const id = `uploads-${dataSetId}`;
  return id.length <= FILTER_ID_LIMIT ? id : fitName(id, FILTER_ID_LIMIT, 'filter');
}

export interface FreshnessSpec {
  /** The vault component's name; children are `<component>-<id>-uploads-metric` and `-no-backup-within-rpo`. */
  component: string;
  business: string;
  id: string;
  prefix: string;
  rpoSeconds: number;
  alarmTopicArns: pulumi.Input<string>[];
  bucket: aws.s3.Bucket;
  tags: Tags;
  opts: pulumi.CustomResourceOptions;
}

export function freshnessAlarm(s: FreshnessSpec): aws.cloudwatch.MetricAlarm {
  const window = freshnessWindow(s.rpoSeconds);
  const metric = new aws.s3.BucketMetric(
    childName(s.component, s.id, 'uploads-metric'),
    { bucket: s.bucket.id, name: uploadsFilterId(s.id), filter: { prefix: s.prefix } },
    s.opts,
  );
  return new aws.cloudwatch.MetricAlarm(
    childName(s.component, s.id, 'no-backup-within-rpo'),
    {
      alarmDescription: `No new backup of ${s.id} in ${s.business}'s vault under ${s.prefix} for ${window.windowSeconds} s (RPO ${s.rpoSeconds} s plus grace)`,
      namespace: 'AWS/S3',
      metricName: 'PutRequests',
      dimensions: { BucketName: s.bucket.bucket, FilterId: metric.name },
      statistic: 'Sum',
      period: window.period,
      evaluationPeriods: window.evaluationPeriods,
      datapointsToAlarm: window.evaluationPeriods,
      comparisonOperator: 'LessThanThreshold',
      threshold: 1,
      treatMissingData: 'breaching',
      ...(s.alarmTopicArns.length > 0 ? { alarmActions: s.alarmTopicArns, okActions: s.alarmTopicArns } : {}),
      tags: s.tags,
    },
    s.opts,
  );
}
