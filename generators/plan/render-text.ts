/**
 * The plan as a text tree, for people and for review in CI: one line per resource (name, type,
 * provider), then its inputs, one per line. Tags are left out (every resource carries the same
 * planb:* tags; `--format json` has them), and long values are summarised by length and digest
 * so the tree stays readable while any change to them still changes the text.
 */
import { createHash } from 'node:crypto';
import type { Plan, PlanResource, PlanValue } from './types';
import { preflightText } from './preflight/render';
import { costLine } from './cost/estimate';

const HIDDEN_INPUTS = new Set(['tags', 'tagsAll']);
const MAX_VALUE = 100;

export function renderText(plan: Plan): string {
  const depth = depths(plan.resources);
  const lines: string[] = [];
  // Providers are custom resources to Pulumi but create nothing in the cloud: counted apart.
  const providers = plan.resources.filter((r) => r.type.startsWith('pulumi:providers:')).length;
  const cloud = plan.resources.filter((r) => r.custom).length - providers;
  const components = plan.resources.length - cloud - providers;
  const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
  lines.push(
    `Plan for ${plan.blueprint} (${plan.business}): ${count(cloud, 'cloud resource')} in ${count(components, 'component')}, through ${count(providers, 'provider')}`,
  );
  lines.push(phaseLine(plan.phase));
  lines.push(costLine(plan.cost));
  lines.push(...preflightText(plan.preflight));
  lines.push('');
  for (const r of plan.resources) {
    const pad = '  '.repeat(depth.get(r.urn) ?? 0);
    lines.push(`${pad}${r.name}  ${r.type}${r.provider !== '' ? `  via ${r.provider}` : ''}${r.protect === true ? '  protected' : ''}`);
    for (const key of Object.keys(r.inputs)) {
      if (HIDDEN_INPUTS.has(key)) continue;
      lines.push(`${pad}    ${key}: ${shortValue(r.inputs[key] as PlanValue)}`);
    }
  }
  if (plan.leftToOwner.length > 0) {
    lines.push('', 'Left to you (analysis findings: what the blueprint keeps outside this stack):');
    for (const n of plan.leftToOwner) lines.push(`  ${n}`);
  }
  if (plan.notes.length > 0) {
    lines.push('', 'Notes (where the stack differs from what the blueprint asks):');
    for (const n of plan.notes) lines.push(`  ${n}`);
  }
  return lines.join('\n') + '\n';
}

/** Which deploy phase the plan shows, and what comes next (docs/infrastructure.md, Deploy phases). */
export function phaseLine(phase: Plan['phase']): string {
  return phase === 'zones'
    ? 'Phase zones (first deploy): what works before delegation; after `pulumi up`, set the registrar to the name servers in `pulumi stack output nameServers`, then `pulumi config set planb:phase all`'
    : 'Phase all: everything (on a first deploy, plan and deploy --phase zones first)';
}

function depths(resources: readonly PlanResource[]): Map<string, number> {
  const d = new Map<string, number>();
  // Tree order puts every parent before its children.
  for (const r of resources) d.set(r.urn, r.parent === '' ? 0 : (d.get(r.parent) ?? -1) + 1);
  return d;
}

export function shortValue(v: PlanValue): string {
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  if (text.length <= MAX_VALUE && !text.includes('\n')) return text;
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 12);
  return `<${text.length} characters, sha256 ${digest}>`;
}
