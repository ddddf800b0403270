/**
 * The map's words beside the names (a process's level, a place's kind, a summary's counts) come
 * from the phrase table of the language it is drawn for: a Russian clinic's map read "critical"
 * and "office" in its Russian documents.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencyMap, toMermaid } from '../../../analysis/map';
import { MAP_LIMITS } from '../../../analysis/map/summary';
import { PHRASEBOOKS } from '../../../analysis/i18n';
import { documentFiles } from '../../../pipeline/documents';
import { buildModel } from '../build-model';
import { loadModel } from '../load';

const DENTAL = join(__dirname, '../../../blueprints/dental-clinic.yaml');

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

  it("is drawn in the owner's language in the documents", async () => {
    const files = await documentFiles(loadModel(DENTAL), {});
    const readme = files.find((f) => f.path === 'README.md')?.content ?? '';
    expect(readme).toContain('<small>критичный</small>');
    expect(readme).not.toContain('<small>critical</small>');
  });
});
