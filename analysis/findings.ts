/** Runs the rules, resolves positions, and orders findings so output is byte-stable. */
import type { Model } from '../model/model';
import { buildGraph, type AnalysisGraph } from './graph';
import { analysisLocale } from './i18n';
import { allRules } from './rules';
import type { AnalysisOptions, Finding, FindingSeverity, LocatedFinding } from './types';

export const SEVERITY_RANK: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

export function runRules(model: Model, options: AnalysisOptions, graph: AnalysisGraph = buildGraph(model)): Finding[] {
  const ctx = { model, graph, today: options.today, locale: analysisLocale(options.locale) };
  const only = options.only ? new Set(options.only) : undefined;
  const out: Finding[] = [];
  for (const rule of allRules()) {
    if (only && !only.has(rule.code)) continue;
    for (const f of rule.check(ctx)) out.push(f);
  }
  return dedupe(out);
}

/** Adds file:line:column to each finding and sorts them. */
export function locateFindings(model: Model, findings: readonly Finding[]): LocatedFinding[] {
  return findings.map((f) => ({ ...f, ...model.source.locate(f.pointer) })).sort(compareFindings);
}

/** Severity, then place in the file, then code and message: the same order on every run. */
export function compareFindings(a: LocatedFinding, b: LocatedFinding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.line - b.line ||
    a.column - b.column ||
    cmp(a.code, b.code) ||
    cmp(a.pointer, b.pointer) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}\u0000${f.pointer}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function countBySeverity(findings: readonly Finding[]): Record<FindingSeverity, number> {
  const out = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}
