import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencyMap, toDot, toMermaid, toSvg } from '../../../analysis/map';
import { buildModel } from '../build-model';
import { loadModel } from '../load';

const shared = buildModel({
  services: [{ id: 'hosting' }, { id: 'shop', dependsOn: ['hosting'] }, { id: 'crm', dependsOn: ['hosting'] }, { id: 'phone' }],
  processes: [
    { id: 'orders', needs: ['shop'], planB: { needs: ['phone'] } },
    { id: 'support', needs: ['crm'] },
    { id: 'billing', needs: ['hosting'] },
  ],
});

describe('dependency map', () => {
  it('marks the single points of failure, and only them', () => {
    const map = dependencyMap(shared);
    expect(map.nodes.filter((n) => n.spof).map((n) => n.key)).toEqual(['s_hosting']);
  });

  it('draws Mermaid with the plan B dashed and the single point in red', () => {
    const text = toMermaid(dependencyMap(shared));
    expect(text.startsWith('flowchart LR\n')).toBe(true);
    expect(text).toContain('p_orders -. plan B .-> s_phone');
    expect(text).toContain('s_shop --> s_hosting');
    expect(text).toContain('class s_hosting spof');
    // linkStyle counts edges in declaration order: find the plan B edge's index in the text.
    const edges = text.split('\n').filter((l) => /^ {2}\S+ (-->|-\.)/.test(l));
    const planB = edges.findIndex((l) => l.includes('plan B'));
    expect(text).toContain(`linkStyle ${planB} stroke:#2a7f2a`);
  });

  it('draws a standby as its own dashed edge in both drawings', () => {
    const m = loadModel(join(__dirname, '../../../blueprints/online-shop.yaml'));
    const text = toMermaid(dependencyMap(m));
    expect(text).toContain('s_office_isp -. standby .-> s_office_lte');
    expect(text).toMatch(/linkStyle \d+ stroke:#3366cc,stroke-dasharray/);
    expect(toDot(dependencyMap(m))).toContain('s_office_isp -> s_office_lte [style=dashed, color="#3366cc", label="standby"');
  });

  it('escapes quotes in Mermaid labels', () => {
    const m = buildModel({ services: [{ id: 'a' }], processes: [{ id: 'x', needs: ['a'] }] });
    m.processes[0]!.name = 'Say "hi" <now>';
    expect(toMermaid(dependencyMap(m))).toContain('Say #quot;hi#quot; #lt;now#gt;');
  });

  it('draws the same SVG twice, with the single point in red and dashed plan B edges', async () => {
    const model = loadModel(join(__dirname, '../../../blueprints/dental-clinic.yaml'));
    const a = await toSvg(dependencyMap(model));
    const b = await toSvg(dependencyMap(model));
    expect(a).toBe(b);
    expect(a).toContain('<svg');
    expect(a).toContain('#cc0000');
    expect(a).toContain('stroke-dasharray');
    expect(toDot(dependencyMap(model))).toContain('style=dashed');
  });
});
