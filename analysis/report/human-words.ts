/**
 * The human report's own words (headings, labels, the summary line) per analysis language; the
 * findings themselves are worded by analysis/i18n. Typed by AnalysisLocale: a language added to the
 * phrase books without these words fails tsc.
 */
import type { AnalysisLocale } from '../i18n';
import type { FindingSeverity } from '../types';
import type { ReadinessItem } from '../score';
import { countOf } from '../../i18n/plural';

export interface HumanWords {
  titles: Record<FindingSeverity, string>;
  why: string;
  fix: string;
  readiness: string;
  marks: Record<ReadinessItem['status'], string>;
  /** "3 errors, 1 warning, 0 notes; readiness 80/100 (as of 2026-11-01)" */
  summary(n: Record<FindingSeverity, number>, score: number, today: string): string;
  /** CI labels: GitHub annotations and SARIF help ("Fix:"), and the readiness notice. */
  ci: {
    fix: string;
    readinessTitle(score: number): string;
    allPass(score: number): string;
    notYetDone(score: number): string;
  };
}

const plural = (n: number, one: string, other: string) => countOf('en', n, { one, other });

/** Russian plural of a count: 1 ошибка, 2 ошибки, 5 ошибок, 21 ошибка. */
const ruPlural = (n: number, one: string, few: string, many: string) => countOf('ru', n, { one, few, many, other: many });

export const HUMAN_WORDS: Record<AnalysisLocale, HumanWords> = {
  en: {
    titles: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
    why: 'why:',
    fix: 'fix:',
    readiness: 'Readiness',
    marks: { pass: 'pass', partial: 'partial', fail: 'fail' },
    summary: (n, score, today) =>
      `${plural(n.error, 'error', 'errors')}, ${plural(n.warning, 'warning', 'warnings')}, ${plural(n.info, 'note', 'notes')}; readiness ${score}/100 (as of ${today})`,
    ci: {
      fix: 'Fix:',
      readinessTitle: (score) => `Plan B readiness ${score}/100`,
      allPass: (score) => `Readiness ${score}/100: every item passes.`,
      notYetDone: (score) => `Readiness ${score}/100. Not yet done:`,
    },
  },
  ru: {
    titles: { error: 'Ошибки', warning: 'Предупреждения', info: 'Замечания' },
    why: 'почему:',
    fix: 'что сделать:',
    readiness: 'Готовность',
    marks: { pass: 'есть', partial: 'частично', fail: 'нет' },
    summary: (n, score, today) =>
      `${ruPlural(n.error, 'ошибка', 'ошибки', 'ошибок')}, ${ruPlural(n.warning, 'предупреждение', 'предупреждения', 'предупреждений')}, ` +
      `${ruPlural(n.info, 'замечание', 'замечания', 'замечаний')}; готовность ${score}/100 (на ${today})`,
    ci: {
      fix: 'Что сделать:',
      readinessTitle: (score) => `Готовность плана Б ${score}/100`,
      allPass: (score) => `Готовность ${score}/100: все пункты выполнены.`,
      notYetDone: (score) => `Готовность ${score}/100. Ещё не сделано:`,
    },
  },
};
