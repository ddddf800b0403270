/**
 * A service's or provider's runbook on which no declared process depends: it said "No declared
 * process depends on it" and then "every process above is affected at the same time" and "Switch
 * the critical processes to their plan B now".
 */
import { describe, expect, it } from 'vitest';
import { generateDocuments } from '../../../../generators/documents';
import { EXAMPLES, exampleModel } from '../build-model';

const WORDS = {
  en: {
    none: 'No declared process depends on it.',
    stops: [
      'every process above is affected',
      'Switch the critical processes',
      'which processes are affected',
      'each affected critical process',
    ],
    said: ['but no declared process stops.', 'no declared process stops with it.'],
  },
  ru: {
    none: 'Ни один из описанных процессов от него не зависит.',
    stops: ['все процессы из таблицы', 'Сразу переводите критичные процессы', 'какие процессы затронуты', 'по каждому затронутому'],
    said: ['но ни один из описанных процессов не остановится.', 'но ни один из описанных процессов из-за этого не остановится.'],
  },
} as const;

describe.each(['en', 'ru'] as const)('runbooks of what no process depends on (%s)', (locale) => {
  const w = WORDS[locale];
  const runbooks = EXAMPLES.flatMap((name) =>
    generateDocuments(exampleModel(name), { locale })
      .filter((d) => /^runbooks\/(service|provider)-.*\.md$/.test(d.path))
      .map((d) => ({ path: `${name}/${d.path}`, content: d.content })),
  );
  const empty = runbooks.filter((d) => d.content.includes(w.none));
  const full = runbooks.filter((d) => !d.content.includes(w.none));

  it('exist among the examples, for a provider and for a service', () => {
    expect(empty.some((d) => d.path.includes('/provider-'))).toBe(true);
    expect(empty.some((d) => d.path.includes('/service-'))).toBe(true);
  });

  it('say that nothing stops, and never tell to switch the processes "above"', () => {
    for (const d of empty) {
      for (const phrase of w.stops) expect(d.content, d.path).not.toContain(phrase);
      expect(
        w.said.some((s) => d.content.includes(s)),
        d.path,
      ).toBe(true);
    }
  });

  it('still tell to switch where processes stop', () => {
    expect(full.length).toBeGreaterThan(0);
    for (const d of full) {
      expect(
        w.stops.some((s) => d.content.includes(s)),
        d.path,
      ).toBe(true);
    }
  });
});
