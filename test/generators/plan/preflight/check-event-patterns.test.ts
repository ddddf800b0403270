/** PF009: event patterns within EventBridge's default 2,048 characters. */
import { describe, expect, it } from 'vitest';
import { checkEventPatterns } from '../../../../generators/plan/preflight/check-event-patterns';
import { alarmEventPattern } from '../../../../components/alerts/args';
import { locator, planned } from './helpers';

describe('checkEventPatterns', () => {
  it("passes the pager's prefix pattern and refuses one that lists alarms past the quota", () => {
    const ok = planned('aws:cloudwatch/eventRule:EventRule', 'alerts-events', {
      eventPattern: alarmEventPattern(['backup-', 'health-', 'probes-']),
    });
    expect(checkEventPatterns(ok, locator(ok))).toEqual([]);
    const names = Array.from({ length: 60 }, (_, i) => `health-endpoint-number-${i}-alarm-0a1b2c3d`);
    const big = planned('aws:cloudwatch/eventRule:EventRule', 'old-rule', {
      eventPattern: JSON.stringify({ detail: { alarmName: names } }),
    });
    const findings = checkEventPatterns(big, locator(big));
    expect(findings.map((f) => [f.code, f.severity, f.resource])).toEqual([['PF009', 'error', 'old-rule']]);
    expect(findings[0]!.message).toMatch(/EventBridge accepts 2048/);
  });

  it('ignores scheduled rules (no pattern)', () => {
    const tick = planned('aws:cloudwatch/eventRule:EventRule', 'alerts-tick', { scheduleExpression: 'rate(1 minute)' });
    expect(checkEventPatterns(tick, locator(tick))).toEqual([]);
  });
});
