/**
 * The one shape of a rule: stable code and name, the usual severity, a summary for docs and
 * SARIF, the default "why" and "fix", and a pure check that emits findings.
 */
import type { Finding, FindingSeverity, Rule, RuleCode, RuleContext } from '../types';

export interface EmitOptions {
  severity?: FindingSeverity;
  why?: string;
  fix?: string;
}

export type Emit = (pointer: string, message: string, options?: EmitOptions) => void;

export interface RuleDefinition<C extends RuleCode> {
  code: C;
  name: string;
  severity: FindingSeverity;
  summary: string;
  why: string;
  fix: string;
  run(ctx: RuleContext, emit: Emit): void;
}

export function defineRule<C extends RuleCode>(def: RuleDefinition<C>): Rule<C> {
  return {
    code: def.code,
    name: def.name,
    severity: def.severity,
    summary: def.summary,
    why: def.why,
    fix: def.fix,
    check(ctx) {
      const out: Finding[] = [];
      def.run(ctx, (pointer, message, options = {}) => {
        out.push({
          code: def.code,
          rule: def.name,
          severity: options.severity ?? def.severity,
          pointer,
          message,
          why: options.why ?? def.why,
          fix: options.fix ?? def.fix,
        });
      });
      return out;
    },
  };
}

/** Adds days to an ISO date, in UTC, and returns an ISO date. */
export function addSeconds(date: string, seconds: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + seconds * 1000;
  return new Date(t).toISOString().slice(0, 10);
}

export const DAY = 86_400;
