import { humanDuration, isCriticalOrHigh } from '../graph';
import { timeline } from '../timeline';
import { defineRule } from './rule';

/**
 * PB130: detection + DNS TTL + reaching someone who may switch + switch time exceeds the RTO.
 * Processes where nothing detects the failure or nobody can be reached are left to PB140/PB131.
 */
export const timeBudget = defineRule({
  code: 'PB130',
  name: 'recovery-slower-than-rto',
  severity: 'error',
  summary: 'Detection, DNS TTL, escalation and plan B switch time add up to more than the process\'s RTO.',
  why: 'Even if everyone does everything right, the process stays stopped longer than the business said it can afford.',
  fix: 'Check more often or with a lower failure threshold, put someone who may switch in the first alert stage, shorten TTLs or the switch, or raise the RTO knowingly.',
  run({ model, graph }, emit) {
    for (const p of model.processes) {
      if (!isCriticalOrHigh(p) || !p.planB) continue;
      const t = timeline(model, graph, p);
      if (t.total === undefined || t.total <= p.rto) continue;
      const parts = [
        `${humanDuration(t.detection!.seconds)} to notice`,
        ...(t.dnsTtl > 0 ? [`${humanDuration(t.dnsTtl)} of DNS TTL`] : []),
        `${humanDuration(t.reach!.seconds)} to reach ${t.reach!.person.name}`,
        `${humanDuration(t.switchTime)} to switch`,
      ];
      emit(p.path + '/rto', `${p.name} is back on its plan B after ${humanDuration(t.total)} at best (${parts.join(', ')}), longer than its RTO of ${humanDuration(p.rto)}.`);
    }
  },
});
