/**
 * The shapes every analysis rule and output shares.
 *
 * A finding names the element at fault by its JSON pointer; the file position is resolved once,
 * at the end, through `Model.source` (positions are costly and only findings need them).
 */
import type { IsoDate, Model, SourcePosition } from '../model/model';
import type { AnalysisGraph } from './graph';
import type { AnalysisLocale } from './i18n';
import type { SubjectRef } from './subjects';

export type FindingSeverity = 'error' | 'warning' | 'info';

export { RULE_CODES, type RuleCode } from './rule-codes';
import type { RuleCode } from './rule-codes';

/** A severity other than the rule's usual one, and when a finding takes it. */
export interface SeverityVariant {
  severity: FindingSeverity;
  when: string;
}

export interface Finding {
  code: RuleCode;
  /** The rule's stable name, e.g. `shared-single-point-of-failure`. */
  rule: string;
  severity: FindingSeverity;
  /** JSON pointer of the element at fault. */
  pointer: string;
  /** Which of the rule's messages this is (a key of its phrase table, e.g. `critical`). */
  key: string;
  /** The values the message is written from: names, durations in seconds, ISO dates, lists. */
  params: Readonly<Record<string, unknown>>;
  /** The blueprint elements it is about, as ids: the element at `pointer` first, then those the params name. */
  subjects: SubjectRef[];
  /** One sentence, in the owner's words, in the language the analysis ran in. */
  message: string;
  /** Why it matters. */
  why: string;
  /** What to change. */
  fix: string;
}

export interface LocatedFinding extends Finding, SourcePosition {}

export interface RuleContext {
  readonly model: Model;
  readonly graph: AnalysisGraph;
  /** The date drills and copies are judged against (never read from the clock here). */
  readonly today: IsoDate;
  /** The language findings are worded in. */
  readonly locale: AnalysisLocale;
}

export interface Rule<C extends RuleCode = RuleCode> {
  readonly code: C;
  readonly name: string;
  /** The usual severity. */
  readonly severity: FindingSeverity;
  /** The other severities a finding of this rule may take, and when (English, for the docs' rule table). */
  readonly variants: readonly SeverityVariant[];
  /** What the rule looks for, why it matters and the fix, in English, for docs and SARIF rule
   *  metadata; findings carry these in the language the analysis ran in. */
  readonly summary: string;
  readonly why: string;
  readonly fix: string;
  check(ctx: RuleContext): Finding[];
}

export interface AnalysisOptions {
  /** ISO date; defaults to nothing here: callers pass it (the CLI defaults to today). */
  today: IsoDate;
  /** Only report these rules' findings (all when absent); the readiness still counts every rule. */
  only?: readonly RuleCode[];
  /** The language of messages and readiness (default `en`); an unknown one throws. */
  locale?: string;
}
