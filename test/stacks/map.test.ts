/** The pure mappings, model -> component args, on the examples and on edited copies. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../loader/index';
import type { Model } from '../../model/model';
import { mapEndpoints } from '../../stacks/map/health';
import { mapDomains } from '../../stacks/map/dns';
import { mapBackups } from '../../stacks/map/backup';
import { e164, stageContacts } from '../../stacks/map/contacts';
import { alarmNamePrefixes, mapAlerts, probeAlarmId } from '../../stacks/map/alerts';
import { runtimeConfig } from '../../runtime/config';
import { pagesOverTelegram } from '../../components/alerts/contract';
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
      id: 'shop-origin',
      type: 'HTTPS_STR_MATCH',
      fqdn: 'origin.samovar-tea.example',
      port: 443,
      path: '/health',
      searchString: '"db":"ok"',
      failureThreshold: 3,
      requestInterval: 30,
      regions: ['ap-southeast-1', 'eu-west-1', 'us-east-1'],
    });
    expect(eps.find((e) => e.spec.id === 'office-line')?.spec).toMatchObject({ type: 'TCP', fqdn: '203.0.113.10', port: 1194 });
    expect(eps.find((e) => e.spec.id === 'shop-cart')?.spec).toMatchObject({ type: 'HTTPS', path: '/cart/' });
    expect(eps.map((e) => e.spec.id)).not.toContain('dns-agree');
    expect(notes).toEqual([]);
  });

  it('checks a body over plain HTTP too (HTTP_STR_MATCH)', () => {
    // Without tlsDaysLeft: a plain-http URL has no certificate to watch (validate refuses it, PB042).
    const plain = (t: string) =>
      t
        .replace('url: https://origin.samovar-tea.example', 'url: http://origin.samovar-tea.example')
        .replace('maxResponseTime: 4s\n      tlsDaysLeft: 21\n', 'maxResponseTime: 4s\n');
    const eps = mapEndpoints(model('online-shop', plain), []);
    expect(eps.find((e) => e.spec.id === 'shop-origin')?.spec).toMatchObject({
      type: 'HTTP_STR_MATCH',
      port: 80,
      searchString: '"db":"ok"',
    });
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

describe('alerts', () => {
  it("gives the pager the routes as data, pages the first stages' e-mail and SMS when the pager fails, sends e-mail as the owner", () => {
    const notes: Notes = [];
    const m = model('online-shop', withTelegramChatIds);
    const a = mapAlerts(m, notes)!;
    expect(a.runtime).toEqual(runtimeConfig(m));
    expect(a.usesTelegram).toBe(true);
    expect(a.fallback.every((c) => c.channel === 'email' || c.channel === 'sms')).toBe(true);
    const firsts = new Set(m.alerts.flatMap((r) => r.stages[0]!.notify.map((p) => p.id)));
    expect(a.fallback.length).toBeGreaterThan(0);
    for (const c of a.fallback) expect(firsts.has(c.id.replace(/-(email|sms)$/, ''))).toBe(true);
    expect(a.emailFrom).toMatch(/@/);
  });

  it('asks for the Telegram secrets whenever the pager would send over Telegram, as the component and the functions judge it', () => {
    // Tom has no chat id of his own: the team's Telegram group reaches him, directly (stage via) or
    // as the SMS channel's backup; Lena, who has a chat id, is paged by SMS only. Before, the stack
    // looked at people's own chat ids in the stages alone, passed no bot token, and the component
    // refused to be built: planb plan and build exited 1 on a blueprint validate accepted.
    for (const via of ['[team-tg, team-sms]', '[team-sms]']) {
      const r = loadBlueprintText(telegramGroupBlueprint(via), 'telegram-group.yaml');
      if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
      const a = mapAlerts(r.model, [])!;
      expect(pagesOverTelegram(a.runtime)).toBe(true);
      expect(a.usesTelegram).toBe(true);
    }
  });

  it("lets the owner's e-mail and phone hear that the pager failed when every stage pages over Telegram only", () => {
    const text = readFileSync('test/fixtures/loader/pager-unheard.yaml', 'utf8').replace(
      '      - { kind: telegram, value: "5100050001" }',
      '      - { kind: telegram, value: "5100050001" }\n      - { kind: email, value: ann@barbers.example }\n      - { kind: phone, value: "+7 900 000-50-01" }',
    );
    const r = loadBlueprintText(text, 'telegram-only.yaml');
    if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
    expect(mapAlerts(r.model, [])?.fallback).toEqual([
      { id: 'ann-email', channel: 'email', address: 'ann@barbers.example' },
      { id: 'ann-sms', channel: 'sms', address: '+79000005001' },
    ]);
  });

  it('names each alarm by its blueprint id, as the journal does', () => {
    const m = model('online-shop');
    expect(probeAlarmId(m, { id: 'tls-shop-home' })).toBe('certificate:shop-home');
    expect(probeAlarmId(m, { id: 'dns-dns-agree' })).toBe('endpoint:dns-agree');
    expect(probeAlarmId(m, { id: 'business-orders-last-hour' })).toBe('check:orders-last-hour');
    const domain = m.domains[0]!.name;
    expect(probeAlarmId(m, { id: `domain-${domain.replace(/\./g, '-')}` })).toBe(`domain:${domain}`);
  });

  it('matches alarms by the first word of their components, a short list whatever their number', () => {
    expect(alarmNamePrefixes(['health', 'probes', 'backup-orders-offsite', 'backup-customers-bucket'])).toEqual([
      'backup-',
      'health-',
      'probes-',
    ]);
  });
});

describe('backups', () => {
  it('makes one data set per backup-bucket copy with the tightest RPO, the lock and the retention', () => {
    const vaults = mapBackups(model('online-shop'), []);
    expect(vaults.map((v) => v.name)).toEqual([
      'active-customers-bucket',
      'open-orders-bucket',
      'document-templates-bucket',
      'emergency-instructions-bucket',
    ]);
    const orders = vaults.find((v) => v.name === 'open-orders-bucket');
    expect(orders).toMatchObject({
      objectLock: { mode: 'GOVERNANCE', retentionDays: 14 },
      noncurrentVersionDays: 30,
      r2: true,
      severity: 'critical',
    });
    expect(orders?.rpoSeconds).toBe(
      Math.min(
        ...model('online-shop')
          .processes.filter((p) => p.data.some((d) => d.id === 'open-orders'))
          .map((p) => p.rpo),
      ),
    );
  });

  it('keeps old versions at least as long as the lock', () => {
    const notes: Notes = [];
    const m = model('online-shop', (t) =>
      t.replace(
        'objectLock: 14d\n        offProvider: true\n        retainVersions: 30d',
        'objectLock: 14d\n        offProvider: true\n        retainVersions: 7d',
      ),
    );
    expect(mapBackups(m, notes).find((v) => v.name === 'open-orders-bucket')?.noncurrentVersionDays).toBe(14);
    expect(notes.length).toBe(1);
  });
});

describe('dns, status page, resilience', () => {
  it('builds zones only for domains on both Cloudflare and Route 53, with failover guarded by the endpoint', () => {
    const m = model('b2b-portal', (t) =>
      t.replace(
        '    dns: [cloudflare, route53]\n    records:\n      - { name: "@", type: A, values: ["198.51.100.60"] }\n      - { name: www',
        '    dns: [registrar]\n    records:\n      - { name: "@", type: A, values: ["198.51.100.60"] }\n      - { name: www',
      ),
    );
    const domains = mapDomains(m, new Set(['portal-origin']));
    expect(domains.map((d) => d.name)).toEqual(['dns-nordkrep-example']);
    expect(domains[0]?.failover).toEqual([
      {
        endpointId: 'portal-origin',
        spec: {
          name: 'partners',
          type: 'CNAME',
          primaryValue: 'origin-partners.nordkrep.example',
          secondaryValue: 'maintenance.nordkrep.example',
          ttl: 60,
          monitor: { type: 'https', path: '/health' },
        },
      },
    ]);
    // The registrar-only domain is the owner's to run: no note here, the analysis' PB162 says so.
  });

  it('builds the status page only on AWS, from components with alarms', () => {
    expect(mapStatusPage(model('b2b-portal'), new Set(['portal-public']))).toBeUndefined();
    const page = mapStatusPage(model('online-shop'), new Set(['shop-home', 'payments-api', 'delivery-api']));
    expect(page?.domain).toBe('samovar-tea.example');
    expect(page?.components.map((c) => [c.id, c.endpointIds])).toEqual([
      ['shop', ['shop-home']],
      ['payments', ['payments-api']],
      ['delivery', ['delivery-api']],
    ]);
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
      "PB045 /domains/0/records/4 the CAA records of samovar-tea.example allow only letsencrypt.org, so AWS Certificate Manager cannot issue the status page's certificate and `pulumi up` fails",
    ]);
    // A CAA record on the status name itself decides before the apex's (RFC 8659).
    const ownRecord = (t: string) =>
      onlyLetsEncrypt(t).replace(
        '      - { name: origin,',
        '      - { name: status, type: CAA, values: ["0 issue \\"amazontrust.com\\""] }\n      - { name: origin,',
      );
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
    expect(
      sortNotes([
        { path: '/a/10', message: 'x' },
        { path: '/a/9', message: 'y' },
        { path: '/a', message: 'z' },
      ]).map((n) => n.path),
    ).toEqual(['/a', '/a/9', '/a/10']);
  });
});

describe('endpoints: Route 53 only where DNS failover needs it, the probe for the rest', () => {
  it('gives Route 53 only the failover endpoint; every other endpoint is an up check of the probe with its own alarm', async () => {
    const { planExample } = await import('./plan-helpers.js');
    const plan = await planExample('online-shop');
    const checks = plan.resources.filter((r) => r.type === 'aws:route53/healthCheck:HealthCheck').map((r) => r.name);
    const failover = model('online-shop').domains.flatMap((d) => d.failover.map((f) => `health-${f.check.id}`));
    expect(checks).toEqual(failover);
    const probed = model('online-shop').endpoints.filter((e) => e.check !== 'dns' && !failover.includes(`health-${e.id}`));
    expect(probed.length).toBeGreaterThan(0);
    for (const e of probed) expect(plan.resources.find((r) => r.name === `probes-up-${e.id}-alarm`)?.inputs['metricName']).toBe('Up');
  });

  it('a TCP check on an IP address is probed by address (the probe connects to it, nothing to resolve)', async () => {
    const { splitEndpoints } = await import('../../stacks/map/health.js');
    const { upProbe } = await import('../../stacks/map/probes.js');
    const m = model('online-shop');
    const office = splitEndpoints(m, mapEndpoints(m, [])).probed.find((e) => e.spec.id === 'office-line');
    expect(office && upProbe(office).check).toEqual({
      kind: 'tcp',
      host: '203.0.113.10',
      port: expect.any(Number),
      failures: expect.any(Number),
    });
  });
});

function telegramGroupBlueprint(firstVia: string): string {
  const backup = firstVia === '[team-sms]' ? ', backup: team-tg' : '';
  return `version: 1
business: { name: Candles, slug: candles, timezone: Europe/Berlin, owner: lena, revised: "2026-10-01" }
people:
  - id: lena
    name: Lena
    role: Owner
    contacts:
      - { kind: phone, value: "+49 151 0000 0001" }
      - { kind: email, value: lena@candles.example }
      - { kind: telegram, value: "123456789" }
  - id: tom
    name: Tom
    role: Warehouse
    contacts:
      - { kind: phone, value: "+49 151 0000 0002" }
services:
  - { id: shop, name: Shop, kind: shop, vendor: Shopco }
processes:
  - { id: orders, name: Orders, criticality: critical, rto: 4h, rpo: 1h, needs: [shop] }
monitoring:
  endpoints:
    - { id: shop-up, service: shop, url: "https://candles.example/" }
channels:
  - { id: team-tg, name: Team group, kind: telegram, audience: team, address: "-1001234567890", rallyPoint: true }
  - { id: team-sms, name: SMS, kind: sms, audience: team${backup} }
alerts:
  - id: on-call
    severity: critical
    stages:
      - { notify: [tom], via: ${firstVia} }
      - { notify: [lena], via: [team-sms], after: 10m }
`;
}
