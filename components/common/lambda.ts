import type * as aws from '@pulumi/aws';

/**
 * The one Node.js runtime every Plan B function runs on. One constant, so an upgrade is one
 * line, and the preflight (generators/plan/preflight) judges it against AWS's dated support table
 * on every plan. nodejs22.x: AWS deprecates it on 2027-04-30 (docs/infrastructure.md, Preflight).
 * `satisfies` ties it to @pulumi/aws's own runtime enum, so a runtime the provider does not know
 * fails `tsc`.
 */
export const LAMBDA_NODE_RUNTIME = 'nodejs22.x' satisfies `${aws.lambda.Runtime}`;
