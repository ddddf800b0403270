/**
 * PF006: a Lambda function's environment variables fit in 4 KB (names and values together, as
 * Lambda counts them). A forwarder or probe given many targets in its environment would fail
 * CreateFunction. A value known only after apply counts as its placeholder, so this is a floor.
 */
import type { PlanResource } from '../types';
import type { ResourceLocator } from './locate';
import type { PreflightFinding } from './types';

export const LAMBDA_ENVIRONMENT_LIMIT = 4096;

export function checkLambdaEnvironment(resources: readonly PlanResource[], locator: ResourceLocator): PreflightFinding[] {
  const findings: PreflightFinding[] = [];
  for (const r of resources) {
    if (r.type !== 'aws:lambda/function:Function') continue;
    const env = r.inputs['environment'];
    const variables = env !== null && typeof env === 'object' && !Array.isArray(env) ? env['variables'] : undefined;
    if (variables === null || typeof variables !== 'object' || Array.isArray(variables) || variables === undefined) continue;
    const size = Object.entries(variables).reduce(
      (n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(typeof v === 'string' ? v : JSON.stringify(v)),
      0,
    );
    if (size <= LAMBDA_ENVIRONMENT_LIMIT) continue;
    findings.push({
      code: 'PF006',
      severity: 'error',
      message: `${r.name}: its environment variables take ${size} bytes, over Lambda's ${LAMBDA_ENVIRONMENT_LIMIT}; watch fewer targets from one function`,
      resource: r.name,
      location: locator.of(r),
      rule: 'Lambda environment variables: 4 KB in total',
      doc: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
    });
  }
  return findings;
}
