/**
 * PF011: a Lambda function URL with auth NONE is open to anyone who finds it. Plan B allows it
 * only for its acknowledgement webhook, which authenticates every request itself (Telegram's
 * secret token, signed links); that webhook must then have its secret-token setting whenever it
 * reads a bot token. And since October 2025 a new URL answers only when the function's policy
 * grants both lambda:InvokeFunctionUrl and lambda:InvokeFunction to the public; without them
 * every request is refused (403).
 */
import type { PlanResource } from '../types';
import type { ResourceLocator } from './locate';
import type { PreflightFinding } from './types';

const DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html';
const WEBHOOK_HANDLER = 'index.webhook';

function variables(fn: PlanResource): Record<string, unknown> {
  return (fn.inputs['environment'] as { variables?: Record<string, unknown> } | undefined)?.variables ?? {};
}

export function checkFunctionUrls(resources: readonly PlanResource[], locator: ResourceLocator): PreflightFinding[] {
  const findings: PreflightFinding[] = [];
  const fnByName = new Map(resources.filter((r) => r.type === 'aws:lambda/function:Function').map((f) => [String(f.inputs['name']), f]));
  const permissions = resources.filter((r) => r.type === 'aws:lambda/permission:Permission' && r.inputs['principal'] === '*');
  for (const url of resources.filter((r) => r.type === 'aws:lambda/functionUrl:FunctionUrl' && r.inputs['authorizationType'] === 'NONE')) {
    const target = String(url.inputs['functionName']);
    const fn = fnByName.get(target);
    const finding = (message: string, rule: string): PreflightFinding => ({
      code: 'PF011',
      severity: 'error',
      message: `${url.name}: ${message}`,
      resource: url.name,
      location: locator.of(url),
      rule,
      doc: DOC,
    });
    if (fn === undefined || fn.inputs['handler'] !== WEBHOOK_HANDLER) {
      findings.push(
        finding(
          'a public (auth NONE) function URL on a function that does not check who calls it; only the acknowledgement webhook may have one',
          'function URL auth NONE only for a function that authenticates each request',
        ),
      );
      continue;
    }
    const env = variables(fn);
    if (env['PLANB_TELEGRAM_TOKEN_PARAM'] !== undefined && env['PLANB_WEBHOOK_SECRET_PARAM'] === undefined) {
      findings.push(
        finding(
          'the webhook takes Telegram updates but has no webhook secret to check their X-Telegram-Bot-Api-Secret-Token against; set planb:telegramWebhookSecret',
          'Telegram setWebhook secret_token checked on every update',
        ),
      );
    }
    const grants = permissions.filter((p) => p.inputs['function'] === target);
    const hasUrl = grants.some((p) => p.inputs['action'] === 'lambda:InvokeFunctionUrl' && p.inputs['functionUrlAuthType'] === 'NONE');
    const hasInvoke = grants.some((p) => p.inputs['action'] === 'lambda:InvokeFunction' && p.inputs['invokedViaFunctionUrl'] === true);
    if (!hasUrl || !hasInvoke) {
      findings.push(
        finding(
          `the public URL needs ${[!hasUrl ? 'lambda:InvokeFunctionUrl (functionUrlAuthType NONE)' : '', !hasInvoke ? 'lambda:InvokeFunction (invokedViaFunctionUrl)' : ''].filter(Boolean).join(' and ')} granted to "*", or every request is refused`,
          'function URLs created since October 2025 need both permissions',
        ),
      );
    }
  }
  return findings;
}
