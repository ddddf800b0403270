/** PF011: a public function URL only for the webhook that checks every request, with both permissions. */
import { describe, expect, it } from 'vitest';
import { checkFunctionUrls } from '../../../../generators/plan/preflight/check-function-urls';
import type { PlanResource } from '../../../../generators/plan/types';
import { locator, planned } from './helpers';

const under = (type: string, name: string, inputs: PlanResource['inputs']) => planned(type, name, inputs)[1] as PlanResource;
const fn = (handler: string, env: Record<string, string>) =>
  under('aws:lambda/function:Function', 'alerts-webhook', { name: 'alerts-webhook-0a1b2c3d', handler, environment: { variables: env } });
const url = under('aws:lambda/functionUrl:FunctionUrl', 'alerts-webhook-url', {
  functionName: 'alerts-webhook-0a1b2c3d',
  authorizationType: 'NONE',
});
const grantUrl = under('aws:lambda/permission:Permission', 'p1', {
  action: 'lambda:InvokeFunctionUrl',
  function: 'alerts-webhook-0a1b2c3d',
  principal: '*',
  functionUrlAuthType: 'NONE',
});
const grantInvoke = under('aws:lambda/permission:Permission', 'p2', {
  action: 'lambda:InvokeFunction',
  function: 'alerts-webhook-0a1b2c3d',
  principal: '*',
  invokedViaFunctionUrl: true,
});
const component = planned('x', 'y', {})[0] as PlanResource;
const ENV = { PLANB_TELEGRAM_TOKEN_PARAM: '/t', PLANB_WEBHOOK_SECRET_PARAM: '/s' };

function check(resources: PlanResource[]) {
  const all = [component, ...resources];
  return checkFunctionUrls(all, locator(all)).map((f) => f.message.replace(/^[^:]+: /, ''));
}

describe('checkFunctionUrls', () => {
  it('accepts the webhook with its secret and both grants', () => {
    expect(check([fn('index.webhook', ENV), url, grantUrl, grantInvoke])).toEqual([]);
  });

  it('refuses a public URL on any other function', () => {
    expect(check([fn('index.handler', ENV), url, grantUrl, grantInvoke])).toEqual([expect.stringMatching(/does not check who calls it/)]);
  });

  it('refuses a Telegram webhook without its secret token', () => {
    expect(check([fn('index.webhook', { PLANB_TELEGRAM_TOKEN_PARAM: '/t' }), url, grantUrl, grantInvoke])).toEqual([
      expect.stringMatching(/no webhook secret .* planb:telegramWebhookSecret/),
    ]);
  });

  it('refuses a public URL missing a permission AWS requires since October 2025', () => {
    expect(check([fn('index.webhook', ENV), url, grantUrl])).toEqual([
      expect.stringMatching(/lambda:InvokeFunction \(invokedViaFunctionUrl\) granted/),
    ]);
  });
});
