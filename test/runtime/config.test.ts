/** The functions' configuration made from the online shop: every watched alarm routed, people reachable in fallback order. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadBlueprintText } from '../../loader/index';
import { runtimeConfig } from '../../runtime/config';
import { exampleModel } from '../generators/documents/build-model';

describe('runtime configuration', () => {
  const config = runtimeConfig(exampleModel('online-shop'));

  it('routes every endpoint and business check: the payments check by its own route, the rest by severity', () => {
    expect(config.alarms['endpoint:payments-api']).toEqual({ route: 'critical', severity: 'critical', processes: ['take-payments'] });
    expect(config.alarms['check:orders-last-hour']).toEqual({ route: 'orders-drop', severity: 'warning', processes: ['take-orders'] });
    expect(config.alarms['endpoint:crm-api']).toEqual({ route: 'warning', severity: 'warning', processes: ['support-customers'] });
  });

  it('reaches a person over the route channels first, then their backups', () => {
    expect(config.reach.anton!.map((r) => r.channel)).toEqual(['team-chat', 'team-sms', 'team-call']);
    expect(config.routes.critical!.stages.map((s) => [s.people, s.after])).toEqual([
      [['anton'], 0],
      [['olga', 'dmitry'], 900],
      [['olga'], 1800],
    ]);
  });

  it('carries addresses only, never a token', () => {
    expect(JSON.stringify(config)).not.toMatch(/token|secret/i);
  });

  it("reaches everyone on a stage through a webhook channel at the channel's own address", () => {
    const file = 'test/fixtures/analysis/pb151-alert-webhook-elsewhere.yaml';
    const loaded = loadBlueprintText(readFileSync(file, 'utf8'), file);
    if (!loaded.ok) throw new Error('fixture does not load');
    expect(runtimeConfig(loaded.model).reach['ann']).toEqual([
      { channel: 'hook', kind: 'webhook', address: 'https://hooks.alerting.example/alert' },
    ]);
  });
});
