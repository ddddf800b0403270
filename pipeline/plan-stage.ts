/**
 * The offline plan as `planb build` writes it: the stack program under Pulumi's mocks, rendered in
 * its three formats, with the monthly cost the documents show and the preflight's error count.
 * Runs in the calling thread (tests, libraries) or in its own (plan-thread.ts); either way the
 * result is plain data, so a thread can send it.
 */
import type { Model } from '../model/model';

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

export async function planStage(
  model: Model,
  options: { today: string; onPlanned?: ((count: number) => void) | undefined },
  load: () => Promise<PlanModule> = loadPlans,
): Promise<PlannedStage> {
  const plans = await load();
  const plan = await plans.planModel(model, {
    blueprint: model.source.file,
    today: options.today,
    ...(options.onPlanned !== undefined ? { onResource: options.onPlanned } : {}),
  });
  const formats = { text: 'txt', json: 'json', markdown: 'md' } as const;
  return {
    preflightErrors: plans.preflightErrors(plan.preflight),
    stackCost: { monthly: plan.cost.monthly, currency: plan.cost.currency, prices: plan.cost.prices },
    files: (['text', 'json', 'markdown'] as const).map((format) => ({
      path: `plan/plan.${formats[format]}`,
      content: plans.renderPlan(plan, format),
    })),
  };
}
