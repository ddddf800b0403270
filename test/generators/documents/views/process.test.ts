/**
 * The process runbook's alert table ("Whom to call") says who an alert stage cannot reach, as the
 * analysis (PB132) and `planb simulate` do: a hotel's first stage went to the receptionist over the
 * team's Telegram group, he had no Telegram chat id, and the table listed him as if he were paged.
 */
import { describe, expect, it } from 'vitest';
import { generateDocuments } from '../../../../generators/documents';
import { loadBlueprintText } from '../../../../loader/index';
import type { Model } from '../../../../model/model';

const HOTEL = `version: 1
business: { name: Hotel Seeblick, slug: seeblick, timezone: Europe/Vienna, owner: maria, revised: "2026-11-15" }
people:
  - id: maria
    name: Maria Huber
    role: Owner
    contacts: [{ kind: phone, value: "+43 660 000 0001" }, { kind: telegram, value: "700000001" }]
  - { id: felix, name: Felix Gruber, role: Reception, contacts: [{ kind: email, value: felix@seeblick.example }] }
services:
  - { id: pms, name: Property management system, kind: booking, vendor: Protel }
processes:
  - { id: check-in, name: Checking guests in, criticality: critical, rto: 1h, rpo: 15m, needs: [pms] }
monitoring:
  endpoints:
    - { id: pms-check, service: pms, check: tcp, url: "pms.seeblick.example:443" }
channels:
  - { id: tg, name: Team Telegram group, kind: telegram, audience: team }
  - { id: sms-team, name: SMS to staff, kind: sms, audience: team }
alerts:
  - id: critical
    severity: critical
    stages:
      - { notify: [felix, maria], via: [tg] }
      - { notify: [felix], via: [tg, sms-team], after: 10m }
`;

function hotel(): Model {
  const result = loadBlueprintText(HOTEL, 'hotel.yaml');
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.model;
}

function alertRows(locale: 'en' | 'ru'): string[] {
  const runbook = generateDocuments(hotel(), { locale }).find((d) => d.path === 'runbooks/process-check-in.md')?.content ?? '';
  return runbook.split('\n').filter((line) => /^\| (at once|10 minutes|сразу|если не починили)/.test(line));
}

describe('the process runbook’s alert table', () => {
  it('marks a person with no address on the stage’s channels as not reached, and the others as they are', () => {
    expect(alertRows('en')).toEqual([
      '| at once | Felix Gruber (unreachable: no address on this channel), Maria Huber | Team Telegram group | critical |',
      '| 10 minutes later, if still down | Felix Gruber (unreachable: no address on these channels) | Team Telegram group, SMS to staff | critical |',
    ]);
  });

  it('says so in Russian too', () => {
    expect(alertRows('ru')[0]).toBe(
      '| сразу | Felix Gruber (оповещение не дойдёт: нет адреса в этом канале), Maria Huber | Team Telegram group | авария |',
    );
  });
});
