/**
 * A CloudWatch alarm's actions when a component is given a topic, and none otherwise: every state
 * change of every alarm also reaches EventBridge ("Alarm events and EventBridge", CloudWatch User
 * Guide: delivery guaranteed), which is how Plan B's pager hears it, so an action is never needed
 * for a page and a placeholder topic would be a resource for nothing.
 */
import type * as pulumi from '@pulumi/pulumi';

export function alarmActions(topicArn: pulumi.Input<string> | undefined): {
  alarmActions?: pulumi.Input<string>[];
  okActions?: pulumi.Input<string>[];
} {
  return topicArn === undefined ? {} : { alarmActions: [topicArn], okActions: [topicArn] };
}
