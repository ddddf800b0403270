/** Signed links and the Telegram secret: what passes, and every way a forged one fails. */
import { describe, expect, it } from 'vitest';
import { MemoryNonceStore, signLink, verifyLink } from '../../../runtime/ack/link';
import { readUpdate, sameSecret } from '../../../runtime/ack/telegram';

const claim = { incident: 'endpoint:shop@2026-10-05T10:00:00.000Z', person: 'anna', stage: 1, expires: 1_800_000_000, nonce: 'n1' };
const KEY = 'k';

describe('signed acknowledgement links', () => {
  it('verify once before expiry, then are used', async () => {
    const nonces = new MemoryNonceStore();
    const t = signLink(claim, KEY);
    expect(t).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(await verifyLink(t, KEY, claim.expires - 1, nonces)).toEqual({ ok: true, claim });
    expect(await verifyLink(t, KEY, claim.expires - 1, nonces)).toEqual({ ok: false, reason: 'used' });
  });

  it('refuse another key, a changed payload, a cut signature, garbage and expiry', async () => {
    const nonces = new MemoryNonceStore();
    const t = signLink(claim, KEY);
    const [payload, sig] = t.split('.') as [string, string];
    expect(await verifyLink(signLink(claim, 'other'), KEY, 0, nonces)).toEqual({ ok: false, reason: 'forged' });
    expect(await verifyLink(`${payload}x.${sig}`, KEY, 0, nonces)).toEqual({ ok: false, reason: 'forged' });
    expect(await verifyLink(`${payload}.${sig.slice(1)}`, KEY, 0, nonces)).toEqual({ ok: false, reason: 'malformed' });
    expect(await verifyLink('', KEY, 0, nonces)).toEqual({ ok: false, reason: 'malformed' });
    expect(await verifyLink(t, KEY, claim.expires, nonces)).toEqual({ ok: false, reason: 'expired' });
  });
});

describe('Telegram', () => {
  it('compares the secret token exactly, whatever its length', () => {
    expect(sameSecret('s3cret', 's3cret')).toBe(true);
    expect(sameSecret('s3cre', 's3cret')).toBe(false);
    expect(sameSecret(undefined, 's3cret')).toBe(false);
    expect(sameSecret('', '')).toBe(false);
  });

  it('reads a button press and ignores updates it does not understand', () => {
    const data = 'ack:' + 'a'.repeat(22);
    expect(readUpdate(JSON.stringify({ callback_query: { id: 'q', from: { id: 42 }, data } }))).toEqual({
      press: { callbackId: 'q', from: '42', shortId: 'a'.repeat(22) },
    });
    expect(readUpdate(JSON.stringify({ callback_query: { id: 'q', from: { id: 42 }, data: 'ack:short' } }))).toEqual({});
    expect(readUpdate(JSON.stringify({ callback_query: { id: 'q', from: { id: '42' }, data } }))).toEqual({});
    expect(readUpdate('not json')).toEqual({});
    expect(readUpdate('null')).toEqual({});
  });
});
