/**
 * The name outputs give a blueprint. Outputs (the verdict, SARIF, the plan, the documents) name
 * the blueprint by its path relative to the root of its project (the nearest folder above it with
 * `.git` or `Pulumi.yaml`), with `/` separators, so the same file gives the same bytes whether the
 * command ran from the repository root, a subfolder, or with an absolute path; SARIF and GitHub
 * annotations need exactly that repository-relative path. Outside any project: the file name.
 * Diagnostics keep the path as typed, so a terminal can open it (printed with any control
 * character escaped: cli/terminal-text.ts).
 */
import { existsSync, realpathSync } from 'node:fs';
import * as path from 'node:path';
import type { Model, SourceLocator } from '../model/model';
import { STDIN_NAME } from '../loader/read-source';
import { visible } from './terminal-text';

const PROJECT_MARKERS = ['.git', 'Pulumi.yaml'];

function projectRoot(dir: string): string | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    if (PROJECT_MARKERS.some((m) => existsSync(path.join(at, m)))) return at;
    if (path.dirname(at) === at) return undefined;
  }
}

export function blueprintName(file: string): string {
  if (file === '-' || file === STDIN_NAME) return STDIN_NAME;
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    real = path.resolve(file);
  }
  const root = projectRoot(path.dirname(real));
  const relative = root === undefined ? path.basename(real) : path.relative(root, real);
  // The name is written into the outputs (plan.txt, the verdict): control characters in it are
  // written as visible escapes there too, so that printing such a file cannot drive a terminal.
  return visible(relative.split(path.sep).join('/'));
}

/** The same model, its source (and every position) named `name`. */
export function withSourceName(model: Model, name: string): Model {
  const source = model.source;
  if (source.file === name) return model;
  const renamed: SourceLocator = {
    file: name,
    ...(source.text !== undefined ? { text: source.text } : {}),
    locate: (pointer) => ({ ...source.locate(pointer), file: name }),
    locateKey: (pointer) => ({ ...source.locateKey(pointer), file: name }),
  };
  return { ...model, source: renamed };
}
