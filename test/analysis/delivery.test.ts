import { describe, expect, it } from 'vitest';
import { hasAddressOn } from '../../analysis/delivery';
import type { Channel, Contact, Person } from '../../model/model';

const person = (contacts: Contact[]): Person => ({ path: '/people/0', id: 'ann', name: 'Ann', role: 'Owner', contractor: false, contacts });
const channel = (kind: Channel['kind'], address?: string): Channel => ({
  path: '/channels/0',
  id: 'c',
  name: 'C',
  kind,
  audience: 'team',
  rallyPoint: false,
  ...(address !== undefined ? { address } : {}),
});

describe('an alert reaches a person only on a channel they have an address on', () => {
  it.each([
    // A bot can page a person only at their numeric chat id, never at an @username.
    ['telegram', [{ kind: 'telegram', value: '5123456789' }], true],
    ['telegram', [{ kind: 'telegram', value: '@ann_corner' }], false],
    ['telegram', [{ kind: 'phone', value: '+49 30 0000 0001' }], false],
    ['telegram', [{ kind: 'telegram', value: 'ann' }], false],
    ['sms', [{ kind: 'phone', value: '+49 30 0000 0001' }], true],
    ['phone', [{ kind: 'sms', value: '+7 (900) 000-10-01' }], true],
    ['sms', [{ kind: 'phone', value: '030 0000 0001' }], false],
    ['email', [{ kind: 'email', value: 'ann@corner.example' }], true],
    ['email', [{ kind: 'telegram', value: '@ann_corner' }], false],
    // AWS alarms cannot post to WhatsApp: a WhatsApp stage reaches nobody through the stack.
    ['whatsapp', [{ kind: 'whatsapp', value: '+49 30 0000 0001' }], false],
    ['slack', [{ kind: 'email', value: 'ann@corner.example' }], false],
    ['site-banner', [{ kind: 'phone', value: '+49 30 0000 0001' }], false],
  ] as const)('%s with %j: %s', (kind, contacts, expected) => {
    expect(hasAddressOn(person([...contacts]), channel(kind))).toBe(expected);
  });

  it('a webhook needs its own https address, whoever is notified', () => {
    expect(hasAddressOn(person([]), channel('webhook', 'https://hooks.example/alert'))).toBe(true);
    expect(hasAddressOn(person([]), channel('webhook', 'http://hooks.example/alert'))).toBe(false);
  });
});
