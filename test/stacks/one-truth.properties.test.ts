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
import { runtimeConfig } from '../../runtime/config';
import { probeAlarmId } from '../../stacks/map/alerts';
import { mapBackups } from '../../stacks/map/backup';
import { mapDomains } from '../../stacks/map/dns';
import { mapEndpoints, splitEndpoints } from '../../stacks/map/health';
import type { Notes } from '../../stacks/map/notes';
import { mapProbes, upProbe } from '../../stacks/map/probes';
import { mapStatusPage } from '../../stacks/map/status';
import { exampleText } from './plan-helpers';

type Data = Record<string, any>;
const example = yaml.load(exampleText('online-shop')) as Data;

const edits = fc.record({
  dns: fc.constantFrom(
    ['cloudflare', 'route53'],
    ['registrar'],
    ['cloudflare'],
    ['cloudflare', 'route53', 'registrar'],
    ['route53', 'other'],
  ),
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
      r.type !== 'CAA' ? [r] : e.caa === 'none' ? [] : [{ ...r, values: ['0 issue "letsencrypt.org"'] }],
    );
  }
  data.statusPage.hosting = e.hosting;
  data.monitoring.endpoints.forEach((ep: Data, i: number) => {
    const s = e.severities[i];
    if (s !== undefined) ep.severity = s;
  });
  data.alerts = data.alerts.filter((_: unknown, i: number) => e.keepRoutes[i] ?? true);
  return yaml.dump(data);
}

/** What the mapping builds (as stacks/build-stack.ts wires it), with the journal id of every alarm; throws where validate should have refused. */
function mapped(model: Model) {
  const notes: Notes = [];
  const { route53, probed } = splitEndpoints(model, mapEndpoints(model, notes));
  const domains = mapDomains(model, new Set(route53.map((x) => x.spec.id)));
  const probes = [...probed.map(upProbe), ...mapProbes(model, new Set(domains.map((d) => d.domain.name)))];
  const page = mapStatusPage(model, new Set([...route53.map((x) => x.spec.id), ...probed.map((x) => x.spec.id)]));
  const alarms = [
    ...route53.map((x) => ({ id: `endpoint:${x.spec.id}`, path: x.path })),
    ...probes.map((p) => ({ id: probeAlarmId(model, p), path: p.path })),
    ...mapBackups(model, notes).map((v) => ({ id: `backup:${v.data.id}/${v.copy.id}`, path: v.copy.path })),
  ];
  return { domains, page, alarms };
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
        const { domains, page, alarms } = mapped(model);
        const pager = runtimeConfig(model);
        const findings = analyze(model, { today: model.business.revised, only: ['PB132', 'PB153', 'PB162'] }).findings;
        const at = (code: string, pointer: string) => findings.some((f) => f.code === code && f.pointer === pointer);

        for (const d of model.domains) {
          const built = domains.some((m) => m.domain.name === d.name);
          expect(at('PB162', `${d.path}/dns`), d.name).toBe(!built || d.dns.some((p) => p !== 'cloudflare' && p !== 'route53'));
        }
        const statusPath = `${model.statusPage?.path}/hosting`;
        expect(page === undefined).toBe(at('PB153', statusPath));

        // The stack's alarms are the shared list's, and one the pager routes nowhere is a finding
        // at its line; one it routes is not (a route whose stages reach nobody is PB132 at the route).
        const key = (a: { id: string; path: string }) => `${a.id} ${a.path}`;
        expect(alarms.map(key).sort()).toEqual(builtAlarms(model).map(key).sort());
        for (const a of alarms) {
          const route = pager.alarms[a.id]?.route;
          expect(at('PB132', a.path), `${a.id}: routed to ${route ?? 'nobody'}`).toBe(route === undefined);
        }
      }),
      { numRuns: 150, seed: 20261202 },
    );
    expect(accepted).toBeGreaterThan(30);
  });
});
