/**
 * The Pulumi program itself (stacks/index.ts), run the way `pulumi preview` runs it but against
 * the mock runtime: config in, blueprint loaded, components built, or a blueprint error out.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as pulumi from '@pulumi/pulumi';
import { formatDiagnostic, loadBlueprintFile } from '../../loader/index';
import { installRecorder } from '../../generators/plan/mocks';
import { buildStack } from '../../stacks/build-stack';
import { stackBuildError } from '../../stacks/load';
import { exampleText, withTelegramChatIds } from './plan-helpers';

function tempBlueprint(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'planb-stack-')), 'planb.yaml');
  writeFileSync(file, text);
  return file;
}

/** The pager's three secrets, as the stack config holds them. */
const SECRETS = { 'planb:telegramBotToken': 'x', 'planb:telegramWebhookSecret': 'y', 'planb:ackLinkKey': 'z' };

describe('stacks/index.ts', () => {
  beforeEach(() => vi.resetModules());

  it("fails with exactly the loader's file:line:column errors when the blueprint is wrong", async () => {
    const file = tempBlueprint(exampleText('dental-clinic').replace('criticality: critical', 'criticality: vital'));
    const loaded = loadBlueprintFile(file);
    expect(loaded.ok).toBe(false);
    const expected = loaded.diagnostics
      .filter((d) => d.severity === 'error')
      .map(formatDiagnostic)
      .join('\n');
    expect(expected).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:\\d+:\\d+: `));
    await installRecorder({ 'planb:blueprint': file }, []);
    await expect(import('../../stacks/index.js')).rejects.toThrow(expected);
    const error = await import('../../stacks/index.js').catch((e: Error) => e);
    expect((error as Error).message).toBe(expected);
    // Pulumi's runner prints a RunError's message alone; any other error comes with its stack.
    expect(pulumi.RunError.isInstance(error)).toBe(true);
  });

  it('builds the stack from the blueprint named by planb:blueprint and exports the outputs', async () => {
    const file = tempBlueprint(exampleText('online-shop'));
    const recorder = await installRecorder({ 'planb:blueprint': file, ...SECRETS }, Object.keys(SECRETS));
    const program = await import('../../stacks/index.js');
    await pulumi.runtime.disconnect();
    expect(recorder.resources.filter((r) => r.type === 'planb:dns:RedundantDns').map((r) => r.name)).toEqual(['dns-samovar-tea-example']);
    expect(Object.keys(program.nameServers as object)).toEqual(['samovar-tea.example']);
    expect(program.statusPageUrl).toBe('https://status.samovar-tea.example/');
    expect(Object.keys(program.buckets as object).sort()).toEqual([
      'active-customers-bucket',
      'document-templates-bucket',
      'emergency-instructions-bucket',
      'open-orders-bucket',
    ]);
    // One pager for the whole business; its webhook URL is what Telegram's setWebhook is given.
    expect(recorder.resources.filter((r) => r.type === 'planb:alerts:AlertRouting').map((r) => r.name)).toEqual(['alerts']);
    expect(program.webhookUrl).toBeDefined();
    // The sandbox smoke test sets this alarm to ALARM: the first health check's alarm.
    const alarm = await new Promise((ok) => (program.smokeTestAlarm as pulumi.Output<string>).apply(ok));
    expect(alarm).toMatch(/^(health|probes-up)-[a-z0-9-]+-[0-9a-f]{8}$/);
    // Zones and backup buckets are protected unless planb:protect says otherwise.
    const kept = recorder.resources.filter((r) => r.protect === true).map((r) => r.type);
    expect(new Set(kept)).toEqual(
      new Set(['aws:route53/zone:Zone', 'cloudflare:index/zone:Zone', 'aws:s3/bucket:Bucket', 'cloudflare:index/r2Bucket:R2Bucket']),
    );
    // Two vaults (one per Object Lock class: 30 and 14 days) and the one replica.
    expect(kept.filter((t) => t === 'aws:s3/bucket:Bucket')).toHaveLength(3);
  });

  it('a missing Telegram token is a clean RunError naming the blueprint and the config key', async () => {
    const file = tempBlueprint(withTelegramChatIds(exampleText('online-shop')));
    await installRecorder({ 'planb:blueprint': file, 'planb:ackLinkKey': 'k' }, ['planb:ackLinkKey']);
    const error = await import('../../stacks/index.js').catch((e: Error) => e);
    expect(pulumi.RunError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/planb:telegramBotToken/);
  });

  it('a wrong planb:phase is a RunError that names both phases', async () => {
    const file = tempBlueprint(exampleText('dental-clinic'));
    await installRecorder({ 'planb:blueprint': file, 'planb:phase': 'first', ...SECRETS }, Object.keys(SECRETS));
    const error = await import('../../stacks/index.js').catch((e: Error) => e);
    expect(pulumi.RunError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/planb:phase is "first"; use "zones" .* then "all"/);
  });

  it('planb:protect=false (a throw-away sandbox stack) leaves nothing protected', async () => {
    const file = tempBlueprint(exampleText('dental-clinic'));
    const config = { 'planb:blueprint': file, 'planb:protect': 'false', ...SECRETS };
    const recorder = await installRecorder(config, Object.keys(SECRETS));
    await import('../../stacks/index.js');
    await pulumi.runtime.disconnect();
    expect(recorder.resources.some((r) => r.type === 'aws:s3/bucket:Bucket')).toBe(true);
    expect(recorder.resources.filter((r) => r.protect === true)).toEqual([]);
  });
});

describe('stackBuildError', () => {
  it('turns a component refusing its arguments into a RunError naming the blueprint', () => {
    const error = stackBuildError('planb.yaml', new Error('routes[x].stages: empty; give at least one stage with a contact'));
    expect(pulumi.RunError.isInstance(error)).toBe(true);
    expect(error.message).toBe('planb.yaml: the stack cannot be built: routes[x].stages: empty; give at least one stage with a contact');
  });
});

describe('buildStack', () => {
  it('refuses Telegram alerts without a bot token, naming the config key to set', async () => {
    const loaded = loadBlueprintFile(tempBlueprint(withTelegramChatIds(exampleText('online-shop'))));
    if (!loaded.ok) throw new Error('example invalid');
    await installRecorder({}, []);
    const key = pulumi.secret('k');
    expect(() => buildStack(loaded.model, { ackLinkKey: key })).toThrow(/pulumi config set --secret planb:telegramBotToken/);
  });

  it('refuses alerts without the link key, and Telegram without the webhook secret, naming the commands', async () => {
    const loaded = loadBlueprintFile(tempBlueprint(withTelegramChatIds(exampleText('online-shop'))));
    if (!loaded.ok) throw new Error('example invalid');
    await installRecorder({}, []);
    const token = pulumi.secret('t');
    const refusal = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as Error;
      }
      throw new Error('not refused');
    };
    const noKey = refusal(() => buildStack(loaded.model, { telegramBotToken: token }));
    expect(pulumi.RunError.isInstance(noKey)).toBe(true);
    expect(noKey.message).toMatch(/pulumi config set --secret planb:ackLinkKey/);
    expect(refusal(() => buildStack(loaded.model, { telegramBotToken: token, ackLinkKey: pulumi.secret('k') })).message).toMatch(
      /pulumi config set --secret planb:telegramWebhookSecret/,
    );
  });
});
