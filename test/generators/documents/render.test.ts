/**
 * The English templates' count sentences read right for any count: the checklist said "1 of 21
 * items are in place", the verb agreeing with neither number. The counts are rendered into the
 * real templates with every other field blank.
 */
import { describe, expect, it } from 'vitest';
import { loadLocale } from '../../../generators/documents/locale';
import { rendererFor } from '../../../generators/documents/render';

/** A view whose every field the template reads is blank, but for the ones given (nested views are blank too). */
function blank(fields: Record<string, unknown>): object {
  return new Proxy(fields, {
    get: (t, k) => (typeof k !== 'string' ? undefined : k in t ? t[k] : blank({})),
    has: () => true,
    getOwnPropertyDescriptor: (t, k) => Object.getOwnPropertyDescriptor(t, k) ?? { value: '', configurable: true, enumerable: true },
  });
}

describe('English count sentences', () => {
  const render = rendererFor(loadLocale('en'));

  it.each([0, 1, 2, 21])('the checklist and the index count %i done item(s) without a verb to agree', (done) => {
    const checklist = render('checklist', blank({ done, total: 21, readiness: false }));
    expect(checklist).toContain(`Items in place: ${done} of 21.`);
    const index = render('index', blank({ checklist: blank({ done, total: 21 }) }));
    expect(index).toContain(`Checklist: items in place: ${done} of 21 (`);
  });
});

describe('Russian count sentences', () => {
  const render = rendererFor(loadLocale('ru'));

  // A user's 101-character Cyrillic SMS read "Для SMS это 101 знаков": the count was printed
  // bare before a plural written for 5-20.
  it.each([
    [101, '101 знак'],
    [102, '102 знака'],
    [111, '111 знаков'],
    [166, '166 знаков'],
  ])('the messages sheet counts %i SMS characters with the word that agrees', (characters, words) => {
    const sms = { characters, parts: 2 };
    const messages = render('messages', blank({ customers: [blank({ sms })], team: [blank({ sms })] }));
    const lines = messages.split('\n').filter((l) => l.startsWith('Для SMS это'));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toContain(`Для SMS это ${words}, текст уйдёт частями (2 части)`);
  });
});
