/**
 * The human report: findings grouped by severity, the readiness table, a one-line summary.
 * Colour is decided by the caller (a terminal, and NO_COLOR unset), never here.
 */
import type { Analysis } from '../index';
import { countBySeverity } from '../findings';
import type { FindingSeverity, LocatedFinding } from '../types';
import type { ReadinessItem } from '../score';

export interface HumanOptions {
  color: boolean;
}

const CODES = { red: 31, yellow: 33, cyan: 36, green: 32, dim: 2, bold: 1 } as const;
type Paint = (style: keyof typeof CODES, text: string) => string;

function painter(color: boolean): Paint {
  return color ? (style, text) => `\u001b[${CODES[style]}m${text}\u001b[0m` : (_style, text) => text;
}

const TITLES: Record<FindingSeverity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };
const STYLE: Record<FindingSeverity, keyof typeof CODES> = { error: 'red', warning: 'yellow', info: 'cyan' };

export function formatHuman(analysis: Analysis, options: HumanOptions): string {
  const paint = painter(options.color);
  const out: string[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const list = analysis.findings.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    out.push(paint('bold', paint(STYLE[severity], `${TITLES[severity]} (${list.length})`)));
    for (const f of list) out.push(...finding(f, paint));
    out.push('');
  }
  out.push(...readinessTable(analysis.readiness.items, analysis.readiness.score, paint), '');
  out.push(summaryLine(analysis, paint));
  return out.join('\n') + '\n';
}

function finding(f: LocatedFinding, paint: Paint): string[] {
  return [
    `  ${f.file}:${f.line}:${f.column}  ${paint(STYLE[f.severity], f.code)} ${paint('dim', f.rule)}`,
    `    ${f.message}`,
    `    ${paint('dim', 'why:')} ${f.why}`,
    `    ${paint('dim', 'fix:')} ${f.fix}`,
  ];
}

const MARK: Record<ReadinessItem['status'], [string, keyof typeof CODES]> = {
  pass: ['pass   ', 'green'],
  partial: ['partial', 'yellow'],
  fail: ['fail   ', 'red'],
};

export function readinessTable(items: readonly ReadinessItem[], score: number, paint: Paint = painter(false)): string[] {
  const width = Math.max(...items.map((i) => i.title.length));
  return [
    paint('bold', `Readiness ${score}/100`),
    ...items.map((i) => `  ${paint(MARK[i.status][1], MARK[i.status][0])}  ${i.title.padEnd(width)}  ${paint('dim', i.evidence)}`),
  ];
}

export function summaryLine(analysis: Analysis, paint: Paint = painter(false)): string {
  const n = countBySeverity(analysis.findings);
  const parts = [
    paint(n.error ? 'red' : 'green', `${n.error} error${n.error === 1 ? '' : 's'}`),
    paint(n.warning ? 'yellow' : 'green', `${n.warning} warning${n.warning === 1 ? '' : 's'}`),
    `${n.info} note${n.info === 1 ? '' : 's'}`,
  ];
  return `${analysis.file}: ${parts.join(', ')}; readiness ${analysis.readiness.score}/100 (as of ${analysis.today})`;
}

/** Colour only on a terminal, and never when NO_COLOR is set to something (no-color.org). */
export function shouldColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}
