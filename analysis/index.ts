/**
 * The verdict on a blueprint: findings with their place in the file, and the readiness score.
 * Pure: the same model and options give the same result. Nothing here imports @pulumi.
 */
import type { Model } from '../model/model';
import { locateFindings, runRules } from './findings';
import { buildGraph, type AnalysisGraph } from './graph';
import { analysisLocale, type AnalysisLocale } from './i18n';
import { readiness, type Readiness } from './score';
import type { AnalysisOptions, LocatedFinding } from './types';

export interface Analysis {
  file: string;
  today: string;
  /** The language messages, why, fix and readiness are worded in. */
  locale: AnalysisLocale;
  findings: LocatedFinding[];
  readiness: Readiness;
}

/**
 * `options.locale` defaults to English; a language without a phrase table throws. A caller that
 * needs the graph too (the map, the documents) builds it once and passes it.
 */
export function analyze(model: Model, options: AnalysisOptions, graph: AnalysisGraph = buildGraph(model)): Analysis {
  const locale = analysisLocale(options.locale);
  // Readiness is judged on every rule's findings, so `only` narrows what is shown, never the score.
  const all = runRules(model, { today: options.today, locale }, graph);
  const only = options.only ? new Set(options.only) : undefined;
  const shown = only ? all.filter((f) => only.has(f.code)) : all;
  return {
    file: model.source.file,
    today: options.today,
    locale,
    findings: locateFindings(model, shown),
    readiness: readiness(model, all, locale),
  };
}

export { buildGraph, type AnalysisGraph } from './graph';
export { RULES, allRules, ruleFor } from './rules';
export { RULE_CODES } from './types';
export { ANALYSIS_LOCALES, isAnalysisLocale, type AnalysisLocale } from './i18n';
export type { AnalysisOptions, Finding, FindingSeverity, LocatedFinding, Rule, RuleCode } from './types';
export type { SubjectRef, SubjectKind } from './subjects';
export type { Readiness, ReadinessItem } from './score';
