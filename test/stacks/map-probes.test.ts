/** The pure mapping model -> Probes targets, on the online-shop example and on edited copies. */
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../loader/index';
import type { Model } from '../../model/model';
import { mapProbes, probesArgs, recordTypeOf, zoneOf } from '../../stacks/map/probes';
import type { Notes } from '../../stacks/map/notes';
import { exampleText } from './plan-helpers';

function model(name: string, edit: (t: string) => string = (t) => t): Model {
  const r = loadBlueprintText(edit(exampleText(name)), `blueprints/${name}.yaml`);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  return r.model;
}

const SHOP_ZONE = new Set(['samovar-tea.example']);

describe('probes mapping', () => {
  it('maps certificate, DNS, domain and business checks of the online shop', () => {
    const probes = mapProbes(model('online-shop'), SHOP_ZONE);
    expect(probes.map((p) => [p.id, p.severity, p.path])).toEqual([
      ['tls-shop-origin', 'warning', '/monitoring/endpoints/0/tlsDaysLeft'],
      ['tls-shop-home', 'warning', '/monitoring/endpoints/1/tlsDaysLeft'],
      ['dns-dns-agree', 'warning', '/monitoring/endpoints/9'],
      ['domain-samovar-tea-example', 'warning', '/domains/0/expiryWatch'],
      ['business-orders-last-hour', 'warning', '/monitoring/businessChecks/0'],
      ['business-paid-orders', 'critical', '/monitoring/businessChecks/1'],
    ]);
    const by = (id: string) => probes.find((p) => p.id === id);
    expect(by('tls-shop-origin')?.check).toEqual({ kind: 'tls', host: 'origin.samovar-tea.example', port: 443, minDays: 21 });
    // www fails over as a CNAME, so both providers are asked for the CNAME.
    expect(by('dns-dns-agree')?.check).toEqual({
      kind: 'dns',
      name: 'www.samovar-tea.example',
      rrtype: 'CNAME',
      zone: 'samovar-tea.example',
    });
    expect(by('domain-samovar-tea-example')?.check).toEqual({ kind: 'domain', expires: '2027-08-14', minDays: 60 });
    expect(by('business-orders-last-hour')?.check).toEqual({
      kind: 'business',
      url: 'https://origin.samovar-tea.example/api/metrics/orders?window=1h',
      field: 'count',
      floor: 1,
      windowSeconds: 3600,
      activeHours: '09:00-23:00',
    });
    expect(by('business-orders-last-hour')?.processes).toEqual(['take-orders']);
  });

  it('never meets a DNS check on a zone the stack does not build: validate refuses it (PB042)', () => {
    expect(() => mapProbes(model('online-shop'), new Set())).toThrow(
      /Plan B bug: validate should have refused \/monitoring\/endpoints\/9\/url/,
    );
    const text = exampleText('online-shop').replace('    dns: [cloudflare, route53]', '    dns: [cloudflare, registrar]');
    const r = loadBlueprintText(text, 'blueprints/online-shop.yaml');
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.pointer])).toContainEqual(['PB042', '/monitoring/endpoints/9/url']);
  });

  it('never meets tlsDaysLeft on plain http: validate refuses it (PB042)', () => {
    const text = exampleText('online-shop').replace(
      'url: https://origin.samovar-tea.example/health',
      'url: http://origin.samovar-tea.example/health',
    );
    const r = loadBlueprintText(text, 'blueprints/online-shop.yaml');
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.pointer])).toEqual([['PB042', '/monitoring/endpoints/0/tlsDaysLeft']]);
  });

  it('finds the zone and the record type a name has', () => {
    const m = model('online-shop');
    const zone = zoneOf(m, 'WWW.samovar-tea.example.');
    expect(zone?.name).toBe('samovar-tea.example');
    expect(zoneOf(m, 'samovar-tea.example.evil')).toBeUndefined();
    expect([
      recordTypeOf(zone!, 'samovar-tea.example'),
      recordTypeOf(zone!, 'static.samovar-tea.example'),
      recordTypeOf(zone!, 'nothing.samovar-tea.example'),
    ]).toEqual(['A', 'CNAME', 'A']);
  });

  it("gives the DNS target its zone's name servers and no target a topic (the pager hears alarms through EventBridge)", () => {
    const m = model('online-shop');
    const args = probesArgs(m, mapProbes(m, SHOP_ZONE), {
      nameServers: (zone) => ({ cloudflare: [`ada.${zone}`], route53: [`ns-1.${zone}`] }),
    });
    expect(args).toMatchObject({ business: 'samovar-tea', timeZone: 'Europe/Moscow' });
    const dns = args.targets.find((t) => t.id === 'dns-dns-agree');
    expect(dns?.check).toEqual({
      kind: 'dns',
      name: 'www.samovar-tea.example',
      rrtype: 'CNAME',
      providers: { cloudflare: ['ada.samovar-tea.example'], route53: ['ns-1.samovar-tea.example'] },
    });
    expect(args.targets.find((t) => t.id === 'business-paid-orders')).toMatchObject({ process: 'take-payments' });
    expect(args.targets.filter((t) => t.alarmTopicArn !== undefined)).toEqual([]);
  });
});
