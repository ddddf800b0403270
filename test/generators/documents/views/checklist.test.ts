/**
 * Checklist items about every backup, customer channel or alert route are not ticked for a
 * business that declares none: the owner of a food truck with no data sets, channels or alerts
 * read "Backups are actually checked" and "Alerts reach people through more than one channel" ticked.
 */
import { describe, expect, it } from 'vitest';
import { generateDocuments } from '../../../../generators/documents';
import { loadLocale } from '../../../../generators/documents/locale';
import { loadBlueprintText } from '../../../../loader/index';
import type { Model } from '../../../../model/model';
import { exampleModel } from '../build-model';

const BARE = `version: 1
business: { name: Taco Wheels, slug: taco-wheels, timezone: America/Chicago, owner: luis, revised: "2026-11-25" }
people:
  - { id: luis, name: Luis Ortega, role: Owner, contacts: [{ kind: phone, value: "+1 512 555 0101" }] }
services:
  - { id: square, name: Square card reader, kind: pos, vendor: Square }
processes:
  - { id: payments, name: Taking payments, criticality: critical, rto: 15m, rpo: 1h, needs: [square] }
`;

function bare(): Model {
  const result = loadBlueprintText(BARE, 'bare.yaml');
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.model;
}

const NONE = ['backups-two-places', 'backups-checked', 'customer-line-backup', 'alerts-two-channels'];

/** The checklist's Markdown and, per item id, whether its task is ticked. */
function itemsOf(model: Model, locale: 'en' | 'ru') {
  const checklist = generateDocuments(model, { locale }).find((d) => d.path === 'checklist.md')?.content ?? '';
  const lines = checklist.split('\n');
  const ticked = (id: string) => {
    const title = loadLocale(locale).t(`check.${id}`);
    const line = lines.find((l) => l.startsWith('- [') && l.slice(6).startsWith(title));
    if (line === undefined) throw new Error(`no checklist line for ${id}`);
    return line.startsWith('- [x]');
  };
  return { checklist, ticked };
}

describe('checklist items over what is declared', () => {
  it.each(['en', 'ru'] as const)('are not ticked when nothing is declared (%s)', (locale) => {
    const { ticked } = itemsOf(bare(), locale);
    for (const id of NONE) expect(ticked(id), id).toBe(false);
  });

  it('say what is missing in the owner’s words', () => {
    const { checklist } = itemsOf(bare(), 'en');
    expect(checklist).toContain(
      '- [ ] Backups are actually checked (a restore was tried). Missing: no data set and its copies are declared',
    );
    expect(checklist).toContain('- [ ] Alerts reach people through more than one channel. Missing: no alert route is declared');
    expect(checklist).toContain('- [ ] Every customer channel has a backup. Missing: no customer channel is declared');
  });

  it('judge the declared ones as before', () => {
    const { checklist } = itemsOf(exampleModel('online-shop'), 'en');
    expect(checklist).toContain('Missing: no backup for: SMS to customers with open orders');
  });

  it.each([
    ['en', 'Missing: warning alerts go only through Team chat "Samovar on-call" in Telegram\n'],
    ['ru', 'Чего не хватает: оповещения «предупреждение» приходят только через Team chat "Samovar on-call" in Telegram\n'],
  ] as const)('say which alerts go over one channel, and the channel, not the route’s id (%s)', (locale, said) => {
    const { checklist } = itemsOf(exampleModel('online-shop'), locale);
    expect(checklist).toContain(said);
    expect(checklist).not.toMatch(/alert routes: warning|маршрутах оповещений: warning/);
  });

  it('name the processes a one-channel route is about', () => {
    const model = exampleModel('online-shop');
    const route = model.alerts.find((r) => r.id === 'orders-drop')!;
    for (const stage of route.stages) stage.via = stage.via.slice(0, 1);
    expect(itemsOf(model, 'en').checklist).toContain(
      'warning alerts about Taking orders on the site, Taking card payments go only through Team chat "Samovar on-call" in Telegram; ' +
        'warning alerts go only through',
    );
  });

  it('name as unchecked only the data whose restorable copies the findings call untested (a printout is read, not restored)', () => {
    const model = exampleModel('online-shop');
    const { checklist } = itemsOf(model, 'en');
    const line = checklist.split('\n').find((l) => l.startsWith('- [ ] Backups are actually checked'));
    expect(line).toBe(
      '- [ ] Backups are actually checked (a restore was tried). Missing: no recent restore check for: ' +
        'Document templates (invoice, return form, courier act), Emergency instructions (this plan, contacts, runbooks)',
    );
    // Only printouts left unchecked: the item is in place.
    for (const d of model.data)
      for (const c of d.copies) if (c.kind !== 'printout') Object.assign(c, { lastChecked: model.business.revised });
    expect(itemsOf(model, 'en').ticked('backups-checked')).toBe(true);
  });
});
