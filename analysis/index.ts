/**
 * The verdict on a blueprint: findings with their place in the file, and the readiness score.
 * Pure: the same model and options give the same result. Nothing here imports @pulumi.
 */
import type { Model } from '../model/model';
import { locateFindings, runRules } from './findings';
import { buildGraph } from './graph';
import { readiness, type Readiness } from './score';
import type { AnalysisOptions, LocatedFinding } from './types';

export interface Analysis {
  file: string;
  today: string;
  findings: LocatedFinding[];
  readiness: Readiness;
}

export function analyze(model: Model, options: AnalysisOptions): Analysis {
  const graph = buildGraph(model);
  const findings = runRules(model, options, graph);
  return {
    file: model.source.file,
    today: options.today,
    findings: locateFindings(model, findings),
    readiness: readiness(model, findings),
  };
}

export { buildGraph } from './graph';
export { RULES, allRules, ruleFor } from './rules';
export { RULE_CODES } from './types';
export type { AnalysisOptions, Finding, FindingSeverity, LocatedFinding, Rule, RuleCode } from './types';
export type { Readiness, ReadinessItem } from './score';
