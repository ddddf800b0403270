/** Services may not depend on each other in a circle: the analysis could never say what fails first. */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';

export function checkDependencyCycles(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  // Edges keep the service and dependency index; the pointer is spelt only for a cycle found.
  const edges = new Map<string, { to: string; pointer: string }[]>();
  const services = (data as { services?: unknown } | null)?.services;
  if (!Array.isArray(services)) return;
  services.forEach((service: unknown, s) => {
    const id = (service as { id?: unknown } | null)?.id;
    const deps = (service as { dependsOn?: unknown } | null)?.dependsOn;
    if (typeof id !== 'string' || !Array.isArray(deps)) return;
    const list = edges.get(id) ?? [];
    deps.forEach((to: unknown, d) => {
      if (typeof to === 'string') list.push({ to, pointer: `/services/${s}/dependsOn/${d}` });
    });
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
