/**
 * No secret in any plain input and none in any rendering of the plan: the Telegram bot token,
 * the webhook secret and the link key set through (mocked) stack config reach only their SSM
 * SecureStrings, and only as Pulumi secrets.
 */
import { describe, expect, it } from 'vitest';
import { renderPlan, SECRET } from '../../generators/plan/index';
import { containsText } from '../../generators/plan/values';
import { exampleText, planText, withTelegramChatIds } from './plan-helpers';

const TOKEN = '7654321:AAE-fake-token-for-the-test';
const WEBHOOK = 'fake-webhook-secret-for-the-test';
const LINK = 'fake-link-key-for-the-test';
const ALL = [TOKEN, WEBHOOK, LINK, 'cf-fake-api-token'];

describe('secrets', async () => {
  const plan = await planText(withTelegramChatIds(exampleText('online-shop')), 'blueprints/online-shop.yaml', {
    config: {
      'planb:telegramBotToken': TOKEN,
      'planb:telegramWebhookSecret': WEBHOOK,
      'planb:ackLinkKey': LINK,
      'cloudflare:apiToken': 'cf-fake-api-token',
    },
    secretKeys: ['planb:telegramBotToken', 'planb:telegramWebhookSecret', 'planb:ackLinkKey', 'cloudflare:apiToken'],
  });

  it('never appear in a recorded input', () => {
    for (const r of plan.resources) {
      for (const secret of ALL) expect(containsText(r.inputs, secret), `${r.type} ${r.name}`).toBe(false);
    }
  });

  it('never appear in the text, JSON or Markdown plan', () => {
    for (const format of ['text', 'json', 'markdown'] as const) {
      const out = renderPlan(plan, format);
      for (const secret of ALL) expect(out).not.toContain(secret);
    }
  });

  it('reach the pager and the Cloudflare provider as secrets', () => {
    const functions = plan.resources.filter((r) => r.type === 'aws:lambda/function:Function' && r.name.startsWith('alerts-'));
    expect(functions.map((f) => f.name).sort()).toEqual(['alerts-pager', 'alerts-webhook']);
    // The secrets are kept in SSM SecureStrings; a function's environment holds only their names.
    for (const f of functions) expect(JSON.stringify(f.inputs['environment'])).toContain('PLANB_LINK_KEY_PARAM');
    const tokens = plan.resources.filter((r) => r.type === 'aws:ssm/parameter:Parameter');
    expect(tokens.map((t) => t.name).sort()).toEqual(['alerts-link-key', 'alerts-telegram-bot-token', 'alerts-webhook-secret']);
    for (const t of tokens) expect(t.inputs).toMatchObject({ type: 'SecureString', value: SECRET });
    const cf = plan.resources.find((r) => r.type === 'pulumi:providers:cloudflare');
    expect(cf?.inputs['apiToken']).toBe(SECRET);
  });
});
