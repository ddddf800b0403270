/**
 * The map's words beside the names (a process's level, a place's kind, a summary's counts) come
 * from the phrase table of the language it is drawn for: a Russian clinic's map read "critical"
 * and "office" in its Russian documents.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencyMap, toDot, toMermaid } from '../../../analysis/map';
import { MAP_LIMITS } from '../../../analysis/map/summary';
import { PHRASEBOOKS } from '../../../analysis/i18n';
import { documentFiles } from '../../../pipeline/documents';
import { buildModel } from '../build-model';
import { loadModel } from '../load';

const DENTAL = join(__dirname, '../../../blueprints/dental-clinic.yaml');
const SHOP = join(__dirname, '../../../blueprints/online-shop.yaml');

describe('the map in another language', () => {
  it('words levels and place kinds in the language asked for, English by default', () => {
    const model = loadModel(DENTAL);
    const ru = toMermaid(dependencyMap(model, undefined, PHRASEBOOKS.ru.map));
    expect(ru).toContain('<small>критичный</small>');
    expect(ru).toContain('<small>офис</small>');
    expect(ru).not.toMatch(/<small>(critical|high|office)<\/small>/);
    expect(toMermaid(dependencyMap(model))).toContain('<small>critical</small>');
  });

  it('words a summary map too', () => {
    const n = MAP_LIMITS.processes + 1;
    const model = buildModel({
      services: Array.from({ length: n }, (_, i) => ({ id: `s${i}` })),
      processes: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, needs: [`s${i}`] })),
    });
    const labels = dependencyMap(model, undefined, PHRASEBOOKS.ru.map).nodes.map((node) => `${node.label}: ${node.detail}`);
    expect(labels.some((l) => /процесс/.test(l))).toBe(true);
    expect(labels.join('\n')).not.toMatch(/processes|services|other vendors/);
  });

  it('words the plan B and standby arrows in both drawings', () => {
    const ru = dependencyMap(loadModel(SHOP), undefined, PHRASEBOOKS.ru.map);
    const { planB, standby } = PHRASEBOOKS.ru.map.arrows;
    for (const text of [toMermaid(ru), toDot(ru)]) {
      expect(text).toContain(planB);
      expect(text).toContain(standby);
      expect(text).not.toMatch(/plan B|standby/);
    }
    expect(toMermaid(ru)).toContain(`s_office_isp -. ${standby} .-> s_office_lte`);
    expect(toDot(ru)).toContain(`label="${planB}"`);
  });

  it("words a summary map's title and weighted arrows too", () => {
    const n = MAP_LIMITS.processes + 1;
    const model = buildModel({
      services: [...Array.from({ length: n }, (_, i) => ({ id: `s${i}` })), { id: 'phone' }],
      processes: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, needs: [`s${i}`], planB: { needs: ['phone'] } })),
    });
    const map = dependencyMap(model, undefined, PHRASEBOOKS.ru.map);
    expect(map.summary).toMatch(/^61 процесс, 62 сервиса: /);
    for (const text of [toMermaid(map), toDot(map)]) {
      expect(text).toMatch(new RegExp(`${PHRASEBOOKS.ru.map.arrows.planB} ×\\d+`));
      expect(text).not.toMatch(/plan B|summary|processes|services/);
    }
  });

  it("is drawn in the owner's language in the documents", async () => {
    const files = await documentFiles(loadModel(DENTAL), {});
    const readme = files.find((f) => f.path === 'README.md')?.content ?? '';
    expect(readme).toContain('<small>критичный</small>');
    expect(readme).not.toContain('<small>critical</small>');
    expect(readme).toContain(`-. ${PHRASEBOOKS.ru.map.arrows.planB} .->`);
    expect(files.map((f) => f.content).join('\n')).not.toMatch(/plan B|standby/);
  });
});
