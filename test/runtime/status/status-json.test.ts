/** The status page's status.json as the pager writes it: the states, the repair schedule. */
import { describe, expect, it } from 'vitest';
import { componentStatus, feedsStatus, refreshStatus, statusDocument } from '../../../runtime/status/status-json';
import { FEED } from './feed';

describe('status.json', () => {
  it('a component is down when one alarm fires, unknown while one has no data or is missing, operational when all are OK', () => {
    expect(componentStatus(['a', 'b'], { a: 'OK', b: 'ALARM' })).toBe('down');
    expect(componentStatus(['a', 'b'], { a: 'OK', b: 'INSUFFICIENT_DATA' })).toBe('unknown');
    expect(componentStatus(['a', 'b'], { a: 'OK' })).toBe('unknown');
    expect(componentStatus(['a', 'b'], { a: 'ALARM' })).toBe('down');
    expect(componentStatus([], {})).toBe('unknown');
    expect(componentStatus(['a', 'b'], { a: 'OK', b: 'OK' })).toBe('operational');
  });

  it('the document names every component with its status and the time it was read', () => {
    const doc = JSON.parse(
      statusDocument(FEED, { 'health-shop': 'OK', 'probes-up-cart': 'OK', 'probes-up-pay': 'ALARM' }, Date.parse('2026-12-02T10:00:00Z')),
    );
    expect(doc).toEqual({
      updatedAt: '2026-12-02T10:00:00.000Z',
      components: { shop: { name: 'Online shop', status: 'operational' }, payments: { name: 'Payments', status: 'down' } },
    });
  });

  it('a refresh reads each alarm once, sorted, and writes one snapshot', async () => {
    const asked: string[][] = [];
    const written: string[] = [];
    await refreshStatus(
      { ...FEED, components: [...FEED.components, { id: 'again', name: 'Again', alarmNames: ['probes-up-pay'] }] },
      {
        alarmStates: async (names) => {
          asked.push([...names]);
          return { 'probes-up-pay': 'OK' };
        },
        put: async (body) => {
          written.push(body);
        },
      },
      0,
    );
    expect(asked).toEqual([['health-shop', 'probes-up-cart', 'probes-up-pay']]);
    expect(written).toHaveLength(1);
    expect(JSON.parse(written[0]!).components.payments.status).toBe('operational');
  });

  it('only the page alarms feed it (the schedule repairs it on housekeeping runs: test/runtime/schedule.test.ts)', () => {
    expect(feedsStatus(FEED, 'probes-up-pay')).toBe(true);
    expect(feedsStatus(FEED, 'backup-orders-no-backup-within-rpo')).toBe(false);
  });
});
