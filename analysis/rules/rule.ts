/**
 * The one shape of a rule: stable code and name, the usual severity, and a pure check that emits
 * findings as a message key with structured parameters. The words come from the phrase table of
 * the analysis' language (analysis/i18n), so a rule never holds a sentence of its own; the
 * English table also gives the rule's summary, why and fix for docs and SARIF.
 */
import { en } from '../i18n/en';
import { phrasebook } from '../i18n';
import { subjectsOf } from '../subjects';
import type { MessageKey, MessageParams, RulePhrases } from '../i18n/types';
import type { Finding, FindingSeverity, Rule, RuleCode, RuleContext, SeverityVariant } from '../types';

export interface EmitOptions {
  severity?: FindingSeverity;
}

/** Emits one finding: where, which message, and the values the message is written from. */
export type Emit<C extends RuleCode> = <K extends MessageKey<C>>(
  pointer: string,
  key: K,
  params: MessageParams[C][K],
  options?: EmitOptions,
) => void;

export interface RuleDefinition<C extends RuleCode> {
  code: C;
  name: string;
  severity: FindingSeverity;
  /** Every other severity `emit` may be given; another one throws, so the docs cannot drift. */
  variants?: readonly SeverityVariant[];
  run(ctx: RuleContext, emit: Emit<C>): void;
}

export function defineRule<C extends RuleCode>(def: RuleDefinition<C>): Rule<C> {
  const english: RulePhrases<C> = en.rules[def.code];
  return {
    code: def.code,
    name: def.name,
    severity: def.severity,
    variants: def.variants ?? [],
    summary: english.summary,
    why: english.why,
    fix: english.fix,
    check(ctx) {
      const book = phrasebook(ctx.locale);
      const phrases: RulePhrases<C> = book.rules[def.code];
      const out: Finding[] = [];
      const emit: Emit<C> = (pointer, key, params, options = {}) => {
        const severity = options.severity ?? def.severity;
        if (severity !== def.severity && !def.variants?.some((v) => v.severity === severity)) {
          throw new Error(`${def.code} emitted a finding of severity ${severity}, which its definition does not declare`);
        }
        out.push({
          code: def.code,
          rule: def.name,
          severity,
          pointer,
          key,
          params: params as Finding['params'],
          subjects: subjectsOf(ctx.model, pointer, params),
          message: phrases.messages[key](params, book.format),
          why: phrases.why,
          fix: phrases.fix,
        });
      };
      def.run(ctx, emit);
      return out;
    },
  };
}

/** Adds seconds to an ISO date, in UTC, and returns an ISO date. */
export function addSeconds(date: string, seconds: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + seconds * 1000;
  return new Date(t).toISOString().slice(0, 10);
}

export const DAY = 86_400;
