/**
 * The drill plan's scenario without a duration: the Russian said «Продолжительность: не задано»,
 * the neuter form, of a feminine noun.
 */
import { describe, expect, it } from 'vitest';
import { documentOf, textModel } from '../build-model';

const CLINIC = `version: 1
business: { name: Клиника, slug: clinic, timezone: Europe/Moscow, owner: ann, revised: "2026-11-25", language: ru }
people:
  - { id: ann, name: Анна, role: Владелец, contacts: [{ kind: phone, value: "+7 900 000 0001" }] }
services:
  - { id: crm, name: CRM, kind: crm, vendor: Cloudy }
processes:
  - { id: booking, name: Запись, criticality: critical, rto: 1h, rpo: 1h, needs: [crm] }
drills:
  every: 180d
  planOwner: ann
  scenarios:
    - { id: crm-down, title: CRM не работает, fail: [crm] }
    - { id: crm-long, title: CRM не работает долго, fail: [crm], duration: 3h }
`;

const drills = (locale: 'en' | 'ru'): string => documentOf(textModel(CLINIC, 'clinic.yaml'), 'drills.md', locale);

describe('a drill scenario’s duration', () => {
  it('not given: «не задана» in Russian, agreeing with «продолжительность»', () => {
    expect(drills('ru')).toContain('Продолжительность: не задана.');
    expect(drills('ru')).not.toContain('не задано');
  });

  it('given, or in English, as before', () => {
    expect(drills('ru')).toContain('Продолжительность: 3 часа.');
    expect(drills('en')).toContain('For how long: not set.');
  });
});

/**
 * The contact sheet marks a contractor once: it added "(contractor)" to a role that already said
 * so ('Web studio "Pixel Studio" (contractor), developer of the shop (contractor)').
 */
const CONTRACTORS = `version: 1
business: { name: Shop, slug: shop, timezone: Europe/Moscow, owner: ann, revised: "2026-11-25" }
people:
  - { id: ann, name: Ann, role: Owner, contacts: [{ kind: phone, value: "+7 900 000 0001" }] }
  - { id: dan, name: Dan, role: "Web studio (Contractor), developer", contractor: true, contacts: [{ kind: phone, value: "+7 900 000 0002" }] }
  - { id: ivan, name: Ivan, role: Подрядчик по 1С, contractor: true, contacts: [{ kind: phone, value: "+7 900 000 0003" }] }
  - { id: kim, name: Kim, role: System administrator, contractor: true, contacts: [{ kind: phone, value: "+7 900 000 0004" }] }
services:
  - { id: crm, name: CRM, kind: crm, vendor: Cloudy }
processes:
  - { id: booking, name: Booking, criticality: critical, rto: 1h, rpo: 1h, needs: [crm] }
`;

const contacts = (locale: 'en' | 'ru'): string => documentOf(textModel(CONTRACTORS, 'shop.yaml'), 'contacts.md', locale);

describe('the contact sheet’s contractors', () => {
  it('are marked once, whatever the case, when the role already says so (English)', () => {
    const text = contacts('en');
    expect(text).toContain('| Dan | Web studio (Contractor), developer | ');
    expect(text).toContain('| Kim | System administrator (contractor) | ');
    expect(text).not.toMatch(/contractor.*\(contractor\)/i);
  });

  it('are marked once when the role already says so (Russian)', () => {
    const text = contacts('ru');
    expect(text).toContain('| Ivan | Подрядчик по 1С | ');
    expect(text).toContain('| Kim | System administrator (подрядчик) | ');
    expect(text).not.toMatch(/подрядчик.*\(подрядчик\)/i);
  });
});

/**
 * The drill checklist names the people who may switch as alternatives: it read "Rui Silva, Ana
 * Costa switched to plan B", as if both had to.
 */
const SWITCHERS = `version: 1
business: { name: Shop, slug: shop, timezone: Europe/Lisbon, owner: rui, revised: "2026-11-25" }
people:
  - { id: rui, name: Rui Silva, role: Owner, contacts: [{ kind: phone, value: "+351 900 000 001" }] }
  - { id: ana, name: Ana Costa, role: Manager, contacts: [{ kind: phone, value: "+351 900 000 002" }] }
  - { id: ze, name: Zé Lopes, role: Clerk, contacts: [{ kind: phone, value: "+351 900 000 003" }] }
services:
  - { id: crm, name: CRM, kind: crm, vendor: Cloudy }
  - { id: till, name: Till, kind: pos, vendor: Tilly }
processes:
  - { id: orders, name: Orders, criticality: critical, rto: 1h, rpo: 1h, needs: [crm], planB: { summary: Paper order book, switchedBy: [rui, ana], switchTime: 10m, steps: [Open the book] } }
  - { id: pay, name: Payments, criticality: critical, rto: 1h, rpo: 1h, needs: [crm], planB: { summary: Cash, switchedBy: [rui, ana, ze], switchTime: 5m, steps: [Take cash] } }
  - { id: stock, name: Stock, criticality: high, rto: 1h, rpo: 1h, needs: [crm], planB: { summary: Count by hand, switchedBy: [ze], switchTime: 5m, steps: [Count] } }
drills: { every: 180d, planOwner: rui, scenarios: [{ id: crm-down, title: CRM down, fail: [crm] }, { id: till-down, title: Till down, fail: [till] }] }
`;

describe('the drill checklist’s switchers', () => {
  it('are any one of the people named (English)', () => {
    const text = documentOf(textModel(SWITCHERS), 'drills.md', 'en');
    expect(text).toContain('- [ ] Orders: Rui Silva or Ana Costa switched to plan B within the 10 minutes the runbook allows');
    expect(text).toContain('- [ ] Payments: Rui Silva, Ana Costa or Zé Lopes switched to plan B within');
    expect(text).toContain('- [ ] Stock: Zé Lopes switched to plan B within');
  });

  it('are any one of the people named (Russian)', () => {
    const text = documentOf(textModel(SWITCHERS), 'drills.md', 'ru');
    expect(text).toContain('- [ ] Orders: на запасной вариант переключились (это может сделать Rui Silva или Ana Costa);');
    expect(text).toContain('(это может сделать Rui Silva, Ana Costa или Zé Lopes);');
    expect(text).toContain('(это может сделать Zé Lopes);');
  });
});

/** A scenario in which no process stops asked "Was plan B switched on within the time it may stop?". */
describe('a drill scenario in which no process stops', () => {
  const scenarios = (locale: 'en' | 'ru') => {
    const text = documentOf(textModel(SWITCHERS), 'drills.md', locale);
    const crm = text.slice(text.indexOf('### 1. CRM down'), text.indexOf('### 2. Till down'));
    const till = text.slice(text.indexOf('### 2. Till down'), text.indexOf('## ', text.indexOf('### 2. Till down') + 4));
    return { crm, till };
  };

  it.each([
    ['en', 'No declared process stops in this scenario.', '- [ ] Was plan B switched on within the time it may stop?'],
    [
      'ru',
      'Ни один из описанных процессов в этом сценарии не остановится.',
      '- [ ] Успели ли перейти на запасной вариант в пределах допустимого простоя?',
    ],
  ] as const)('asks no plan B question, where one that stops a process does (%s)', (locale, nothing, question) => {
    const { crm, till } = scenarios(locale);
    expect(till).toContain(nothing);
    expect(till).not.toContain(question);
    expect(crm).toContain(question);
  });
});
