/**
 * People's contacts in the owner's documents: a numeric Telegram chat id is the alert bot's
 * address, not a way for a person to reach a person. The online shop's contact sheet read
 * "Telegram `@anton_ops`; Telegram `5100015838`" for every person, in every document.
 */
import { describe, expect, it } from 'vitest';
import { generateDocuments } from '../../../../generators/documents';
import { humanContacts } from '../../../../generators/documents/views/common';
import { exampleModel } from '../build-model';

describe('contacts for people', () => {
  it('leave out a Telegram chat id beside a @username, and keep it when it is the only Telegram contact', () => {
    expect(
      humanContacts([
        { kind: 'phone', value: '+7 900 000-10-02' },
        { kind: 'telegram', value: '@anton_ops' },
        { kind: 'telegram', value: '5100015838' },
      ]).map((c) => c.value),
    ).toEqual(['+7 900 000-10-02', '@anton_ops']);
    expect(humanContacts([{ kind: 'telegram', value: '700000001' }]).map((c) => c.value)).toEqual(['700000001']);
  });

  it.each(['online-shop', 'dental-clinic'] as const)('show no chat id in any document of %s', (name) => {
    const model = exampleModel(name);
    const ids = model.people.flatMap((p) => p.contacts.filter((c) => c.kind === 'telegram' && /^\d+$/.test(c.value)).map((c) => c.value));
    expect(ids.length).toBeGreaterThan(0);
    for (const d of generateDocuments(model, {})) for (const id of ids) expect(d.content, d.path).not.toContain(id);
    const contacts = generateDocuments(model, {}).find((d) => d.path === 'contacts.md')?.content ?? '';
    for (const p of model.people)
      for (const c of p.contacts) if (!/^\d+$/.test(c.value)) expect(contacts, `${p.name} ${c.value}`).toContain(c.value);
  });
});
