/**
 * How the documents write the stack's monthly cost, and the stand-in they write while the plan
 * that estimates it is still running (types.ts, StackCost). Both go through here, so the amount
 * written in later is the one the documents would have written themselves.
 */
import type { Locale } from '../../i18n/locale';
import { loadLocale } from './locale';
import type { StackCost } from './types';

/** A stand-in survives Markdown and HTML escaping unchanged only when it is letters and digits. */
const PENDING_SHAPE = /^[A-Za-z0-9]{16,}$/;

/** The amount as the documents show it, or the stand-in for it. */
export function stackCostText(l: Locale, cost: StackCost): string {
  if ('monthly' in cost) return l.money(cost.monthly, cost.currency);
  if (!PENDING_SHAPE.test(cost.pending)) {
    throw new Error(`internal: a pending stack cost must be 16 or more letters and digits, not "${cost.pending}"`);
  }
  return cost.pending;
}

/** The amount to write in place of the stand-in, in the documents' language (`locale`). */
export function stackCostAmount(locale: string, cost: { monthly: number; currency: string }): string {
  return loadLocale(locale).money(cost.monthly, cost.currency);
}
