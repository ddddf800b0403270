/**
 * GitHub Actions workflow commands: `::error file=...,line=...,col=...,title=...::message`.
 * Data escapes %, CR and LF; property values also escape `:` and `,` (they separate properties).
 */
import type { Analysis } from '../index';
import type { FindingSeverity } from '../types';
import { HUMAN_WORDS } from './human-words';

const COMMAND: Record<FindingSeverity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

export function formatGithub(analysis: Analysis): string {
  const words = HUMAN_WORDS[analysis.locale];
  return [
    ...analysis.findings.map((f) => {
      const props = [`file=${prop(f.file)}`, `line=${f.line}`, `col=${f.column}`, `title=${prop(`${f.code} ${f.rule}`)}`];
      return `::${COMMAND[f.severity]} ${props.join(',')}::${data(`${f.message} ${words.ci.fix} ${f.fix}`)}`;
    }),
    readinessNotice(analysis),
  ]
    .map((line) => line + '\n')
    .join('');
}

/**
 * The readiness score as the last line, a notice on the blueprint file (no line: it is about the
 * whole plan), listing the items not yet passed so the job summary says what to work on.
 */
export function readinessNotice(analysis: Analysis): string {
  const { score, items } = analysis.readiness;
  const words = HUMAN_WORDS[analysis.locale];
  const open = items.filter((i) => i.status !== 'pass');
  const text =
    open.length === 0
      ? words.ci.allPass(score)
      : `${words.ci.notYetDone(score)} ${open.map((i) => `${i.title} (${words.marks[i.status]}): ${i.evidence}`).join('; ')}`;
  return `::notice file=${prop(analysis.file)},title=${prop(words.ci.readinessTitle(score))}::${data(text)}`;
}

export function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function prop(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
