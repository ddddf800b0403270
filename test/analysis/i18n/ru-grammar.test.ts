import { describe, expect, it } from 'vitest';
import { duration, format, genitive, list, q, qlist } from '../../../analysis/i18n/ru-grammar';

describe('Russian values', () => {
  it.each([
    [[], ''],
    [['А'], 'А'],
    [['А', 'Б'], 'А и Б'],
    [['А', 'Б', 'В'], 'А, Б и В'],
  ])('list(%j) is "%s"', (words, text) => expect(list(words)).toBe(text));

  // The English scale (seconds under 2 min, minutes under 2 h, hours under 3 days), in whole words
  // with the numeral's own form and a decimal comma.
  it.each([
    [1, '1 секунда'],
    [90, '90 секунд'],
    [120, '2 минуты'],
    [90 * 60, '90 минут'],
    [21 * 60, '21 минута'],
    [7_200, '2 часа'],
    [9_000, '2,5 часа'],
    [86_400, '24 часа'],
    [3 * 86_400, '3 дня'],
    [5 * 86_400, '5 дней'],
  ])('duration(%d) is "%s"', (s, text) => expect(duration(s)).toBe(text));

  it('writes dates and numbers as the documents do', () => {
    expect(format.date('2025-09-13')).toBe('13 сентября 2025 г.');
    expect(format.date('not a date')).toBe('not a date');
    expect(format.number(1.5)).toBe('1,5');
  });

  it('quotes names, nesting quotes the Russian way', () => {
    expect(q('Запись')).toBe('«Запись»');
    expect(q('АТС «Манго Офис», номер')).toBe('«АТС „Манго Офис“, номер»');
    expect(qlist(['А', 'Б'])).toBe('«А» и «Б»');
  });

  it.each([
    [[{ kind: 'service', name: 'CRM' }], 'сервиса «CRM»'],
    [
      [
        { kind: 'service', name: 'CRM' },
        { kind: 'service', name: 'Почта' },
      ],
      'сервисов «CRM» и «Почта»',
    ],
    [
      [
        { kind: 'service', name: 'CRM' },
        { kind: 'place', name: 'Офис' },
      ],
      'сервиса «CRM» и площадки «Офис»',
    ],
    [[{ kind: 'vendor', name: 'Beget' }], 'всех сервисов Beget'],
    [[{ kind: 'domain', name: 'shop.example' }], 'домена shop.example'],
  ] as const)('genitive(%j) is "%s"', (subjects, text) => expect(genitive(subjects)).toBe(text));
});
