import { describe, expect, it } from 'vitest';
import { countOf, pluralWord } from '../../i18n/plural';

describe('the plural helper', () => {
  const errors = { one: 'ошибка', few: 'ошибки', many: 'ошибок', other: 'ошибки' };

  it('follows the Russian rules, 11-14 included', () => {
    expect([1, 2, 5, 11, 12, 14, 21, 22, 25, 101, 111].map((n) => countOf('ru', n, errors))).toEqual([
      '1 ошибка',
      '2 ошибки',
      '5 ошибок',
      '11 ошибок',
      '12 ошибок',
      '14 ошибок',
      '21 ошибка',
      '22 ошибки',
      '25 ошибок',
      '101 ошибка',
      '111 ошибок',
    ]);
  });

  it('falls back to other for a form the table does not give, and formats the count as asked', () => {
    expect(pluralWord('ru', 1.5, { one: 'час', other: 'часа' })).toBe('часа');
    expect(countOf('en', 1, { one: 'process', other: 'processes' })).toBe('1 process');
    expect(countOf('en', 1200, { one: 'process', other: 'processes' }, (n) => n.toLocaleString('en'))).toBe('1,200 processes');
  });
});
