/**
 * A Markdown summary of the plan for the owner's documents: how many resources of each kind, and
 * what each component brings. Counts, not inputs: the documents explain, the plan itemises.
 */
import type { Plan, PlanResource } from './types';
import { preflightMarkdown } from './preflight/render';
import { phaseLine } from './render-text';
import { costLine } from './cost/estimate';

export function renderMarkdown(plan: Plan): string {
  const custom = plan.resources.filter((r) => r.custom && !r.type.startsWith('pulumi:providers:'));
  const out: string[] = [];
  out.push(`# Infrastructure plan: ${plan.business}`, '');
  out.push(`Built from \`${plan.blueprint}\`: ${custom.length} cloud resources.`, '');
  out.push(`${phaseLine(plan.phase)}.`, '');
  out.push(...preflightMarkdown(plan.preflight), '');
  out.push('## Estimated monthly cost', '', `${costLine(plan.cost)}.`, '', '| What | Count | USD a month |', '| --- | ---: | ---: |');
  for (const i of plan.cost.items) out.push(`| ${i.what} | ${i.count} | ${i.monthly.toFixed(2)} |`);
  out.push('');
  out.push('## Resources by type', '', '| Type | Count |', '| --- | ---: |');
  for (const [type, n] of counted(custom.map((r) => r.type))) out.push(`| \`${type}\` | ${n} |`);
  out.push('', '## Resources by component', '', '| Component | Type | Resources |', '| --- | --- | ---: |');
  for (const c of plan.resources.filter((r) => !r.custom && r.parent === '')) {
    out.push(`| ${c.name} | \`${c.type}\` | ${descendants(plan.resources, c.urn)} |`);
  }
  const providers = plan.resources.filter((r) => r.type.startsWith('pulumi:providers:'));
  out.push('', '## Providers', '');
  for (const p of providers) {
    const region = typeof p.inputs['region'] === 'string' ? ` (${p.inputs['region']})` : '';
    out.push(`- ${p.name}: \`${p.type.slice('pulumi:providers:'.length)}\`${region}`);
  }
  if (plan.leftToOwner.length > 0) {
    out.push('', '## Left to you', '', 'Analysis findings: what the blueprint keeps outside this stack.', '');
    for (const n of plan.leftToOwner) out.push(`- ${n}`);
  }
  if (plan.notes.length > 0) {
    out.push('', '## Where the stack differs from the blueprint', '');
    for (const n of plan.notes) out.push(`- ${n}`);
  }
  return out.join('\n') + '\n';
}

function counted(types: readonly string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const t of types) m.set(t, (m.get(t) ?? 0) + 1);
  return [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

function descendants(resources: readonly PlanResource[], urn: string): number {
  const inside = new Set([urn]);
  let n = 0;
  // Tree order: a child always follows its parent, so one pass finds every descendant.
  for (const r of resources) {
    if (inside.has(r.parent)) {
      inside.add(r.urn);
      if (r.custom) n++;
    }
  }
  return n;
}
