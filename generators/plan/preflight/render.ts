/** The preflight's findings as plan text and Markdown: a count line, then one entry per finding. */
import type { PreflightFinding, PreflightReport } from './types';

export function preflightSummary(report: PreflightReport): string {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.length - errors;
  const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
  return `Preflight as of ${report.today}: ${count(errors, 'error')}, ${count(warnings, 'warning')}`;
}

/** `file:line:column: PF001 error: message`, then the rule and its documentation, indented. */
export function preflightText(report: PreflightReport): string[] {
  const lines = [preflightSummary(report)];
  for (const f of report.findings) {
    lines.push(`  ${headline(f)}`, `      rule: ${f.rule}`, `      see: ${f.doc}`);
  }
  return lines;
}

export function preflightMarkdown(report: PreflightReport): string[] {
  const out = ['## Preflight', '', `${preflightSummary(report)}.`];
  if (report.findings.length > 0) {
    out.push('', '| Where | Code | Severity | Finding | Rule |', '| --- | --- | --- | --- | --- |');
    for (const f of report.findings) {
      out.push(`| ${cell(f.location)} | ${f.code} | ${f.severity} | ${cell(f.message)} | [${cell(f.rule)}](${f.doc}) |`);
    }
  }
  return out;
}

function headline(f: PreflightFinding): string {
  return `${f.location}: ${f.code} ${f.severity}: ${f.message}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
