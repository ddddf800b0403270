/**
 * The analysis' languages. A language is a phrase table typed as `Phrasebook`, so a missing rule,
 * message or readiness item fails `tsc`; registering it here makes `--locale <tag>` accept it.
 * The registry is keyed by the same BCP 47 tags as the document templates.
 */
import { en } from './en';
import { ru } from './ru';
import type { Phrasebook } from './types';

export const PHRASEBOOKS = { en, ru } as const satisfies Record<string, Phrasebook>;

export type AnalysisLocale = keyof typeof PHRASEBOOKS;

export const ANALYSIS_LOCALES = Object.keys(PHRASEBOOKS).sort() as AnalysisLocale[];

export function isAnalysisLocale(tag: string): tag is AnalysisLocale {
  return Object.hasOwn(PHRASEBOOKS, tag);
}

/** The language to word findings in: English unless asked; an unknown one is an error that lists the known. */
export function analysisLocale(tag: string | undefined): AnalysisLocale {
  if (tag === undefined) return 'en';
  if (!isAnalysisLocale(tag))
    throw new Error(`the analysis has no phrases in language "${tag}"; available: ${ANALYSIS_LOCALES.join(', ')}`);
  return tag;
}

export function phrasebook(locale: AnalysisLocale): Phrasebook {
  return PHRASEBOOKS[locale];
}

export type { Format, MessageKey, MessageParams, Phrasebook, ReadinessId, ReadinessParams, Subject, Target } from './types';
