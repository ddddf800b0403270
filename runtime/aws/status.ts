/**
 * The status page's two AWS calls: DescribeAlarms in the alarms' region (100 names a call, the
 * API's maximum) and PutObject of `status.json` in the page's bucket. `status.json` must never be
 * served stale, so it is written with `no-cache` (CloudFront also never caches that path).
 */
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { StatusFeedFile } from '../../components/alerts/contract';
import type { StatusPorts } from '../status/status-json';

const NAMES_PER_CALL = 100;

export function awsStatusPorts(feed: StatusFeedFile): StatusPorts {
  const cloudwatch = new CloudWatchClient({ region: feed.alarmRegion });
  const s3 = new S3Client({ region: feed.bucketRegion });
  return {
    async alarmStates(names) {
      const states: Record<string, string> = {};
      for (let i = 0; i < names.length; i += NAMES_PER_CALL) {
        const out = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: names.slice(i, i + NAMES_PER_CALL) }));
        for (const a of [...(out.MetricAlarms ?? []), ...(out.CompositeAlarms ?? [])]) {
          if (a.AlarmName !== undefined && a.StateValue !== undefined) states[a.AlarmName] = a.StateValue;
        }
      }
      return states;
    },
    async put(body) {
      await s3.send(
        new PutObjectCommand({
          Bucket: feed.bucket,
          Key: feed.key,
          Body: body,
          ContentType: 'application/json',
          CacheControl: 'no-cache, max-age=0',
        }),
      );
    },
  };
}
