/**
 * What a vault field may hold: a reference to a password-manager entry, never the secret. A value
 * is accepted only in one of the forms below (docs/blueprint.md lists them), so a password typed
 * into the field is refused instead of being printed into the owner's documents.
 */
import { secretKind } from './secrets';

/** Password managers and secret stores, as people write their names before the entry. */
const MANAGERS = [
  '1Password',
  'Bitwarden',
  'Vaultwarden',
  'KeePass',
  'KeePassXC',
  'KeePassX',
  'KeePassDX',
  'LastPass',
  'Dashlane',
  'Keeper',
  'NordPass',
  'Proton Pass',
  'Enpass',
  'RoboForm',
  'Passbolt',
  'Psono',
  'Passwork',
  'Zoho Vault',
  'Password manager',
  'Менеджер паролей',
  'pass',
  'gopass',
  'HashiCorp Vault',
  'Vault',
  'AWS Secrets Manager',
  'Azure Key Vault',
  'Google Secret Manager',
  'Yandex Lockbox',
];

const NAMED = new RegExp(`^(${MANAGERS.map((m) => m.replace(/ /g, '\\s+')).join('|')})\\s*:\\s*(\\S.*)$`, 'i');
/** op://vault/item, op://vault/item/field, op://vault/item/section/field */
const OP_URI = /^op:\/\/[^/]+\/[^/]+(\/[^/]+){0,2}$/;

/**
 * One word that mixes capitals, small letters and digits, or holds password symbols, with no
 * separator: reads like a password ("Qw3rty2024", "p@ss!"), not an item name ("Beget", "a0-shop").
 */
const LONE_SECRET_LIKE = /^(?:(?=\S*\d)(?=\S*[A-ZА-ЯЁ])(?=\S*[a-zа-яё])|(?=\S*[!@#$%^&*~|\\]))\S{6,}$/;

/** A word and a number ("Hosting2", "Beget-2024"): how items are named, not how passwords look. */
const NAME_WITH_NUMBER = /^[A-ZА-ЯЁ]?[a-zа-яё]+[-_ ]?\d+$/;

export function isVaultReference(value: string): boolean {
  const text = value.trim();
  if (OP_URI.test(text)) return secretKind(text) === undefined;
  const m = NAMED.exec(text);
  if (!m) return false;
  // The entry alone is screened: "pass: shop/hosting" is a reference, though "pass:" before a
  // value is how a password is written in free text.
  const entry = (m[2] as string).trim();
  const secretLike = LONE_SECRET_LIKE.test(entry) && !NAME_WITH_NUMBER.test(entry);
  return /[A-Za-zА-Яа-яЁё]/.test(entry) && !secretLike && secretKind(entry) === undefined;
}

/** A manager's name followed by another separator than the colon: "1Password - Shop / Stripe". */
// Not "pass" or "Vault": before a space they are ordinary words ("pass hunter2x"), not a manager.
const SLIPPED = MANAGERS.filter((m) => m !== 'pass' && m !== 'Vault');
const OTHER_SEPARATOR = new RegExp(`^(${SLIPPED.map((m) => m.replace(/ /g, '\\s+')).join('|')})\\s*(?:[-–—/>|,;]|\\s)\\s*(\\S.*)$`, 'i');

/**
 * The manager's name, as written, when the value would be a reference with a colon after it; a
 * hint can then name the one change without repeating the entry (which might be the secret).
 */
export function managerBeforeOtherSeparator(value: string): string | undefined {
  const m = OTHER_SEPARATOR.exec(value.trim());
  return m !== null && isVaultReference(`${m[1]}: ${m[2]}`) ? (m[1] as string) : undefined;
}

/** Accepted forms, for hints and docs. */
export const VAULT_EXAMPLES = [
  '1Password: Shop / Hosting panel',
  'op://Shop/Hosting panel/password',
  'Bitwarden: Ops / Cloudflare',
  'KeePass: ops.kdbx > Hosting / Beget',
  'LastPass: Shared-Ops / Registrar',
  'pass: shop/hosting',
] as const;
