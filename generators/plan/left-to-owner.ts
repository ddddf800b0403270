/**
 * What the stack leaves to the owner, as the analysis words it: a status page hosted elsewhere
 * (PB153), DNS that Plan B does not build (PB162), an alarm no route carries (PB132). These are
 * choices, not errors, so the plan shows the same findings `planb analyze` and the documents show,
 * from the same definitions of what gets built (model/buildable.ts, model/alarms.ts), instead of
 * notes of its own that could drift from the verdict.
 */
import { analyze } from '../../analysis';
import type { RuleCode } from '../../analysis/rule-codes';
import type { Model } from '../../model/model';

export const LEFT_TO_OWNER: readonly RuleCode[] = ['PB132', 'PB153', 'PB162'];

/** `file:line:column: PBxxx message`, in blueprint order. */
export function leftToOwner(model: Model, today: string): string[] {
  return analyze(model, { today, only: LEFT_TO_OWNER }).findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.code} ${f.message}`);
}
