/**
 * The report's English sentences that carry a count read right for one: "1 event stored out of
 * time order were put in order", "1 event dated ... before their alarm were counted".
 */
import { describe, expect, it } from 'vitest';
import { reportLocale } from '../../../generators/report/index';

describe('English report sentences with a count', () => {
  const l = reportLocale('en');

  it.each([1, 3])('agree with %i event(s) and incident(s)', (n) => {
    const events = l.count(n, 'event');
    const incidents = l.count(n, 'incident');
    expect(l.t('reordered', { n: events })).toBe(`Stored out of time order and put in order: ${events}.`);
    expect(l.t('adjusted', { n: events })).toBe(`Dated up to two minutes before their alarm (clock skew) and counted from it: ${events}.`);
    expect(l.t('carriedOver', { incidents })).toBe(
      `${incidents} began the month before and ran into this one; the downtime is counted from the first minute of this month.`,
    );
  });
});
