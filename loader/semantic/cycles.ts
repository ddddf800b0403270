/**
 * References that must not go round in a circle: a service cannot need itself to work (dependsOn),
 * cannot stand in for itself (standby), and a channel cannot be its own way out when it is down
 * (backup). The analysis walks these links; a circle has no first failure and no way out.
 */
import type { Diagnostic, DiagnosticCode } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';

interface CycleRule {
  list: 'services' | 'channels';
  field: string;
  code: DiagnosticCode;
  message: (cycle: readonly string[]) => string;
  hint: string;
}

const RULES: readonly CycleRule[] = [
  {
    list: 'services',
    field: 'dependsOn',
    code: 'PB032',
    message: (c) => `services depend on each other in a circle: ${c.join(' -> ')}`,
    hint: 'remove the dependency that is not real; a service cannot need itself to work',
  },
  {
    list: 'services',
    field: 'standby',
    code: 'PB036',
    message: (c) =>
      c.length === 2 ? `service ${c[0]} is named as its own standby` : `standbys stand in for each other in a circle: ${c.join(' -> ')}`,
    hint: 'a standby is another service that takes over when this one is down; remove the link that points back',
  },
  {
    list: 'channels',
    field: 'backup',
    code: 'PB036',
    message: (c) =>
      c.length === 2 ? `channel ${c[0]} is named as its own backup` : `backup channels go round in a circle: ${c.join(' -> ')}`,
    hint: 'end the chain at a channel without a backup (a phone call, a printed list), so there is always a last resort',
  },
];

export function checkCycles(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  for (const rule of RULES) checkRule(data, rule, map, out);
}

type Edges = Map<string, { to: string; pointer: string }[]>;

/** Edges keep the element and reference index; the pointer is spelt only for a cycle found. */
function edgesOf(data: unknown, rule: CycleRule): Edges {
  const edges: Edges = new Map();
  const items = (data as Record<string, unknown> | null)?.[rule.list];
  if (!Array.isArray(items)) return edges;
  items.forEach((item: unknown, s) => {
    const id = (item as { id?: unknown } | null)?.id;
    const raw = (item as Record<string, unknown> | null)?.[rule.field];
    if (typeof id !== 'string') return;
    const list = edges.get(id) ?? [];
    const add = (to: unknown, pointer: string) => {
      if (typeof to === 'string') list.push({ to, pointer });
    };
    if (Array.isArray(raw)) raw.forEach((to: unknown, d) => add(to, `/${rule.list}/${s}/${rule.field}/${d}`));
    else add(raw, `/${rule.list}/${s}/${rule.field}`);
    edges.set(id, list);
  });
  return edges;
}

function checkRule(data: unknown, rule: CycleRule, map: YamlSourceMap, out: Diagnostic[]): void {
  const edges = edgesOf(data, rule);
  // Iterative colouring DFS (no recursion the input can deepen); each cycle is reported once,
  // at the edge that closes it.
  const state = new Map<string, 'open' | 'done'>();
  for (const start of [...edges.keys()].sort()) {
    if (state.has(start)) continue;
    const path: string[] = [start];
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1] as { id: string; next: number };
      const edge = (edges.get(top.id) ?? [])[top.next++];
      if (!edge) {
        state.set(top.id, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const s = state.get(edge.to);
      if (s === 'open') {
        const cycle = [...path.slice(path.indexOf(edge.to)), edge.to];
        out.push({
          ...map.locate(edge.pointer),
          severity: 'error',
          code: rule.code,
          pointer: edge.pointer,
          message: rule.message(cycle),
          hint: rule.hint,
        });
      } else if (s === undefined && edges.has(edge.to)) {
        state.set(edge.to, 'open');
        path.push(edge.to);
        stack.push({ id: edge.to, next: 0 });
      }
    }
  }
}
