/** Services may not depend on each other in a circle: the analysis could never say what fails first. */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { forEachMatch, forEachString } from './walk';

export function checkDependencyCycles(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  const edges = new Map<string, { to: string; pointer: string }[]>();
  forEachMatch(data, 'services/*', (service, servicePointer) => {
    const id = (service as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const list = edges.get(id) ?? [];
    // Pointers are built now: the walk's shared path is gone once it returns.
    forEachString(service, 'dependsOn/*', (to, depPointer) => list.push({ to, pointer: servicePointer() + depPointer() }));
    edges.set(id, list);
  });
  // Iterative colouring DFS; each cycle is reported once, at the edge that closes it.
  const state = new Map<string, 'open' | 'done'>();
  for (const start of [...edges.keys()].sort()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 'open');
    path.push(start);
    while (stack.length) {
      const top = stack[stack.length - 1] as { id: string; next: number };
      const out_ = edges.get(top.id) ?? [];
      const edge = out_[top.next++];
      if (!edge) {
        state.set(top.id, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const s = state.get(edge.to);
      if (s === 'open') {
        const cycle = [...path.slice(path.indexOf(edge.to)), edge.to];
        const pointer = edge.pointer;
        out.push({
          ...map.locate(pointer), severity: 'error', code: 'PB032', pointer,
          message: `services depend on each other in a circle: ${cycle.join(' -> ')}`,
          hint: 'remove the dependency that is not real; a service cannot need itself to work',
        });
      } else if (s === undefined && edges.has(edge.to)) {
        state.set(edge.to, 'open');
        path.push(edge.to);
        stack.push({ id: edge.to, next: 0 });
      }
    }
  }
}
