/** The pure mappings, model -> component args, on the examples and on edited copies. */
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../loader/index';
import type { Model } from '../../model/model';
import { mapEndpoints } from '../../stacks/map/health';
import { mapDomains } from '../../stacks/map/dns';
import { mapBackups } from '../../stacks/map/backup';
import { e164, stageContacts } from '../../stacks/map/contacts';
import { mapRoutes, routeCarries, routingShards, shardCount, type AlarmRef, type MappedRoute } from '../../stacks/map/alerts';
import { mapStatusPage } from '../../stacks/map/status';
import { resilienceTiers } from '../../stacks/map/resilience';
import { sortNotes, type Notes } from '../../stacks/map/notes';
import { exampleText, withTelegramChatIds } from './plan-helpers';

function model(name: string, edit: (t: string) => string = (t) => t): Model {
  const r = loadBlueprintText(edit(exampleText(name)), `blueprints/${name}.yaml`);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  return r.model;
}

describe('health', () => {
  it('maps http, body and tcp checks and leaves dns checks and business checks to the probes', () => {
    const notes: Notes = [];
    const eps = mapEndpoints(model('online-shop'), notes);
    const origin = eps.find((e) => e.spec.id === 'shop-origin')?.spec;
    expect(origin).toEqual({
      id: 'shop-origin', type: 'HTTPS_STR_MATCH', fqdn: 'origin.samovar-tea.example', port: 443, path: '/health',
      searchString: '"db":"ok"', failureThreshold: 3, requestInterval: 30, regions: ['ap-southeast-1', 'eu-west-1', 'us-east-1'],
    });
    expect(eps.find((e) => e.spec.id === 'office-line')?.spec).toMatchObject({ type: 'TCP', fqdn: '203.0.113.10', port: 1194 });
    expect(eps.find((e) => e.spec.id === 'shop-cart')?.spec).toMatchObject({ type: 'HTTPS', path: '/cart/' });
    expect(eps.map((e) => e.spec.id)).not.toContain('dns-agree');
    expect(notes).toEqual([]);
  });

  it('checks a body over plain HTTP too (HTTP_STR_MATCH)', () => {
    // Without tlsDaysLeft: a plain-http URL has no certificate to watch (validate refuses it, PB042).
    const plain = (t: string) => t.replace('url: https://origin.samovar-tea.example', 'url: http://origin.samovar-tea.example').replace('maxResponseTime: 4s\n      tlsDaysLeft: 21\n', 'maxResponseTime: 4s\n');
    const eps = mapEndpoints(model('online-shop', plain), []);
    expect(eps.find((e) => e.spec.id === 'shop-origin')?.spec).toMatchObject({ type: 'HTTP_STR_MATCH', port: 80, searchString: '"db":"ok"' });
  });
});

describe('contacts', () => {
  it('normalises phone numbers to E.164 and refuses local ones', () => {
    expect(e164('+7 900 000-10-01')).toBe('+79000001001');
    expect(e164('(030) 1234 567')).toBeUndefined();
  });

  it('reaches each person over each channel at their own address; a call becomes an SMS', () => {
    const m = model('online-shop', withTelegramChatIds);
    const critical = m.alerts.find((a) => a.id === 'critical');
    const notes: Notes = [];
    expect(stageContacts(critical!.stages[1]!, notes)).toEqual([
      { id: 'dmitry-sms', channel: 'sms', address: '+79000001006' },
      { id: 'dmitry-telegram', channel: 'telegram', address: '100000004' },
      { id: 'olga-sms', channel: 'sms', address: '+79000001001' },
      { id: 'olga-telegram', channel: 'telegram', address: '100000001' },
    ]);
    expect(notes).toEqual([]);
  });

  it('does not page a person over Telegram by @username (a bot cannot), and says how to get the chat id', () => {
    // The example without its numeric chat ids: people known to Telegram only by @username.
    const m = model('online-shop', (t) => t.replace(/\n\s*- \{ kind: telegram, value: "\d+" \}[^\n]*/g, ''));
    const critical = m.alerts.find((a) => a.id === 'critical');
    const notes: Notes = [];
    const contacts = stageContacts(critical!.stages[1]!, notes);
    expect(contacts.filter((c) => c.channel === 'telegram')).toEqual([]);
    expect(notes.map((n) => n.message)).toEqual([
      expect.stringMatching(/^olga has no numeric Telegram chat id .*getUpdates/),
      expect.stringMatching(/^dmitry has no numeric Telegram chat id/),
    ]);
  });
});

describe('alert routes', () => {
  const route = (over: Partial<MappedRoute>): MappedRoute => ({ id: 'r', severity: 'critical', processes: [], stages: [], path: '/alerts/0', ...over });

  it('drops a stage nobody can be reached in and carries its wait to the next (the verdict says so: PB132)', () => {
    const notes: Notes = [];
    const m = model('online-shop', (t) => t.replace('      - notify: [olga, dmitry]\n        via: [team-chat, team-call]', '      - notify: [nikolai]\n        via: [team-chat]'));
    const critical = mapRoutes(m, notes).find((r) => r.id === 'critical');
    expect(critical?.stages.map((s) => [s.id, s.afterSeconds])).toEqual([['stage-1', 0], ['stage-3', 45 * 60]]);
    expect(notes.some((n) => n.path === '/alerts/0/stages/1')).toBe(true);
  });

  it('carries alarms of its severity and processes; no processes means all', () => {
    expect(routeCarries(route({}), { severity: 'critical', processes: ['a'] })).toBe(true);
    expect(routeCarries(route({ processes: ['b'] }), { severity: 'critical', processes: ['a'] })).toBe(false);
    expect(routeCarries(route({}), { severity: 'warning', processes: ['a'] })).toBe(false);
  });

  it('shards many alarms by a stable hash; the first shard keeps the base name', () => {
    const stages = [{ id: 'stage-1', afterSeconds: 0, contacts: [{ id: 'p-email', channel: 'email' as const, address: 'p@example.com' }] }];
    const routes = [route({ stages })];
    const alarms = (n: number): AlarmRef[] => Array.from({ length: n }, (_, i) => ({ key: `ep-${i}`, severity: 'critical', processes: [], path: `/e/${i}` }));
    expect(shardCount(routes, alarms(10))).toBe(1);
    const k = shardCount(routes, alarms(400));
    expect(k).toBeGreaterThan(1);
    const shards = routingShards('alerts-health', routes, alarms(400), []);
    expect(shards[0]?.name).toBe('alerts-health');
    expect(shards.every((s) => s.alarms.length <= 50)).toBe(true);
    expect(shards.flatMap((s) => s.alarms).length).toBe(400);
  });

  it('leaves an alarm no route carries to the analysis (PB132, test/stacks/one-truth.properties.test.ts), with no note', () => {
    const notes: Notes = [];
    const shards = routingShards('x', [route({ severity: 'warning', stages: [{ id: 's', afterSeconds: 0, contacts: [{ id: 'a', channel: 'email', address: 'a@b.cd' }] }] })], [{ key: 'ep', severity: 'info', processes: [], path: '/e/0' }], notes);
    expect(notes).toEqual([]);
    expect(shards.map((s) => s.alarms.map((a) => a.key))).toEqual([['ep']]);
  });
});

describe('backups', () => {
  it('makes one vault per backup-bucket copy with the tightest RPO, the lock and the retention', () => {
    const vaults = mapBackups(model('online-shop'), []);
    expect(vaults.map((v) => v.name)).toEqual([
      'backup-active-customers-bucket', 'backup-open-orders-bucket', 'backup-document-templates-bucket', 'backup-emergency-instructions-bucket',
    ]);
    const orders = vaults.find((v) => v.name === 'backup-open-orders-bucket');
    expect(orders).toMatchObject({ objectLock: { mode: 'GOVERNANCE', retentionDays: 14 }, noncurrentVersionDays: 30, r2: true, severity: 'critical' });
    expect(orders?.rpoSeconds).toBe(Math.min(...model('online-shop').processes.filter((p) => p.data.some((d) => d.id === 'open-orders')).map((p) => p.rpo)));
  });

  it('keeps old versions at least as long as the lock', () => {
    const notes: Notes = [];
    const m = model('online-shop', (t) => t.replace('objectLock: 14d\n        offProvider: true\n        retainVersions: 30d', 'objectLock: 14d\n        offProvider: true\n        retainVersions: 7d'));
    expect(mapBackups(m, notes).find((v) => v.name === 'backup-open-orders-bucket')?.noncurrentVersionDays).toBe(14);
    expect(notes.length).toBe(1);
  });
});

describe('dns, status page, resilience', () => {
  it('builds zones only for domains on both Cloudflare and Route 53, with failover guarded by the endpoint', () => {
    const m = model('b2b-portal', (t) => t.replace('    dns: [cloudflare, route53]\n    records:\n      - { name: "@", type: A, values: ["198.51.100.60"] }\n      - { name: www', '    dns: [registrar]\n    records:\n      - { name: "@", type: A, values: ["198.51.100.60"] }\n      - { name: www'));
    const domains = mapDomains(m, new Set(['portal-origin']));
    expect(domains.map((d) => d.name)).toEqual(['dns-nordkrep-example']);
    expect(domains[0]?.failover).toEqual([
      { endpointId: 'portal-origin', spec: { name: 'partners', type: 'CNAME', primaryValue: 'origin-partners.nordkrep.example', secondaryValue: 'maintenance.nordkrep.example', ttl: 60, monitor: { type: 'https', path: '/health', expectedCodes: '200' } } },
    ]);
    // The registrar-only domain is the owner's to run: no note here, the analysis' PB162 says so.
  });

  it('builds the status page only on AWS, from components with alarms', () => {
    expect(mapStatusPage(model('b2b-portal'), new Set(['portal-public']))).toBeUndefined();
    const page = mapStatusPage(model('online-shop'), new Set(['shop-home', 'payments-api', 'delivery-api']));
    expect(page?.domain).toBe('samovar-tea.example');
    expect(page?.components.map((c) => [c.id, c.endpointIds])).toEqual([['shop', ['shop-home']], ['payments', ['payments-api']], ['delivery', ['delivery-api']]]);
    expect(page?.html).toContain('status.json');
    // A component without an alarmed endpoint is refused by validate (PB045); reaching it is a bug.
    expect(() => mapStatusPage(model('online-shop'), new Set(['shop-home']))).toThrow(/Plan B bug: validate should have refused/);
  });

  it('refuses CAA records under which ACM cannot issue the status page certificate (PB045)', () => {
    const onlyLetsEncrypt = (t: string) => t.replace(/values: \["0 issue \\"amazon\.com\\"", /, 'values: [');
    const caaErrors = (edit: (t: string) => string) => {
      const r = loadBlueprintText(edit(exampleText('online-shop')), 'blueprints/online-shop.yaml');
      return r.diagnostics.map((d) => `${d.code} ${d.pointer} ${d.message}`);
    };
    expect(caaErrors((t) => t)).toEqual([]);
    expect(onlyLetsEncrypt(exampleText('online-shop'))).not.toContain('amazon.com');
    expect(caaErrors(onlyLetsEncrypt)).toEqual([
      'PB045 /domains/0/records/4 the CAA records of samovar-tea.example allow only letsencrypt.org, so AWS Certificate Manager cannot issue the status page\'s certificate and `pulumi up` fails',
    ]);
    // A CAA record on the status name itself decides before the apex's (RFC 8659).
    const ownRecord = (t: string) => onlyLetsEncrypt(t).replace('      - { name: origin,', '      - { name: status, type: CAA, values: ["0 issue \\"amazontrust.com\\""] }\n      - { name: origin,');
    expect(caaErrors(ownRecord)).toEqual([]);
  });

  it('makes one Resilience Hub tier per criticality level in use', () => {
    const m = model('dental-clinic');
    const tiers = resilienceTiers(m);
    const levels = [...new Set(m.processes.map((p) => p.criticality))];
    expect(tiers.map((t) => t.id).sort()).toEqual(levels.sort());
    const critical = tiers.find((t) => t.id === 'critical');
    expect(critical?.tier).toBe('MissionCritical');
    expect(critical?.rtoSeconds).toBe(Math.min(...m.processes.filter((p) => p.criticality === 'critical').map((p) => p.rto)));
    expect(resilienceTiers(model('dental-clinic', (t) => t.replace('resilienceHub: true', 'resilienceHub: false')))).toEqual([]);
  });

  it('sorts notes by their place in the blueprint, indices as numbers', () => {
    expect(sortNotes([{ path: '/a/10', message: 'x' }, { path: '/a/9', message: 'y' }, { path: '/a', message: 'z' }]).map((n) => n.path)).toEqual(['/a', '/a/9', '/a/10']);
  });
});

describe('a TCP check on an IP address', () => {
  it('is given to Route 53 as ipAddress, not as a name to resolve (small fix in HealthChecks)', async () => {
    const { planExample } = await import('./plan-helpers.js');
    const plan = await planExample('online-shop');
    const check = plan.resources.find((r) => r.name === 'health-office-line');
    expect(check?.inputs['ipAddress']).toBe('203.0.113.10');
    expect(check?.inputs['fqdn']).toBeUndefined();
    expect(plan.resources.find((r) => r.name === 'health-shop-cart')?.inputs['fqdn']).toBe('www.samovar-tea.example');
  });
});
