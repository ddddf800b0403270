/** What counts as a secret: the common token formats, and secret words inside compound key names. */
import { describe, expect, it } from 'vitest';
import { isSecretKeyName, secretKind } from '../../loader/secrets';

describe('secret values', () => {
  it.each([
    ['Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345', 'a bearer token'],
    ['sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCd', 'an API secret key'],
    ['sk-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGh', 'an API secret key'],
    ['SG.abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', 'a SendGrid API key'],
    ['y0_AgAAAABkZXYtdGVzdC10b2tlbi1leGFtcGxlLWxvbmctdmFsdWU', 'a Yandex OAuth token'],
    ['admin password hunter2xyz', 'a password'],
    ['admin password: hunter2xyz', 'a password'],
    ['пароль qwerty123', 'a password'],
    ['api key 9f86d081884c7d659a2feaa0c55ad015', 'an API key'],
  ])('%s is %s', (value, kind) => {
    expect(secretKind(value)).toBe(kind);
  });

  it.each([
    'the admin password is in 1Password: Shop / Hosting',
    'password 1Password: Shop',
    'пароль хранится в 1Password',
    'change the password every month',
    'Bearer token authentication',
    'sk-very-long-hyphenated-identifier-of-something',
    'https://status.example.com/health?check=1',
    '+7 495 123-45-67',
    'take-payments',
    'key metrics are tracked weekly',
    '1Password: Shop / Stripe API key',
  ])('%s is not a secret', (value) => {
    expect(secretKind(value)).toBeUndefined();
  });
});

describe('secret key names', () => {
  it.each(['password', 'token', 'api_key', 'apiKey', 'botToken', 'smtp_password', 'SMTPPassword', 'clientSecret', 'private-key', 'credentials'])(
    '%s holds a secret',
    (key) => expect(isSecretKeyName(key)).toBe(true),
  );
  it.each(['vault', 'passport', 'tokens', 'keyHolders', 'tlsDaysLeft', 'holders', 'account', 'access', '1Password: Shop'])(
    '%s does not',
    (key) => expect(isSecretKeyName(key)).toBe(false),
  );
});
