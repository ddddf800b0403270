/**
 * One truth between the verdict and the plan (issue 10): for any blueprint validate accepts, the
 * stack mapping never meets something validate should have refused (refusedByLoader throws), and
 * everything the mapping leaves out is a finding the analysis reports at the same place: a zone
 * not built (PB162), a status page hosted elsewhere (PB153), an alarm no route carries (PB132).
 * The blueprints are the online shop with the fields that decide these edited at random.
 */
import fc from 'fast-check';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis';
import { loadBlueprintText } from '../../loader/index';
import { builtAlarms } from '../../model/alarms';
import type { Model } from '../../model/model';
import { mapRoutes, routeCarries, type AlarmRef } from '../../stacks/map/alerts';
import { mapBackups } from '../../stacks/map/backup';
import { mapDomains } from '../../stacks/map/dns';
import { mapEndpoints } from '../../stacks/map/health';
import type { Notes } from '../../stacks/map/notes';
import { mapProbes } from '../../stacks/map/probes';
import { mapStatusPage } from '../../stacks/map/status';
import { exampleText } from './plan-helpers';

type Data = Record<string, any>;
const example = yaml.load(exampleText('online-shop')) as Data;

const edits = fc.record({
  dns: fc.constantFrom(['cloudflare', 'route53'], ['registrar'], ['cloudflare'], ['cloudflare', 'route53', 'registrar'], ['route53', 'other']),
  keepFailover: fc.boolean(),
  hosting: fc.constantFrom('aws', 'cloudflare', 'other'),
  caa: fc.constantFrom('keep', 'letsencrypt-only', 'none'),
  severities: fc.array(fc.constantFrom('critical', 'warning', 'info', undefined), { minLength: 12, maxLength: 12 }),
  keepRoutes: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  dnsCheckOn: fc.constantFrom('www.samovar-tea.example', 'keep'),
});

function edited(e: typeof edits extends fc.Arbitrary<infer T> ? T : never): string {
  const data = structuredClone(example);
  const domain = data.domains[0];
  domain.dns = e.dns;
  if (!e.keepFailover) delete domain.failover;
  if (e.caa !== 'keep') {
    domain.records = domain.records.flatMap((r: Data) =>
      r.type !== 'CAA' ? [r] : e.caa === 'none' ? [] : [{ ...r, values: ['0 issue "letsencrypt.org"'] }]);
  }
  data.statusPage.hosting = e.hosting;
  data.monitoring.endpoints.forEach((ep: Data, i: number) => {
    const s = e.severities[i];
    if (s !== undefined) ep.severity = s;
  });
  data.alerts = data.alerts.filter((_: unknown, i: number) => e.keepRoutes[i] ?? true);
  return yaml.dump(data);
}

/** What the mapping builds, with every alarm it routes; throws where validate should have refused. */
function mapped(model: Model) {
  const notes: Notes = [];
  const endpoints = mapEndpoints(model, notes);
  const domains = mapDomains(model, new Set(endpoints.map((x) => x.spec.id)));
  const probes = mapProbes(model, new Set(domains.map((d) => d.domain.name)));
  const page = mapStatusPage(model, new Set(endpoints.map((x) => x.spec.id)));
  const routes = mapRoutes(model, notes);
  const alarms: AlarmRef[] = [
    ...endpoints.map((x) => ({ key: x.spec.id, severity: x.severity, processes: x.processes, path: x.path })),
    ...probes.map((p) => ({ key: p.id, severity: p.severity, processes: p.processes, path: p.path })),
    ...mapBackups(model, notes).map((v) => ({ key: v.name, severity: v.severity, processes: v.processes, path: v.copy.path })),
  ];
  return { domains, page, routes, alarms };
}

describe('one truth: what the plan leaves out, the analysis reports', () => {
  it('holds for every edited blueprint that validate accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(edits, (e) => {
        const result = loadBlueprintText(edited(e), 'blueprints/online-shop.yaml');
        if (!result.ok) return;
        accepted++;
        const model = result.model;
        const { domains, page, routes, alarms } = mapped(model);
        const findings = analyze(model, { today: model.business.revised, only: ['PB132', 'PB153', 'PB162'] }).findings;
        const at = (code: string, pointer: string) => findings.some((f) => f.code === code && f.pointer === pointer);

        for (const d of model.domains) {
          const built = domains.some((m) => m.domain.name === d.name);
          expect(at('PB162', `${d.path}/dns`), d.name).toBe(!built || d.dns.some((p) => p !== 'cloudflare' && p !== 'route53'));
        }
        const statusPath = `${model.statusPage?.path}/hosting`;
        expect(page === undefined).toBe(at('PB153', statusPath));

        // The stack's alarms are the shared list's, and one that no route carries is a finding.
        expect(alarms.map((a) => a.path).sort()).toEqual(builtAlarms(model).map((a) => a.path).sort());
        for (const a of alarms) {
          const carried = routes.some((r) => r.stages.length > 0 && routeCarries(r, a));
          const nobodyOnCarryingRoutes = routes.filter((r) => routeCarries(r, a)).every((r) => at('PB132', `${r.path}/stages`));
          if (!carried) expect(at('PB132', a.path) || (routes.some((r) => routeCarries(r, a)) && nobodyOnCarryingRoutes), `${a.key} reaches nobody`).toBe(true);
          else expect(at('PB132', a.path), `${a.key} is carried`).toBe(false);
        }
      }),
      { numRuns: 150, seed: 20261202 },
    );
    expect(accepted).toBeGreaterThan(30);
  });
});
