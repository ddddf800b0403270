/**
 * The offline plan as `planb build` writes it: the stack program under Pulumi's mocks, rendered in
 * its three formats, with the monthly cost the documents show and the preflight's error count.
 * Runs in the calling thread (tests, libraries) or in its own (plan-thread.ts); either way the
 * result is plain data, so a thread can send it.
 */
import type { PlanFormat } from '../generators/plan/index.js';
import type { Model } from '../model/model';
import type { DeployPhase } from '../stacks/config';

export interface PlannedStage {
  files: { path: string; content: string }[];
  stackCost: { monthly: number; currency: string; prices: string };
  preflightErrors: number;
}

type PlanModule = typeof import('../generators/plan/index.js');

/**
 * Lazy: Pulumi costs ~2 s to load, and generators/plan prepares the runtime before it loads. The
 * plan's thread hands in the module it imported itself, as tsx cannot compile what a thread loads
 * through import() on Node 20 (plan-worker.ts).
 */
const loadPlans = (): Promise<PlanModule> => import('../generators/plan/index.js');

export interface PlanStageOptions {
  /** The day dated rules are judged on. */
  today: string;
  /** The deploy phase to plan (default all). */
  phase?: DeployPhase;
  /** The renderings to make (default all three, as `planb build` writes them). */
  formats?: readonly PlanFormat[];
}

const EXTENSIONS: Readonly<Record<PlanFormat, string>> = { text: 'txt', json: 'json', markdown: 'md' };

export async function planStage(
  model: Model,
  options: PlanStageOptions & { onPlanned?: ((count: number) => void) | undefined },
  load: () => Promise<PlanModule> = loadPlans,
): Promise<PlannedStage> {
  const plans = await load();
  const plan = await plans.planModel(model, {
    blueprint: model.source.file,
    today: options.today,
    ...(options.phase !== undefined ? { phase: options.phase } : {}),
    ...(options.onPlanned !== undefined ? { onResource: options.onPlanned } : {}),
  });
  return {
    preflightErrors: plans.preflightErrors(plan.preflight),
    stackCost: { monthly: plan.cost.monthly, currency: plan.cost.currency, prices: plan.cost.prices },
    files: (options.formats ?? (['text', 'json', 'markdown'] as const)).map((format) => ({
      path: `plan/plan.${EXTENSIONS[format]}`,
      content: plans.renderPlan(plan, format),
    })),
  };
}
