/** Loads a blueprint through the real loader; a fixture that does not load is a broken test. */
import { join } from 'node:path';
import { loadBlueprintFile } from '../../loader/index';
import type { Model } from '../../model/model';

export function loadModel(file: string): Model {
  const result = loadBlueprintFile(file);
  if (!result.ok) {
    throw new Error(`${file} does not load:\n` + result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('\n'));
  }
  return result.model;
}

/**
 * The well-designed blueprint the analysis must find nothing in. It lives beside the analysis
 * tests: its status page is on a domain of its own, since one under the shop's domain goes dark
 * with it (PB150, as PB151 judges alert e-mail).
 */
export const WELL_DESIGNED = join(__dirname, '../fixtures/analysis/well-designed.yaml');
