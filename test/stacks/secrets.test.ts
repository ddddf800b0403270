/**
 * No secret in any plain input and none in any rendering of the plan: the Telegram bot token
 * set through (mocked) stack config reaches only the forwarder, and only as a Pulumi secret.
 */
import { describe, expect, it } from 'vitest';
import { renderPlan, SECRET } from '../../generators/plan/index';
import { containsText } from '../../generators/plan/values';
import { exampleText, planText, withTelegramChatIds } from './plan-helpers';

const TOKEN = '7654321:AAE-fake-token-for-the-test';

describe('secrets', async () => {
  const plan = await planText(withTelegramChatIds(exampleText('online-shop')), 'blueprints/online-shop.yaml', {
    config: { 'planb:telegramBotToken': TOKEN, 'cloudflare:apiToken': 'cf-fake-api-token' },
    secretKeys: ['planb:telegramBotToken', 'cloudflare:apiToken'],
  });

  it('never appear in a recorded input', () => {
    for (const r of plan.resources) {
      expect(containsText(r.inputs, TOKEN), `${r.type} ${r.name}`).toBe(false);
      expect(containsText(r.inputs, 'cf-fake-api-token'), `${r.type} ${r.name}`).toBe(false);
    }
  });

  it('never appear in the text, JSON or Markdown plan', () => {
    for (const format of ['text', 'json', 'markdown'] as const) {
      const out = renderPlan(plan, format);
      expect(out).not.toContain(TOKEN);
      expect(out).not.toContain('cf-fake-api-token');
    }
  });

  it('reach the forwarders and the Cloudflare provider as secrets', () => {
    const forwarders = plan.resources.filter((r) => r.type === 'aws:lambda/function:Function' && r.name.includes('-telegram-'));
    expect(forwarders.length).toBeGreaterThan(0);
    // The token is kept in an SSM SecureString, never in a function's environment.
    for (const f of forwarders) expect(JSON.stringify(f.inputs['environment'])).toContain('TELEGRAM_TOKEN_PARAMETER');
    const tokens = plan.resources.filter((r) => r.type === 'aws:ssm/parameter:Parameter');
    expect(tokens.length).toBeGreaterThan(0);
    for (const t of tokens) expect(t.inputs).toMatchObject({ type: 'SecureString', value: SECRET });
    const cf = plan.resources.find((r) => r.type === 'pulumi:providers:cloudflare');
    expect(cf?.inputs['apiToken']).toBe(SECRET);
  });
});
