/**
 * PF001: every Lambda function's runtime, judged against AWS's dated support table on the
 * judging day. A blocked runtime makes CreateFunction fail, so a first `pulumi up` fails; a
 * deprecation within RUNTIME_WARNING_DAYS is a warning, so the upgrade is planned in time.
 */
import type { PlanResource } from '../types';
import { LAMBDA_RUNTIMES, RUNTIME_WARNING_DAYS } from './lambda-runtimes';
import type { ResourceLocator } from './locate';
import type { PreflightFinding } from './types';

const DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html';
const FIX = 'move LAMBDA_NODE_RUNTIME (components/common/lambda.ts) to a supported runtime and update Plan B';

export function checkLambdaRuntimes(resources: readonly PlanResource[], today: string, locator: ResourceLocator): PreflightFinding[] {
  const findings: PreflightFinding[] = [];
  for (const r of resources) {
    if (r.type !== 'aws:lambda/function:Function') continue;
    const runtime = String(r.inputs['runtime']);
    const verdict = judgeRuntime(runtime, today);
    if (verdict === undefined) continue;
    findings.push({
      code: 'PF001',
      severity: verdict.severity,
      message: `${r.name}: ${verdict.message}; ${FIX}`,
      resource: r.name,
      location: locator.of(r),
      rule: 'Lambda runtime deprecation policy: creating, then updating, functions on a deprecated runtime is blocked',
      doc: DOC,
    });
  }
  return findings;
}

/** The verdict on one runtime as of `today` (YYYY-MM-DD), or undefined when all is well. */
export function judgeRuntime(runtime: string, today: string): { severity: 'error' | 'warning'; message: string } | undefined {
  const support = LAMBDA_RUNTIMES[runtime];
  if (support === undefined) {
    return {
      severity: 'error',
      message: `runtime ${runtime} is not in Plan B's table of Lambda runtimes (generators/plan/preflight/lambda-runtimes.ts)`,
    };
  }
  if (today >= support.blockUpdate)
    return { severity: 'error', message: `AWS blocks creating and updating ${runtime} functions since ${support.blockUpdate}` };
  if (today >= support.blockCreate)
    return {
      severity: 'error',
      message: `AWS blocks creating ${runtime} functions since ${support.blockCreate} (updates blocked from ${support.blockUpdate})`,
    };
  if (today >= support.deprecate) {
    return {
      severity: 'warning',
      message: `${runtime} is deprecated since ${support.deprecate}; AWS blocks creating functions on it from ${support.blockCreate}`,
    };
  }
  if (today >= addDays(support.deprecate, -RUNTIME_WARNING_DAYS)) {
    return {
      severity: 'warning',
      message: `${runtime} is deprecated on ${support.deprecate} and blocked for new functions from ${support.blockCreate}`,
    };
  }
  return undefined;
}

function addDays(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
