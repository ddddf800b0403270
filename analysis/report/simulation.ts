/** The simulation, for people (text, colour optional) and for machines (JSON). */
import { humanDuration } from '../graph';
import type { ProcessResult, Simulation } from '../simulate';

export function formatSimulationJson(sim: Simulation): string {
  return JSON.stringify(sim, null, 2) + '\n';
}

export function formatSimulationText(sim: Simulation, options: { color: boolean }): string {
  const c = (code: number, s: string): string => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  out.push(`Failing: ${sim.failed.map((f) => `${f.label} [${f.kind}]`).join(', ') || 'nothing'}`);
  if (sim.unknown.length) out.push(c(31, `Unknown (not a service, vendor, place or person): ${sim.unknown.join(', ')}`));
  out.push('', `Services down (${sim.servicesDown.length})`);
  for (const s of sim.servicesDown) out.push(`  ${s.name}: ${s.cause}`);
  if (sim.channelsDown.length) out.push('', `Channels down: ${sim.channelsDown.join(', ')}`);
  out.push('', 'Processes');
  for (const p of sim.processes) out.push(...processLines(p, c));
  if (sim.alerts.length) out.push('', 'Alerts');
  for (const a of sim.alerts) {
    out.push(`  route ${a.route} (${a.severity}), fired by ${a.triggeredBy.join(', ')}`);
    for (const s of a.stages) {
      const who = s.notify.map((n) => (n.reachable ? n.name : `${n.name} (unreachable)`)).join(', ');
      out.push(`    +${humanDuration(s.at)}: ${who} via ${s.via ?? c(31, 'no working channel')}`);
    }
  }
  if (sim.data.length) out.push('', 'Data whose source is down');
  for (const d of sim.data) {
    out.push(`  ${d.name} (in ${d.source}): ${d.usableCopies.length ? 'readable from ' + d.usableCopies.join('; ') : c(31, 'no copy can be read')}`);
  }
  const stopped = sim.processes.filter((p) => p.outcome === 'stopped').length;
  const onB = sim.processes.filter((p) => p.outcome === 'plan-b').length;
  const late = sim.processes.filter((p) => p.withinRto === false).length;
  out.push('', `${stopped} stopped, ${onB} on plan B (${late} later than the RTO), ${sim.processes.length - stopped - onB} unaffected`);
  return out.join('\n') + '\n';
}

function processLines(p: ProcessResult, c: (code: number, s: string) => string): string[] {
  const head = `  ${p.name} (${p.criticality})`;
  if (p.outcome === 'running') return [`${head}: ${c(32, 'keeps running')}`];
  if (p.outcome === 'stopped') return [`${head}: ${c(31, 'STOPS')}, ${p.reason}; down: ${p.down.join(', ')}`];
  const r = p.recovery!;
  const when = r.total === undefined
    ? c(33, 'time unknown: ' + (r.detection ? 'nobody who may switch is alerted'
      : r.unheard ? `customers notice first (the alerts of ${r.unheard.join(', ')} reach nobody)` : 'nothing detects the failure'))
    : `after ${humanDuration(r.total)}` + (p.withinRto ? ` (RTO ${humanDuration(p.rto)})` : c(31, ` - later than its RTO of ${humanDuration(p.rto)}`));
  const lines = [`${head}: ${c(33, 'on plan B')} ${when}; down: ${p.down.join(', ')}`];
  lines.push(`    ${p.planB!.summary}` + (p.planB!.capacity ? ` Capacity: ${p.planB!.capacity}` : ''));
  if (r.total !== undefined) {
    lines.push(`    ${humanDuration(r.detection!.seconds)} to notice (${r.detection!.by}), ` +
      (r.dnsTtl ? `${humanDuration(r.dnsTtl)} DNS TTL, ` : '') +
      `${humanDuration(r.reach!.seconds)} to reach ${r.reach!.person} (${r.reach!.how}), ${humanDuration(r.switchTime)} to switch`);
  }
  return lines;
}
