import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis';
import { phrasebook } from '../../analysis/i18n';
import { ITEM_RULES } from '../../analysis/score';
import { loadModel, WELL_DESIGNED } from './load';

const TODAY = '2026-11-20';
const FIXTURES = join(__dirname, '../fixtures/analysis');
const fixture = (name: string) => analyze(loadModel(join(FIXTURES, name)), { today: TODAY });

describe('readiness score', () => {
  it('a process that cannot meet its RTO fails the plan B item, and the breakdown names the finding', () => {
    const a = fixture('pb130-payment-check-slower-than-rto.yaml');
    const item = a.readiness.items.find((i) => i.id === 'plan-b')!;
    expect(item.status).toBe('fail');
    // What is wrong in a sentence, with names, not the rule's code.
    expect(item.evidence).toContain(`not in place while this error stands: ${a.findings.find((f) => f.code === 'PB130')!.message}`);
    expect(item.evidence).not.toContain('PB130');
    expect(item.costs).toEqual([{ code: 'PB130', pointer: '/processes/0/rto', points: 12.5 }]);
    expect(a.readiness.score).toBeLessThan(100);
  });

  it('says the errors in Russian too, and counts those past the first two', () => {
    const a = analyze(loadModel(join(FIXTURES, 'pb130-payment-check-slower-than-rto.yaml')), { today: TODAY, locale: 'ru' });
    const item = a.readiness.items.find((i) => i.id === 'plan-b')!;
    expect(item.evidence).toContain(`не выполнено, пока не исправлена ошибка: ${a.findings.find((f) => f.code === 'PB130')!.message}`);
    const book = phrasebook('ru');
    expect(book.errorsStand(['А.', 'Б.', 'В.', 'Г.'], book.format)).toBe('не выполнено, пока не исправлены ошибки: А. Б. И ещё 2 ошибки.');
    const en = phrasebook('en');
    expect(en.errorsStand(['A.', 'B.', 'C.'], en.format)).toBe('not in place while these errors stand: A. B. And 1 more error.');
  });

  it('a status page that dies with the site fails the backup-channels item', () => {
    const a = fixture('pb150-status-page-under-the-shop-domain.yaml');
    const item = a.readiness.items.find((i) => i.id === 'backup-channels')!;
    expect(item.status).toBe('fail');
    expect(item.costs.map((c) => c.code)).toEqual(['PB150']);
  });

  it('a well-designed business loses nothing', () => {
    const a = analyze(loadModel(WELL_DESIGNED), { today: TODAY });
    expect(a.readiness.score).toBe(100);
    expect(a.readiness.items.flatMap((i) => i.costs)).toEqual([]);
  });

  it('never passes an item while an error of its rules stands, and the costs add up to what the score lost', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml'));
    for (const file of files) {
      const a = fixture(file);
      for (const item of a.readiness.items) {
        const errors = a.findings.filter((f) => f.severity === 'error' && ITEM_RULES[item.id].includes(f.code));
        if (errors.length > 0) expect(item.status, `${file} ${item.id}`).toBe('fail');
      }
      const lost = a.readiness.items.flatMap((i) => i.costs).reduce((sum, c) => sum + c.points, 0);
      // Items can also lose points to facts no rule reports (no drills owner): costs never exceed the loss.
      expect(lost, file).toBeLessThanOrEqual(100 - a.readiness.score + 1);
    }
  });
});
