/** The offline plan as data: what `planb plan` records and every renderer reads. */
import type { PreflightReport } from './preflight/types';

/** A recorded input value: JSON, with secrets already replaced by SECRET. */
export type PlanValue = null | boolean | number | string | PlanValue[] | { [key: string]: PlanValue };

export const SECRET = '[secret]';
export const UNKNOWN = '(known after apply)';

export interface PlanResource {
  urn: string;
  type: string;
  name: string;
  /** URN of the parent, '' for the stack's top level. */
  parent: string;
  /** Name of the explicit provider, '' for component resources and providers. */
  provider: string;
  /** Custom (a cloud object) or component (a grouping). */
  custom: boolean;
  inputs: { [key: string]: PlanValue };
  /** Protected: Pulumi refuses to delete or replace it (zones, backup buckets). */
  protect?: true;
}

export interface Plan {
  /** The blueprint as given on the command line. */
  blueprint: string;
  business: string;
  /** Tree order: each resource after its parent, siblings by name then type. */
  resources: PlanResource[];
  /** Where the stack differs from what the blueprint asks (a stage's wait, a backup's lock), as file:line:column: message. */
  notes: string[];
  /** What the stack leaves to the owner, as the analysis' findings (left-to-owner.ts): file:line:column: PBxxx message. */
  leftToOwner: string[];
  /** The deploy phase shown (planb:phase): `zones` for a first deploy, then `all`. */
  phase: 'zones' | 'all';
  /** The stack's estimated monthly cost from the dated price table (generators/plan/cost). */
  cost: CostEstimate;
  /** What a real `pulumi up` would refuse, judged on the plan (generators/plan/preflight). */
  preflight: PreflightReport;
}

/** The monthly cost of the plan (cost/estimate.ts fills it from a dated price table). */
export interface CostItem {
  what: string;
  count: number;
  /** USD per month for all of them. */
  monthly: number;
}

export interface CostEstimate {
  /** The day the price table was checked. */
  prices: string;
  currency: 'USD';
  monthly: number;
  items: CostItem[];
}
