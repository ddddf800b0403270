import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis';
import { loadModel } from './load';

const ROOT = join(__dirname, '../..');
// The example blueprints are dated by their `revised`; judge them a little after it.
const TODAY = '2026-11-20';

function codes(file: string): { code: string; pointer: string; message: string }[] {
  return analyze(loadModel(join(ROOT, 'blueprints', file)), { today: TODAY }).findings;
}

const has = (list: ReturnType<typeof codes>, code: string, pattern: RegExp) =>
  list.some((f) => f.code === code && (pattern.test(f.message) || pattern.test(f.pointer)));

describe('weaknesses planted in the example blueprints', () => {
  it('online shop: contractor hosting, one holder, no vault, time budget, status page, Cloudflare failover', () => {
    const f = codes('online-shop.yaml');
    expect(has(f, 'PB110', /Site hosting.*contractor/)).toBe(true);
    expect(has(f, 'PB111', /Only .* can get into Site hosting/)).toBe(true);
    expect(has(f, 'PB112', /Site hosting/)).toBe(true);
    expect(has(f, 'PB130', /When Online shop \(1C-Bitrix\) fails, Taking card payments/)).toBe(true);
    expect(has(f, 'PB150', /status page/)).toBe(true);
    expect(has(f, 'PB160', /Cloudflare for www\./)).toBe(true);
  });

  it('dental clinic: one-person escalation, plan B on the office line, no plan B, records with the vendor, overdue drill', () => {
    const f = codes('dental-clinic.yaml');
    expect(has(f, 'PB113', /escalation/)).toBe(true);
    expect(has(f, 'PB103', /Приём оплаты/)).toBe(true);
    expect(has(f, 'PB102', /Медицинские карты и снимки/)).toBe(true);
    expect(has(f, 'PB120', /Medods/)).toBe(true);
    expect(has(f, 'PB170', /2025-09-13/)).toBe(true);
  });

  it('b2b portal: Selectel single point, unwatched EDI intake, open orders not offline and too rare, legacy domain, status page domain', () => {
    const f = codes('b2b-portal.yaml');
    // The status page is off Selectel, but at status.nordkrep.example: it goes dark with the domain.
    expect(has(f, 'PB150', /status\.nordkrep\.example goes down with the domain nordkrep\.example/)).toBe(true);
    expect(has(f, 'PB101', /Selectel data centre.*Taking partner orders.*Picking and shipping/)).toBe(true);
    expect(has(f, 'PB103', /Picking and shipping.*1C/)).toBe(true);
    expect(has(f, 'PB140', /Kontur\.EDI.*Order intake from retail chains/)).toBe(true);
    expect(has(f, 'PB121', /Open orders.*no offline copy/)).toBe(true);
    expect(has(f, 'PB122', /Open orders.*every 24 h.*60 min/)).toBe(true);
    expect(has(f, 'PB141', /nordkrep-b2b\.example.*does not renew itself/)).toBe(true);
  });
});
