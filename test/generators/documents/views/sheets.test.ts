/**
 * The drill plan's scenario without a duration: the Russian said «Продолжительность: не задано»,
 * the neuter form, of a feminine noun.
 */
import { describe, expect, it } from 'vitest';
import { generateDocuments } from '../../../../generators/documents';
import { loadBlueprintText } from '../../../../loader/index';

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

function drills(locale: 'en' | 'ru'): string {
  const result = loadBlueprintText(CLINIC, 'clinic.yaml');
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return generateDocuments(result.model, { locale }).find((d) => d.path === 'drills.md')?.content ?? '';
}

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
