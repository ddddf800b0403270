/**
 * GitHub Actions workflow commands: `::error file=...,line=...,col=...,title=...::message`.
 * Data escapes %, CR and LF; property values also escape `:` and `,` (they separate properties).
 */
import type { Analysis } from '../index';
import type { FindingSeverity } from '../types';

const COMMAND: Record<FindingSeverity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

export function formatGithub(analysis: Analysis): string {
  return analysis.findings
    .map((f) => {
      const props = [`file=${prop(f.file)}`, `line=${f.line}`, `col=${f.column}`, `title=${prop(`${f.code} ${f.rule}`)}`];
      return `::${COMMAND[f.severity]} ${props.join(',')}::${data(`${f.message} Fix: ${f.fix}`)}`;
    })
    .map((line) => line + '\n')
    .join('');
}

export function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function prop(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
