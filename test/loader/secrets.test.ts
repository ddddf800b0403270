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
    ['glpat-AbCdEfGhIjKlMnOpQrSt', 'a GitLab token'],
    ['xoxe-1-abcdefghijklmnop', 'a Slack token'],
    ['Authorization: Basic dXNlcjpodW50ZXIyMDI0', 'a basic-auth credential'],
    ['pass: hunter22', 'a password'],
    ['PIN 4821', 'a PIN'],
    ['the PIN is 0000', 'a PIN'],
    ['пин-код 1234', 'a PIN'],
    ['ПИН: 7731', 'a PIN'],
    ['код от сейфа 4821', 'a PIN'],
    ['код доступа: 1234', 'a PIN'],
    ['пароль — Vesna2024x', 'a password'],
    ['пароль: весна2024', 'a password'],
    ['the key is wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'a random token (a key or password)'],
    ['k8Jd9sL2mQ4xV7bN1cZ6tR3yW5eH0gPa', 'a random token (a key or password)'],
    // A qualifier between the name and the value.
    ['Пароль от админки: Vesna2024x', 'a password'],
    ['password for the shop panel: Zx9Qw7Lp', 'a password'],
    ['пароль к почте — Лето2031', 'a password'],
    // Other names a credential goes by.
    ['secret: hunter2x9Q', 'a credential'],
    ['token = Qw7Lp2xz', 'a credential'],
    ['api key: hunter2x9Qzz', 'a credential'],
    ['pw: hunter2x9Q', 'a credential'],
    ['токен: abc123def', 'a credential'],
    // user:password@host without a scheme.
    ['admin:hunter2x9Q@shop.example', 'a password in an address'],
    ['ssh root:Passw0rd@203.0.113.5', 'a password in an address'],
    // Disguised names: a Cyrillic а, full-width letters, a zero-width space inside the word.
    ['p\u0430ssword: hunter2x9Q', 'a password'],
    ['\uff50\uff41\uff53\uff53\uff57\uff4f\uff52\uff44: hunter2x9Q', 'a password'],
    ['pass\u200bword: hunter2x9Q', 'a password'],
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
    // Ordinary prose, English and Russian, with the words secrets are written after.
    'Reset the admin password over SSH on the VPS (needs the Beget panel).',
    'The PIN pad at the counter is an Ingenico terminal.',
    'Pass the parcels to the courier before 18:00; he passes by twice a day.',
    'Код подтверждения придёт по SMS на телефон директора.',
    'Пароль от Wi-Fi знает администратор; пин-код карты хранится в сейфе.',
    'Код региона 77, ОКПО и ИНН указаны в договоре № 2024-15/ИТ от 01.02.2024.',
    'Pixel Studio support retainer No. 14/2024 (Google Drive > Contracts)',
    'ProductionDatabaseServer2024 is rebuilt every night',
    '3f2a9c1e7b4d4e0f8a6b5c2d1e0f9a87',
    'd111111abcdef8.cloudfront.net.',
    'https://origin.samovar-tea.example/api/metrics/paid-orders?window=2h',
    'Passport series 4510 123456 is kept by the accountant',
    // Near misses of the shapes above.
    'Пароль от почты: в 1Password',
    'password for admin: every 90 days',
    'The password for the panel - ask Anna on 2nd floor',
    'token: see 1Password: Shop / Bot',
    'secret: none',
    'E-mail:anna2@shop.example',
    'Contact:support24@pixel.example',
    'mailto:anna2@shop.example',
    'https://user@shop.example/',
    'Магазин «Самовар» Tea, Олег Петров',
    'Пароли от Wi-Fi: на наклейке роутера',
  ])('%s is not a secret', (value) => {
    expect(secretKind(value)).toBeUndefined();
  });
});

describe('secret key names', () => {
  it.each([
    'password',
    'token',
    'api_key',
    'apiKey',
    'botToken',
    'smtp_password',
    'SMTPPassword',
    'clientSecret',
    'private-key',
    'credentials',
  ])('%s holds a secret', (key) => expect(isSecretKeyName(key)).toBe(true));
  it.each(['vault', 'passport', 'tokens', 'keyHolders', 'tlsDaysLeft', 'holders', 'account', 'access', '1Password: Shop'])(
    '%s does not',
    (key) => expect(isSecretKeyName(key)).toBe(false),
  );
});
