/**
 * The passport names the replica region only when a backup bucket is replicated there: a bakery
 * with no cloud backups read "Cloud resources are created in eu-central-1, with copies in eu-west-1".
 */
import { describe, expect, it } from 'vitest';
import { generateDocuments } from '../../../../generators/documents';
import { loadBlueprintText } from '../../../../loader/index';
import { exampleModel } from '../build-model';

const BAKERY = `version: 1
business: { name: Crumb Bakery, slug: crumb, timezone: Europe/Berlin, owner: lena, revised: "2026-11-20" }
people:
  - { id: lena, name: Lena Bauer, role: Owner, contacts: [{ kind: phone, value: "+49 151 0000 0001" }] }
services:
  - { id: till, name: Card terminal, kind: pos, vendor: SumUp }
processes:
  - { id: pay, name: Taking card payments, criticality: critical, rto: 30m, rpo: 1h, needs: [till], data: [orders] }
data:
  - id: orders
    name: Pre-orders
    source: till
    copies: [{ id: book, kind: printout, where: Order book, every: 1d, offline: true }]
`;

const passportOf = (model: ReturnType<typeof exampleModel>, locale: 'en' | 'ru') =>
  generateDocuments(model, { locale }).find((d) => d.path === 'passport.md')?.content ?? '';

describe('the cloud regions in the passport', () => {
  it('leave out the replica region when no backup bucket is copied there', () => {
    const result = loadBlueprintText(BAKERY, 'bakery.yaml');
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    expect(passportOf(result.model, 'en')).toContain('Cloud resources are created in `eu-central-1`.\n');
    expect(passportOf(result.model, 'ru')).toContain('Облачные ресурсы создаются в регионе `eu-central-1`.\n');
  });

  it('name it when a backup bucket is replicated', () => {
    expect(passportOf(exampleModel('online-shop'), 'en')).toMatch(
      /Cloud resources are created in `[a-z0-9-]+`, with copies in `[a-z0-9-]+`\./,
    );
  });
});

/** The status page's hosting by its name: the passport read "hosted on aws", the blueprint's value. */
describe('the status page’s hosting in the passport', () => {
  it.each([
    ['aws', 'en', 'Status page: `status.samovar-tea.example`, hosted on Amazon Web Services (AWS), shows'],
    ['cloudflare', 'en', 'Status page: `status.samovar-tea.example`, hosted on Cloudflare, shows'],
    ['other', 'en', 'Status page: `status.samovar-tea.example`, on your own hosting, shows'],
    ['aws', 'ru', 'Страница статуса: `status.samovar-tea.example`, размещена в Amazon Web Services (AWS), показывает'],
    ['cloudflare', 'ru', 'Страница статуса: `status.samovar-tea.example`, размещена в Cloudflare, показывает'],
    ['other', 'ru', 'Страница статуса: `status.samovar-tea.example`, размещена на вашем собственном хостинге, показывает'],
  ] as const)('%s (%s)', (hosting, locale, line) => {
    const model = exampleModel('online-shop');
    model.statusPage!.hosting = hosting;
    const passport = passportOf(model, locale);
    expect(passport).toContain(line);
    expect(passport).not.toMatch(/(hosted on|размещена в) (aws|cloudflare|other)\b/);
  });
});
