/**
 * Loading the blueprint inside the Pulumi program. An invalid blueprint must fail `pulumi preview`
 * with the same file:line:column lines `planb validate` prints, so the error message is exactly
 * those lines and nothing else (no stack trace to wade through in a CI log).
 */
import * as pulumi from '@pulumi/pulumi';
import { loadBlueprintFile, formatDiagnostic } from '../loader/index';
import type { Model } from '../model/model';
import type { MappingNote } from './map/notes';

/**
 * A pulumi.RunError: Pulumi's program runner prints a RunError's message alone, where any other
 * error gets "failed with an unhandled exception" and its stack.
 */
export class BlueprintLoadError extends pulumi.RunError {
  constructor(message: string) {
    super(message);
    this.name = 'BlueprintLoadError';
  }
}

export function loadModelOrThrow(file: string): Model {
  const result = loadBlueprintFile(file);
  if (!result.ok) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    throw new BlueprintLoadError(errors.map(formatDiagnostic).join('\n'));
  }
  return result.model;
}

/** A mapping note as `file:line:column: message`, the form every Plan B message takes. */
export function formatNote(model: Model, n: MappingNote): string {
  const at = model.source.locate(n.path);
  return `${at.file}:${at.line}:${at.column}: ${n.message}`;
}

/**
 * Any error while building the stack (a component refusing its arguments, missing config) as a
 * RunError naming the blueprint: Pulumi prints its message alone, with no stack trace.
 */
export function stackBuildError(blueprint: string, error: unknown): pulumi.RunError {
  if (error instanceof pulumi.RunError) return error;
  return new BlueprintLoadError(`${blueprint}: the stack cannot be built: ${error instanceof Error ? error.message : String(error)}`);
}
