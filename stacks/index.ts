/**
 * The Pulumi program (Pulumi.yaml `main` points at its build, dist/stacks/index.js).
 * Config `planb:blueprint` names the blueprint, relative to the project folder.
 */
import * as pulumi from '@pulumi/pulumi';
import { readStackConfig } from './config';
import { loadModelOrThrow, formatNote, stackBuildError } from './load';
import { buildStack, type BuiltStack } from './build-stack';

const config = readStackConfig();
const model = loadModelOrThrow(config.blueprint);
let built: BuiltStack;
try {
  built = buildStack(model, config);
} catch (error) {
  throw stackBuildError(config.blueprint, error);
}
// Gaps between the blueprint and what is built show in `pulumi preview`, with their place.
for (const n of built.notes) void pulumi.log.warn(formatNote(model, n));

export const nameServers = built.outputs['nameServers'];
export const failoverGap = built.outputs['failoverGap'];
export const statusPageUrl = built.outputs['statusPageUrl'];
export const buckets = built.outputs['buckets'];
export const webhookUrl = built.outputs['webhookUrl'];
export const failingTopicArn = built.outputs['failingTopicArn'];
export const smokeTestAlarm = built.outputs['smokeTestAlarm'];
