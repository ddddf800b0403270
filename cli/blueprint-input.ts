/**
 * What every command does with its blueprint argument: load it (a file, or `-` for standard
 * input), print the diagnostics, and hand on the model named for outputs (blueprint-name.ts).
 */
import { loadBlueprintFile, type Diagnostic } from '../loader/index';
import type { Model } from '../model/model';
import { blueprintName, withSourceName } from './blueprint-name';
import { diagnosticsText } from './print-diagnostics';
import { writeErr } from './terminal-text';

/** The model, or undefined after printing why the blueprint is refused (and `suffix`, if any). */
export function loadForCommand(file: string, suffix = ''): Model | undefined {
  const loaded = loadBlueprintFile(file);
  writeErr(diagnosticsText(loaded.diagnostics as Diagnostic[]));
  if (!loaded.ok) {
    if (suffix !== '') writeErr(`${file}: invalid; ${suffix}\n`);
    return undefined;
  }
  return withSourceName(loaded.model, blueprintName(file));
}

/** The blueprint as an input file for output checks; standard input is no file. */
export function inputFiles(file: string): string[] {
  return file === '-' ? [] : [file];
}
