/**
 * The readiness score: the outage checklist of the brief, one line per item, each with the
 * evidence it was judged on. Read from the model and the findings (so the two never disagree).
 */
import type { Model } from '../model/model';
import { isCriticalOrHigh } from './graph';
import { MINIMUM_SET, MINIMUM_WORDS, hasOfflineCopy } from './rules/minimum-set-offline';
import type { Finding, RuleCode } from './types';

export type CheckStatus = 'pass' | 'partial' | 'fail';

export interface ReadinessItem {
  id: string;
  title: string;
  status: CheckStatus;
  evidence: string;
}

export interface Readiness {
  /** 0..100: pass counts 1, partial 0.5. */
  score: number;
  items: ReadinessItem[];
}

const POINTS: Record<CheckStatus, number> = { pass: 1, partial: 0.5, fail: 0 };

export function readiness(model: Model, findings: readonly Finding[]): Readiness {
  const has = (code: RuleCode): number => findings.filter((f) => f.code === code).length;
  const important = model.processes.filter(isCriticalOrHigh);
  const withPlanB = important.filter((p) => p.planB);
  const items: ReadinessItem[] = [];
  const add = (id: string, title: string, status: CheckStatus, evidence: string): void => {
    items.push({ id, title, status, evidence });
  };

  add('critical-processes', 'Critical processes named', important.length > 0 ? 'pass' : 'fail',
    important.length > 0 ? `${important.length} critical or high: ${important.map((p) => p.name).join(', ')}` : 'no process is marked critical or high');

  const spof = has('PB101');
  add('shared-failure-points', 'Shared failure points found and covered', spof === 0 ? 'pass' : 'fail',
    spof === 0 ? 'no single point stops two important processes' : `${spof} single point(s) of failure (PB101)`);

  const shared = has('PB103');
  const allB = withPlanB.length === important.length && important.length > 0;
  add('plan-b', 'A plan B per critical process',
    allB && shared === 0 ? 'pass' : withPlanB.length > 0 ? 'partial' : 'fail',
    `${withPlanB.length} of ${important.length} have a plan B` + (shared > 0 ? `; ${shared} fail with the normal path (PB103)` : ''));

  const parts = MINIMUM_SET.filter((m) => model.data.some((d) => d.minimum === m && hasOfflineCopy(d)));
  const stale = has('PB122');
  add('local-copies', 'Current local copies of the minimum data',
    parts.length === MINIMUM_SET.length && stale === 0 ? 'pass' : parts.length > 0 ? 'partial' : 'fail',
    `offline: ${parts.map((m) => MINIMUM_WORDS[m]).join(', ') || 'none'}` +
      (parts.length < MINIMUM_SET.length ? `; missing: ${MINIMUM_SET.filter((m) => !parts.includes(m)).map((m) => MINIMUM_WORDS[m]).join(', ')}` : '') +
      (stale > 0 ? `; ${stale} copied less often than the RPO (PB122)` : ''));

  const rally = model.channels.filter((c) => c.rallyPoint && c.audience === 'team');
  const rallyOk = rally.some((c) => c.backup);
  const customersOk = model.channels.some((c) => c.audience === 'customers' && c.backup);
  add('backup-channels', 'Backup channels for the team and customers',
    rallyOk && customersOk && has('PB152') === 0 ? 'pass' : rally.length > 0 || customersOk ? 'partial' : 'fail',
    `rally point: ${rally.length > 0 ? rally.map((c) => c.name + (c.backup ? ` (backup ${c.backup.name})` : ' (no backup)')).join(', ') : 'none'}; ` +
      `customer line with a backup: ${customersOk ? 'yes' : 'no'}`);

  const people = new Set(model.escalation.map((s) => s.person)).size;
  const messages = important.filter((p) => p.customerMessage).length;
  add('escalation-and-messages', 'Escalation order and ready customer messages',
    people >= 2 && messages === important.length ? 'pass' : people >= 1 || messages > 0 ? 'partial' : 'fail',
    `${people} people in the escalation order; ${messages} of ${important.length} important processes have a customer message`);

  const instructions = model.data.some((d) => d.minimum === 'instructions' && hasOfflineCopy(d));
  const steps = withPlanB.filter((p) => (p.planB?.steps.length ?? 0) > 0).length;
  add('instructions', 'Instructions given to the team',
    instructions && steps === important.length ? 'pass' : instructions || steps > 0 ? 'partial' : 'fail',
    `emergency instructions offline: ${instructions ? 'yes' : 'no'}; written plan B steps for ${steps} of ${important.length}`);

  const drills = model.drills;
  const overdue = has('PB170');
  add('owner-and-drills', 'An owner of the plan and regular drills',
    drills && overdue === 0 && has('PB171') === 0 ? 'pass' : drills ? 'partial' : 'fail',
    drills
      ? `plan owner ${drills.planOwner.name}; last drill ${drills.last ?? 'never'}` + (overdue > 0 ? ' (overdue)' : '')
      : 'no drills and no plan owner');

  const total = items.reduce((sum, i) => sum + POINTS[i.status], 0);
  return { score: Math.round((100 * total) / items.length), items };
}
