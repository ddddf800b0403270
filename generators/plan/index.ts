/**
 * The offline plan: the stack program under Pulumi's mock runtime, recorded and rendered.
 * Importing this module loads Pulumi (~2 s): commands import it lazily.
 */
import type { Plan } from './types';
import { renderText } from './render-text';
import { renderMarkdown } from './render-markdown';

export type PlanFormat = 'text' | 'json' | 'markdown';

export function renderPlan(plan: Plan, format: PlanFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(plan, null, 2) + '\n';
    case 'markdown':
      return renderMarkdown(plan);
    default:
      return renderText(plan);
  }
}

export { planModel, PLAN_TELEGRAM_PLACEHOLDER } from './run';
export { preflightErrors, type PreflightFinding, type PreflightReport } from './preflight';
export { renderText, renderMarkdown };
export type { Plan, PlanResource, PlanValue } from './types';
export { SECRET, UNKNOWN } from './types';
