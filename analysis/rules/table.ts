/**
 * The rule table of docs/analysis.md, written from the registry so severities in the docs cannot
 * drift from what the rules emit (a rule that emits an undeclared severity throws, see rule.ts).
 * Regenerate with `npx tsx analysis/rules/write-table.ts`; test/analysis/rules/table.test.ts fails
 * when the committed table is stale.
 */
import type { Rule } from '../types';
import { allRules } from './index';

export const TABLE_START = '<!-- rule-table:start: generated from the rule registry by `npx tsx analysis/rules/write-table.ts` -->';
export const TABLE_END = '<!-- rule-table:end -->';

/** One row per rule: code, name, severity (with the cases that change it), and what it looks for. */
export function ruleTable(rules: readonly Rule[] = allRules()): string {
  const rows = rules.map((r) => `| ${r.code} | \`${r.name}\` | ${severityCell(r)} | ${cell(r.summary)} |`);
  return ['| code | rule | severity | looks for |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function severityCell(r: Rule): string {
  return [r.severity, ...r.variants.map((v) => `${v.severity} when ${v.when}`)].join('; ');
}

/** Pipes would split the cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The document with the text between the markers replaced by the current table. */
export function withRuleTable(doc: string): string {
  const start = doc.indexOf(TABLE_START);
  const end = doc.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`docs/analysis.md has no ${TABLE_START} ... ${TABLE_END} block`);
  return `${doc.slice(0, start + TABLE_START.length)}\n\n${ruleTable()}\n\n${doc.slice(end)}`;
}
