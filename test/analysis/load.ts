/** Loads a blueprint through the real loader; a fixture that does not load is a broken test. */
import { loadBlueprintFile } from '../../loader/index';
import type { Model } from '../../model/model';

export function loadModel(file: string): Model {
  const result = loadBlueprintFile(file);
  if (!result.ok) {
    throw new Error(`${file} does not load:\n` + result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('\n'));
  }
  return result.model;
}
