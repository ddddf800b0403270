/** The simulation, for people (text, colour optional) and for machines (JSON), in the simulation's language. */
import { SIMULATION_WORDS, type SimulationWords } from '../i18n/simulation-words';
import type { ProcessResult, Simulation } from '../simulate';

export function formatSimulationJson(sim: Simulation): string {
  return JSON.stringify(sim, null, 2) + '\n';
}

type Paint = (code: number, s: string) => string;

export function formatSimulationText(sim: Simulation, options: { color: boolean }): string {
  const c: Paint = (code, s) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const w = SIMULATION_WORDS[sim.locale].report;
  const out: string[] = [];
  out.push(w.failing(sim.failed.map((f) => `${f.label} [${w.kind[f.kind]}]`).join(', ') || w.nothing));
  if (sim.unknown.length) out.push(c(31, w.unknown(sim.unknown)));
  out.push('', w.servicesDown(sim.servicesDown.length));
  for (const s of sim.servicesDown) out.push(`  ${s.name}: ${s.cause}`);
  if (sim.channelsDown.length) out.push('', w.channelsDown(sim.channelsDown));
  out.push('', w.processes);
  for (const p of sim.processes) out.push(...processLines(p, c, w));
  if (sim.alerts.length) out.push('', w.alerts);
  for (const a of sim.alerts) {
    out.push(`  ${w.route(a.route, a.severity, a.triggeredBy)}`);
    for (const s of a.stages) {
      const who = s.notify
        .map((n) => (n.reachable ? n.name : c(31, n.why === 'failed' ? w.unreachable(n.name) : w.noAddress(n.name, s.via.length))))
        .join(', ');
      out.push(`    +${w.duration(s.at)}: ${who} ${s.via.length ? w.via(s.via) : c(31, w.noWorkingChannel)}`);
    }
  }
  if (sim.data.length) out.push('', w.dataDown);
  for (const d of sim.data) {
    out.push(`  ${w.data(d.name, d.source)}: ${d.usableCopies.length ? w.readableFrom(d.usableCopies) : c(31, w.noCopy)}`);
  }
  const stopped = sim.processes.filter((p) => p.outcome === 'stopped').length;
  const onB = sim.processes.filter((p) => p.outcome === 'plan-b').length;
  const late = sim.processes.filter((p) => p.withinRto === false).length;
  out.push('', w.summary(stopped, onB, late, sim.processes.length - stopped - onB));
  return out.join('\n') + '\n';
}

function processLines(p: ProcessResult, c: Paint, w: SimulationWords['report']): string[] {
  const head = `  ${p.name} (${w.criticality[p.criticality]})`;
  if (p.outcome === 'running') return [`${head}: ${c(32, w.keepsRunning)}`];
  if (p.outcome === 'stopped') return [`${head}: ${c(31, w.stops)}, ${p.reason}; ${w.down(p.down)}`];
  const r = p.recovery!;
  const state =
    r.total === undefined
      ? c(33, w.onPlanBTimeUnknown(r.detection ? w.nobodyAlerted : r.unheard ? w.customersFirst(r.unheard) : w.nothingDetects))
      : `${c(33, w.onPlanB)} ${p.withinRto ? w.after(r.total, p.rto) : c(31, w.laterThanRto(r.total, p.rto))}`;
  const lines = [`${head}: ${state}; ${w.down(p.down)}`];
  lines.push(`    ${p.planB!.summary}` + (p.planB!.capacity ? w.capacity(p.planB!.capacity) : ''));
  if (r.total !== undefined) {
    lines.push(
      `    ${w.parts({ detection: r.detection!.seconds, by: r.detection!.by, dnsTtl: r.dnsTtl, reach: r.reach!.seconds, person: r.reach!.person, how: r.reach!.how, switchTime: r.switchTime })}`,
    );
  }
  return lines;
}
