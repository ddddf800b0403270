/**
 * The human report: findings grouped by severity, the readiness table, a one-line summary.
 * Colour is decided by the caller (a terminal, and NO_COLOR unset), never here.
 */
import type { Analysis } from '../index';
import { countBySeverity } from '../findings';
import type { FindingSeverity, LocatedFinding } from '../types';
import type { ReadinessItem } from '../score';
import { HUMAN_WORDS, type HumanWords } from './human-words';

export interface HumanOptions {
  color: boolean;
}

const CODES = { red: 31, yellow: 33, cyan: 36, green: 32, dim: 2, bold: 1 } as const;
type Paint = (style: keyof typeof CODES, text: string) => string;

function painter(color: boolean): Paint {
  return color ? (style, text) => `\u001b[${CODES[style]}m${text}\u001b[0m` : (_style, text) => text;
}

const STYLE: Record<FindingSeverity, keyof typeof CODES> = { error: 'red', warning: 'yellow', info: 'cyan' };

export function formatHuman(analysis: Analysis, options: HumanOptions): string {
  const paint = painter(options.color);
  const words = HUMAN_WORDS[analysis.locale];
  const out: string[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const list = analysis.findings.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    out.push(paint('bold', paint(STYLE[severity], `${words.titles[severity]} (${list.length})`)));
    for (const f of list) out.push(...finding(f, paint, words));
    out.push('');
  }
  out.push(...readinessTable(analysis.readiness.items, analysis.readiness.score, paint, words), '');
  out.push(summaryLine(analysis, paint));
  return out.join('\n') + '\n';
}

function finding(f: LocatedFinding, paint: Paint, words: HumanWords): string[] {
  return [
    `  ${f.file}:${f.line}:${f.column}  ${paint(STYLE[f.severity], f.code)} ${paint('dim', f.rule)}`,
    `    ${f.message}`,
    `    ${paint('dim', words.why)} ${f.why}`,
    `    ${paint('dim', words.fix)} ${f.fix}`,
  ];
}

const MARK_STYLE: Record<ReadinessItem['status'], keyof typeof CODES> = { pass: 'green', partial: 'yellow', fail: 'red' };

export function readinessTable(
  items: readonly ReadinessItem[],
  score: number,
  paint: Paint = painter(false),
  words: HumanWords = HUMAN_WORDS.en,
): string[] {
  const width = Math.max(...items.map((i) => i.title.length));
  const markWidth = Math.max(...Object.values(words.marks).map((m) => m.length));
  return [
    paint('bold', `${words.readiness} ${score}/100`),
    ...items.map(
      (i) =>
        `  ${paint(MARK_STYLE[i.status], words.marks[i.status].padEnd(markWidth))}  ${i.title.padEnd(width)}  ${paint('dim', i.evidence)}${costText(i)}`,
    ),
  ];
}

/** "  [-12.5: PB130, PB103]": the points the item lost and the findings that cost them. */
function costText(item: ReadinessItem): string {
  if (item.costs.length === 0) return '';
  const lost = Math.round(item.costs.reduce((sum, c) => sum + c.points, 0) * 10) / 10;
  return `  [-${lost}: ${[...new Set(item.costs.map((c) => c.code))].join(', ')}]`;
}

export function summaryLine(analysis: Analysis, paint: Paint = painter(false)): string {
  const n = countBySeverity(analysis.findings);
  const text = HUMAN_WORDS[analysis.locale].summary(n, analysis.readiness.score, analysis.today);
  // Colour the counts only: red when there are errors, yellow for warnings, green when clean.
  return `${analysis.file}: ${paint(n.error ? 'red' : n.warning ? 'yellow' : 'green', text)}`;
}

/** Colour only on a terminal, and never when NO_COLOR is set to something (no-color.org). */
export function shouldColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}
