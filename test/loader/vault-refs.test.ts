/** Vault fields: the accepted password-manager reference forms, and values refused without being echoed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVaultReference, managerBeforeOtherSeparator, VAULT_EXAMPLES } from '../../loader/vault-refs';
import { loadBlueprintText } from '../../loader/index';

describe('vault references', () => {
  it.each([
    ...VAULT_EXAMPLES,
    '1Password: Samovar / AWS root (break glass)',
    '1Password: Улыбка / Яндекс 360, администратор',
    'op://Shop/Hosting',
    'op://Shop/Hosting/admin/password',
    'Bitwarden: Hosting2',
    'Vaultwarden: Ops / Beget-2024',
    'KeePassXC: office.kdbx > Банк / СберБизнес',
    'gopass: ops/registrar',
    'Password manager: Business / Hosting',
  ])('%s is a reference', (v) => expect(isVaultReference(v)).toBe(true));

  it.each([
    'hunter2',
    'Qw3rty2024!',
    'admin / P@ssw0rd',
    'in the safe',
    '1Password',
    'Bitwarden: ',
    '1Password: Qw3rty2024',
    '1Password: p@ss!word',
    '1Password: ghp_0123456789abcdefghijklmnopqrstuvwxyz0123',
    'op://Shop',
  ])('%s is not', (v) => expect(isVaultReference(v)).toBe(false));
});

describe('a vault field that holds something else', () => {
  const example = readFileSync(join(__dirname, '../../blueprints/online-shop.yaml'), 'utf8');

  it.each(['Tr0ub4dor&3', 'correct horse battery staple', 'admin:S3cretPass'])('is PB039 at its place, never echoing %s', (secret) => {
    const text = example.replace('vault: "1Password: Samovar / Bitrix admin"', `vault: "${secret}"`);
    const line = text.split('\n').findIndex((l) => l.includes(secret)) + 1;
    const r = loadBlueprintText(text, 'shop.yaml');
    expect(r.ok).toBe(false);
    const d = r.diagnostics.find((x) => x.code === 'PB039');
    expect(d).toMatchObject({ line, column: 14, pointer: '/services/1/access/vault' });
    expect(d?.hint).toContain('1Password: Shop / Hosting panel');
    expect(JSON.stringify(r.diagnostics)).not.toContain(secret);
  });
});

describe('a reference with another separator than the colon', () => {
  it.each([
    ['1Password - Business / Stripe', '1Password'],
    ['Bitwarden / Ops / Cloudflare', 'Bitwarden'],
    ['KeePass office.kdbx > NAS', 'KeePass'],
  ])('%s names its manager for the hint', (value, manager) => {
    expect(managerBeforeOtherSeparator(value)).toBe(manager);
  });

  it.each(['1Password - Qw3rty2024!', 'pass hunter22x', 'Apple Keychain: Shop'])('%s gets no such hint', (value) => {
    expect(managerBeforeOtherSeparator(value)).toBeUndefined();
  });

  it('is PB039 whose hint says where the colon goes, without the entry', () => {
    const example = readFileSync(join(__dirname, '../../blueprints/online-shop.yaml'), 'utf8');
    const text = example.replace('vault: "1Password: Samovar / Bitrix admin"', 'vault: "1Password - Samovar / Bitrix admin"');
    const d = loadBlueprintText(text, 'shop.yaml').diagnostics.find((x) => x.code === 'PB039');
    expect(d?.hint).toBe('put a colon right after the manager\'s name: "1Password: <the entry>"');
  });
});

describe('a password written into a vault field', () => {
  it('is one error, PB034, whose hint says to write the reference (not also PB039), and is never echoed', () => {
    const example = readFileSync(join(__dirname, '../../blueprints/online-shop.yaml'), 'utf8');
    const text = example.replace(
      'vault: "1Password: Samovar / Bitrix admin"',
      'vault: "KeePass: office.kdbx > NAS admin password: Steuer#2024"',
    );
    const r = loadBlueprintText(text, 'shop.yaml');
    const here = r.diagnostics.filter((d) => d.pointer === '/services/1/access/vault');
    expect(here.map((d) => d.code)).toEqual(['PB034']);
    expect(here[0]?.hint).toMatch(/write a reference to the entry/);
    expect(JSON.stringify(r.diagnostics)).not.toContain('Steuer#2024');
  });
});
