/**
 * The index counts the analysis' problems and warnings in a sentence that reads right for every
 * number: a Russian owner with one problem read "Анализ нашёл 1 проблема, которые нужно исправить".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analysis/index';
import { generateDocuments } from '../../../generators/documents';
import { exampleModel } from './build-model';

function indexWith(errors: number, warnings: number, locale: 'en' | 'ru'): string {
  const model = exampleModel('online-shop');
  const all = analyze(model, { today: model.business.revised, locale }).findings;
  const findings = [
    ...all.filter((f) => f.severity === 'error').slice(0, errors),
    ...all.filter((f) => f.severity === 'warning').slice(0, warnings),
  ];
  expect(findings.filter((f) => f.severity === 'error')).toHaveLength(errors);
  return generateDocuments(model, { locale, findings })[0]?.content ?? '';
}

describe('the count of findings in the index', () => {
  it.each([
    [1, 1, 'Анализ нашёл проблем, которые нужно исправить: 1; предупреждений: 1.'],
    [2, 5, 'Анализ нашёл проблем, которые нужно исправить: 2; предупреждений: 5.'],
  ])('in Russian, %i problems and %i warnings need no case agreement', (errors, warnings, sentence) => {
    const index = indexWith(errors, warnings, 'ru');
    expect(index).toContain(sentence);
    expect(index).not.toMatch(/1 проблема, которые/);
  });

  it('in English, counted nouns', () => {
    expect(indexWith(1, 2, 'en')).toContain('The analysis found 1 problem to fix and 2 warnings.');
  });
});
