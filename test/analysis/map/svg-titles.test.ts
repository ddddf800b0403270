/** What the owner reads on hovering over the map: the words drawn there, never Plan B's internal names. */
import { describe, expect, it } from 'vitest';
import { dependencyMap, toSvg } from '../../../analysis/map';
import { buildModel } from '../build-model';

const model = buildModel({
  services: [{ id: 'hosting', vendor: 'R&D <Hosting>' }, { id: 'shop', dependsOn: ['hosting'], vendor: 'R&D <Hosting>' }, { id: 'phone' }],
  processes: [{ id: 'orders', needs: ['shop'], planB: { needs: ['phone'] } }],
});

const titles = (svg: string) => [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);

describe('map titles', () => {
  it('names each box, arrow and vendor group as the map draws it', async () => {
    const svg = await toSvg(dependencyMap(model));
    const found = titles(svg);
    expect(found).toContain('Process orders');
    expect(found).toContain('Service shop');
    expect(found).toContain('Process orders \u2192 Service shop');
    expect(found).toContain('Service shop \u2192 Service hosting');
    // The vendor that runs two services is a group; its name is escaped, not markup.
    expect(found).toContain('R&amp;D &lt;Hosting&gt;');
    // No internal name is left: keys (p_, s_, cluster_), arrows between keys, the graph's own name.
    expect(found.filter((t) => /\b(p|s|l|v)_|cluster_|&#45;&gt;|planb/.test(t ?? ''))).toEqual([]);
    expect(found).toContain('');
  });
});
