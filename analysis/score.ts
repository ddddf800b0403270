/**
 * The readiness score: the outage checklist of the brief, one line per item, each with the
 * evidence it was judged on. Read from the model and the findings (so the two never disagree).
 * Each item is judged here as a status and the values behind it; the phrase table of the
 * analysis' language writes its title and evidence.
 */
import type { Model } from '../model/model';
import { isCriticalOrHigh } from './graph';
import { phrasebook, type AnalysisLocale } from './i18n';
import type { ReadinessId, ReadinessParams } from './i18n/types';
import { MINIMUM_SET, hasOfflineCopy } from './facts/minimum-set';
import type { Finding, RuleCode } from './types';

export type CheckStatus = 'pass' | 'partial' | 'fail';

export interface ReadinessItem {
  id: ReadinessId;
  title: string;
  status: CheckStatus;
  evidence: string;
  /** Which standing findings cost this item its points, and how many points of the score each. */
  costs: ReadinessCost[];
}

/** A finding that cost an item points: its code, where it points, and its share of the points lost. */
export interface ReadinessCost {
  code: RuleCode;
  pointer: string;
  points: number;
}

/**
 * The rules whose findings belong to each checklist item. An error of one of them fails the item
 * (a process that cannot meet its RTO is no working plan B, whatever else is written). Rules about
 * accounts, monitoring and DNS (PB110-PB115, PB140-PB144, PB160, PB161) have no line of their own
 * in the brief's checklist and do not move the score.
 */
export const ITEM_RULES: { readonly [I in ReadinessId]: readonly RuleCode[] } = {
  'critical-processes': [],
  'shared-failure-points': ['PB101'],
  'plan-b': ['PB102', 'PB103', 'PB114', 'PB130', 'PB131'],
  'local-copies': ['PB120', 'PB121', 'PB122', 'PB123', 'PB124'],
  'backup-channels': ['PB150', 'PB151', 'PB152'],
  'escalation-and-messages': ['PB104', 'PB113', 'PB132'],
  instructions: [],
  'owner-and-drills': ['PB170', 'PB171'],
};

export interface Readiness {
  /** 0..100: pass counts 1, partial 0.5. */
  score: number;
  items: ReadinessItem[];
}

const POINTS: Record<CheckStatus, number> = { pass: 1, partial: 0.5, fail: 0 };

type Judged = { readonly [I in ReadinessId]: { status: CheckStatus; params: ReadinessParams[I] } };

export function readiness(model: Model, findings: readonly Finding[], locale: AnalysisLocale = 'en'): Readiness {
  const book = phrasebook(locale);
  const judged = judge(model, findings);
  // Object key order is the order of the checklist (insertion order of `judge`).
  const ids = Object.keys(judged) as ReadinessId[];
  const items = ids.map(<I extends ReadinessId>(id: I): ReadinessItem => {
    const { params } = judged[id];
    const own = findings.filter((f) => ITEM_RULES[id].includes(f.code));
    const errors = own.filter((f) => f.severity === 'error');
    const status: CheckStatus = errors.length > 0 ? 'fail' : judged[id].status;
    const phrases = book.readiness[id];
    const evidence =
      phrases.evidence(params, book.format) +
      // Said only when the errors are what failed it; an item already failed says why in its evidence.
      (errors.length > 0 && judged[id].status !== 'fail'
        ? `; ${book.errorsStand(
            errors.map((f) => f.message),
            book.format,
          )}`
        : '');
    return { id, title: phrases.title, status, evidence, costs: costs(status, errors.length > 0 ? errors : own, ids.length) };
  });
  const total = items.reduce((sum, i) => sum + POINTS[i.status], 0);
  return { score: Math.round((100 * total) / items.length), items };
}

/** The item's lost points, in points of the score, shared by the findings that cost them. */
function costs(status: CheckStatus, blamed: readonly Finding[], itemCount: number): ReadinessCost[] {
  const lost = ((1 - POINTS[status]) * 100) / itemCount;
  if (lost === 0 || blamed.length === 0) return [];
  const each = Math.round((lost / blamed.length) * 10) / 10;
  return blamed.map((f) => ({ code: f.code, pointer: f.pointer, points: each }));
}

function judge(model: Model, findings: readonly Finding[]): Judged {
  const has = (code: RuleCode): number => findings.filter((f) => f.code === code).length;
  const important = model.processes.filter(isCriticalOrHigh);
  const withPlanB = important.filter((p) => p.planB);

  const spof = has('PB101');
  const shared = has('PB103');
  const allB = withPlanB.length === important.length && important.length > 0;
  const offline = MINIMUM_SET.filter((m) => model.data.some((d) => d.minimum === m && hasOfflineCopy(d)));
  const stale = has('PB122');
  const rally = model.channels.filter((c) => c.rallyPoint && c.audience === 'team');
  const rallyOk = rally.some((c) => c.backup);
  const customersOk = model.channels.some((c) => c.audience === 'customers' && c.backup);
  const people = new Set(model.escalation.map((s) => s.person)).size;
  const messages = important.filter((p) => p.customerMessage).length;
  const instructions = model.data.some((d) => d.minimum === 'instructions' && hasOfflineCopy(d));
  const steps = withPlanB.filter((p) => (p.planB?.steps.length ?? 0) > 0).length;
  const drills = model.drills;
  const overdue = has('PB170');

  return {
    'critical-processes': { status: important.length > 0 ? 'pass' : 'fail', params: { processes: important.map((p) => p.name) } },
    'shared-failure-points': { status: spof === 0 ? 'pass' : 'fail', params: { spof } },
    'plan-b': {
      status: allB && shared === 0 ? 'pass' : withPlanB.length > 0 ? 'partial' : 'fail',
      params: { withPlanB: withPlanB.length, important: important.length, shared },
    },
    'local-copies': {
      status: offline.length === MINIMUM_SET.length && stale === 0 ? 'pass' : offline.length > 0 ? 'partial' : 'fail',
      params: { offline, missing: MINIMUM_SET.filter((m) => !offline.includes(m)), stale },
    },
    'backup-channels': {
      status: rallyOk && customersOk && has('PB152') === 0 ? 'pass' : rally.length > 0 || customersOk ? 'partial' : 'fail',
      params: { rally: rally.map((c) => (c.backup ? { name: c.name, backup: c.backup.name } : { name: c.name })), customersOk },
    },
    'escalation-and-messages': {
      status: people >= 2 && messages === important.length ? 'pass' : people >= 1 || messages > 0 ? 'partial' : 'fail',
      params: { people, messages, important: important.length },
    },
    instructions: {
      status: instructions && steps === important.length ? 'pass' : instructions || steps > 0 ? 'partial' : 'fail',
      params: { offline: instructions, steps, important: important.length },
    },
    'owner-and-drills': {
      status: drills && overdue === 0 && has('PB171') === 0 ? 'pass' : drills ? 'partial' : 'fail',
      params: drills
        ? { drills: { owner: drills.planOwner.name, overdue: overdue > 0, ...(drills.last !== undefined ? { last: drills.last } : {}) } }
        : {},
    },
  };
}
