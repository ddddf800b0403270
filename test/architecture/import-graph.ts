/**
 * The repository's import picture, read with TypeScript's own pre-processor (static imports,
 * `export ... from`, `import()` and `require()`), for the architecture test. Only relative imports
 * between the repository's own source files count; packages and node: modules are outside it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';

/** File (repository-relative, forward slashes) -> the repository files it imports. */
export type ImportGraph = Map<string, string[]>;

function sourceFiles(root: string, folder: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, folder)).sort()) {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...sourceFiles(root, path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path.split(sep).join('/'));
  }
  return out;
}

function resolve(root: string, from: string, spec: string, known: ReadonlySet<string>): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = relative(root, join(root, dirname(from), spec))
    .split(sep)
    .join('/');
  return [`${base}.ts`, `${base}/index.ts`, base.replace(/\.js$/, '.ts')].find((c) => known.has(c));
}

/** Every .ts file under the given top-level folders, with the repository files each imports. */
export function readImportGraph(root: string, folders: readonly string[]): ImportGraph {
  const files = folders.flatMap((f) => sourceFiles(root, f));
  const known = new Set(files);
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    const targets = info.importedFiles.map((i) => resolve(root, file, i.fileName, known)).filter((t): t is string => t !== undefined);
    graph.set(file, [...new Set(targets)].sort());
  }
  return graph;
}

/** Imports from one top-level folder into another that is not on a lower floor. */
export function upwardImports(graph: ImportGraph, floors: Readonly<Record<string, number>>): string[] {
  const out: string[] = [];
  for (const [from, targets] of graph) {
    const a = from.split('/')[0] as string;
    for (const to of targets) {
      const b = to.split('/')[0] as string;
      if (a === b) continue;
      const fa = floors[a];
      const fb = floors[b];
      if (fa === undefined || fb === undefined) out.push(`${from} -> ${to}: ${fa === undefined ? a : b}/ has no floor`);
      else if (fb >= fa) out.push(`${from} -> ${to}: ${b}/ is not below ${a}/`);
    }
  }
  return out.sort();
}

/** The import cycles, each as its files (Tarjan's strongly connected components, iterative). */
export function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;
  for (const start of [...graph.keys()].sort()) {
    if (index.has(start)) continue;
    const work: { node: string; i: number }[] = [{ node: start, i: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const top = work[work.length - 1] as { node: string; i: number };
      const targets = graph.get(top.node) ?? [];
      if (top.i < targets.length) {
        const to = targets[top.i++] as string;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, i: 0 });
        } else if (onStack.has(to)) low.set(top.node, Math.min(low.get(top.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) === index.get(top.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== top.node);
        const selfLoop = (graph.get(top.node) ?? []).includes(top.node);
        if (component.length > 1 || selfLoop) cycles.push(component.sort());
      }
    }
  }
  return cycles;
}
