/**
 * The channel table is the one place a channel kind is described: it covers exactly the schema's
 * kinds, declares its limitations consistently, and every reader's wording exists for each kind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_DRIVERS, channelAddressValid, driverOf, personAddress } from '../../channels';
import { availableLocales, loadLocale } from '../../generators/documents/locale';
import type { ChannelKind } from '../../model/model';

const ROOT = join(__dirname, '..', '..');
const KINDS = Object.keys(CHANNEL_DRIVERS).sort() as ChannelKind[];

describe('the channel table', () => {
  it('has one entry per channel kind the schema accepts', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'blueprint.schema.json'), 'utf8'));
    const kinds = (schema.$defs.channel.properties.kind.enum as string[]).slice().sort();
    expect(KINDS).toEqual(kinds);
  });

  it('declares no-aws-delivery exactly for the kinds AWS cannot deliver, and a secret only with a sender', () => {
    for (const kind of KINDS) {
      const d = driverOf(kind);
      expect([kind, d.cannot.includes('no-aws-delivery')]).toEqual([kind, d.aws === undefined]);
      if (d.secret) expect(d.aws?.by).toBe('lambda');
    }
  });

  it('has a label for every kind in every documents language', () => {
    for (const tag of availableLocales()) for (const kind of KINDS) expect(loadLocale(tag).t(`channelKind.${kind}`)).not.toBe('');
  });
});

describe('addresses by the table', () => {
  const contacts = [
    { kind: 'telegram', value: '@ann' },
    { kind: 'telegram', value: ' 123456789 ' },
    { kind: 'phone', value: '+7 900 000-10-01' },
    { kind: 'sms', value: '8 900 000 10 01' },
    { kind: 'email', value: 'ann@corner.example' },
  ];

  it('reaches a person at the first address that parses, never an @username', () => {
    expect(personAddress(contacts, 'telegram')).toBe('123456789');
    expect(personAddress(contacts, 'sms')).toBe('+79000001001');
    expect(personAddress(contacts, 'phone')).toBe('+79000001001');
    expect(personAddress(contacts, 'email')).toBe('ann@corner.example');
    expect(personAddress([{ kind: 'telegram', value: '@ann' }], 'telegram')).toBeUndefined();
  });

  it('reaches nobody on a manual channel, and a webhook only at its own https address', () => {
    for (const kind of ['whatsapp', 'slack', 'site-banner', 'status-page', 'social', 'other', 'webhook'] as const) {
      expect(personAddress(contacts, kind)).toBeUndefined();
    }
    expect(channelAddressValid('webhook', 'https://hooks.example/alert')).toBe(true);
    expect(channelAddressValid('webhook', 'http://hooks.example/alert')).toBe(false);
    expect(channelAddressValid('email', 'https://hooks.example/alert')).toBe(false);
  });

  it("says where the channel's own address lives, for the domain it goes down with", () => {
    expect(driverOf('email').addressHost?.('alerts@corner.example')).toBe('corner.example');
    expect(driverOf('webhook').addressHost?.('https://hooks.corner.example/alert')).toBe('hooks.corner.example');
    expect(driverOf('telegram').addressHost).toBeUndefined();
  });
});
