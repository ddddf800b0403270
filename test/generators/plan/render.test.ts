/** Renderers and value recording on hand-made plans: exact output, so any change is seen. */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../generators/plan/render-markdown';
import { renderText, shortValue } from '../../../generators/plan/render-text';
import { treeOrder } from '../../../generators/plan/run';
import { planValue } from '../../../generators/plan/values';
import type { Plan, PlanResource } from '../../../generators/plan/types';
import type { PreflightFinding } from '../../../generators/plan/preflight/types';

const res = (name: string, type: string, parent = '', extra: Partial<PlanResource> = {}): PlanResource => ({
  urn: `urn:${name}`,
  type,
  name,
  parent,
  provider: '',
  custom: true,
  inputs: {},
  ...extra,
});

const resources = [
  res('zone', 'aws:route53/zone:Zone', 'urn:dns', {
    provider: 'aws-primary',
    inputs: { name: 'example.com', tags: { 'planb:business': 'b' } },
  }),
  res('aws-primary', 'pulumi:providers:aws', '', { custom: true, inputs: { region: 'eu-central-1' } }),
  res('dns', 'planb:dns:RedundantDns', '', { custom: false }),
  res('a-record', 'aws:route53/record:Record', 'urn:dns', { provider: 'aws-primary', inputs: { records: ['192.0.2.1'] } }),
];

const finding: PreflightFinding = {
  code: 'PF002',
  severity: 'error',
  message: 'zone: a | name too long',
  resource: 'zone',
  location: 'b.yaml:9:3',
  rule: 'a rule',
  doc: 'https://docs.example/rule',
};

const plan: Plan = {
  blueprint: 'b.yaml',
  business: 'b',
  resources: treeOrder(resources),
  notes: ['b.yaml:3:4: a wait is bounded'],
  leftToOwner: ['b.yaml:7:2: PB153 The status page is hosted elsewhere.'],
  phase: 'all',
  cost: { prices: '2026-12-02', currency: 'USD', monthly: 0.5, items: [{ what: 'Route 53 hosted zones', count: 1, monthly: 0.5 }] },
  preflight: { today: '2026-12-02', findings: [finding] },
};

describe('treeOrder', () => {
  it('puts parents first and sorts siblings by name, whatever the registration order', () => {
    expect(plan.resources.map((r) => r.name)).toEqual(['aws-primary', 'dns', 'a-record', 'zone']);
    expect(treeOrder([...resources].reverse())).toEqual(plan.resources);
  });
});

describe('renderText', () => {
  it('indents children, hides tags, lists notes', () => {
    expect(renderText(plan)).toBe(
      [
        'Plan for b.yaml (b): 2 cloud resources in 1 component, through 1 provider',
        'Phase all: everything (on a first deploy, plan and deploy --phase zones first)',
        'Estimated cost: 0.50 USD a month (list prices checked 2026-12-02; usage-priced services and backup storage not included)',
        'Preflight as of 2026-12-02: 1 error, 0 warnings',
        '  b.yaml:9:3: PF002 error: zone: a | name too long',
        '      rule: a rule',
        '      see: https://docs.example/rule',
        '',
        'aws-primary  pulumi:providers:aws',
        '    region: eu-central-1',
        'dns  planb:dns:RedundantDns',
        '  a-record  aws:route53/record:Record  via aws-primary',
        '      records: ["192.0.2.1"]',
        '  zone  aws:route53/zone:Zone  via aws-primary',
        '      name: example.com',
        '',
        'Left to you (analysis findings: what the blueprint keeps outside this stack):',
        '  b.yaml:7:2: PB153 The status page is hosted elsewhere.',
        '',
        'Notes (where the stack differs from what the blueprint asks):',
        '  b.yaml:3:4: a wait is bounded',
        '',
      ].join('\n'),
    );
  });

  it('summarises long values by length and digest, so a change still shows', () => {
    const long = 'x'.repeat(150);
    expect(shortValue(long)).toMatch(/^<150 characters, sha256 [0-9a-f]{12}>$/);
    expect(shortValue(long)).not.toBe(shortValue(`${long}y`.slice(1)));
  });
});

describe('renderMarkdown', () => {
  it('counts resources by type and by component, and lists providers and notes', () => {
    const md = renderMarkdown(plan);
    expect(md).toContain('| `aws:route53/record:Record` | 1 |');
    expect(md).toContain('| dns | `planb:dns:RedundantDns` | 2 |');
    expect(md).toContain('- aws-primary: `aws` (eu-central-1)');
    expect(md).toContain('- b.yaml:3:4: a wait is bounded');
    expect(md).toContain('## Left to you');
    expect(md).toContain('- b.yaml:7:2: PB153 The status page is hosted elsewhere.');
    expect(md).toContain('Built from `b.yaml`: 2 cloud resources.');
    expect(md).toContain('Preflight as of 2026-12-02: 1 error, 0 warnings.');
    expect(md).toContain('| Route 53 hosted zones | 1 | 0.50 |');
    expect(md).toContain('| b.yaml:9:3 | PF002 | error | zone: a \\| name too long | [a rule](https://docs.example/rule) |');
  });
});

describe('planValue', () => {
  it('masks secrets, marks unknowns, names archives and sorts keys', () => {
    const secret = { '4dabf18193072939515e22adb298388d': '1b47061264138c4ac30d75fd1eb44270', value: 'hunter2' };
    expect(
      planValue({ b: secret, a: '04da6b54-80e4-46f7-96ec-b56ff0331ba9', c: { __pulumiArchive: true, assets: {} }, d: undefined }),
    ).toEqual({
      a: '(known after apply)',
      b: '[secret]',
      c: '[archive]',
    });
    expect(JSON.stringify(planValue({ z: 1, a: [secret] }))).toBe('{"a":["[secret]"],"z":1}');
  });
});
