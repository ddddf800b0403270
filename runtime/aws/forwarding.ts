/**
 * The forwarding watch's two AWS calls: GetMetricData for a rule's AWS/Events FailedInvocations in
 * the rule's region (two ten-minute sums in one call), and Publish to the "pager failing" topic.
 */
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import { WATCH_WINDOW_MS, type ForwardingPorts } from '../watch/forwarding';

export function awsForwardingPorts(sns: SNSClient): ForwardingPorts {
  const clients = new Map<string, CloudWatchClient>();
  const cloudwatch = (region: string) => {
    let c = clients.get(region);
    if (c === undefined) clients.set(region, (c = new CloudWatchClient({ region })));
    return c;
  };
  return {
    async failures(region, rule, endMs) {
      // Windows on ten-minute boundaries, as CloudWatch aligns a period's data points.
      const end = new Date(Math.floor(endMs / WATCH_WINDOW_MS) * WATCH_WINDOW_MS);
      const start = new Date(end.getTime() - 2 * WATCH_WINDOW_MS);
      const out = await cloudwatch(region).send(
        new GetMetricDataCommand({
          StartTime: start,
          EndTime: end,
          MetricDataQueries: [
            {
              Id: 'failed',
              MetricStat: {
                Metric: { Namespace: 'AWS/Events', MetricName: 'FailedInvocations', Dimensions: [{ Name: 'RuleName', Value: rule }] },
                Period: WATCH_WINDOW_MS / 1000,
                Stat: 'Sum',
              },
            },
          ],
        }),
      );
      return splitWindows(out.MetricDataResults?.[0], start.getTime());
    },
    async notify(topicArn, subject, text) {
      await sns.send(new PublishCommand({ TopicArn: topicArn, Subject: subject.slice(0, 100), Message: text }));
    },
  };
}

/** The two windows' sums; a window with no data point had no failure (the metric has no zeros). */
export function splitWindows(result: { Timestamps?: Date[]; Values?: number[] } | undefined, startMs: number): [number, number] {
  const sums: [number, number] = [0, 0];
  (result?.Timestamps ?? []).forEach((t, i) => {
    const window = t.getTime() - startMs < WATCH_WINDOW_MS ? 0 : 1;
    sums[window] += result?.Values?.[i] ?? 0;
  });
  return sums;
}
