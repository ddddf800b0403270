/** `--format json`: the whole analysis, keys in a fixed order, two-space indent. */
import type { Analysis } from '../index';
import { countBySeverity } from '../findings';

export function formatJson(analysis: Analysis): string {
  const doc = {
    file: analysis.file,
    today: analysis.today,
    summary: countBySeverity(analysis.findings),
    readiness: analysis.readiness,
    findings: analysis.findings.map((f) => ({
      code: f.code,
      rule: f.rule,
      severity: f.severity,
      file: f.file,
      line: f.line,
      column: f.column,
      pointer: f.pointer,
      key: f.key,
      params: f.params,
      subjects: f.subjects,
      message: f.message,
      why: f.why,
      fix: f.fix,
    })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
