/** No secret may enter a blueprint: every string and every key name is checked, whatever the schema says. */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { isSecretKeyName, secretKind } from '../secrets';
import { isVaultReference } from '../vault-refs';
import { forEachText } from './walk';

const FIX =
  'store it in the password manager and write a reference to the entry (access: { vault: "1Password: ..." }); Pulumi secrets go in `pulumi config set --secret`';

/** Reports every secret; returns the values found, so that no other message can repeat them. */
export function checkSecrets(data: unknown, map: YamlSourceMap, out: Diagnostic[]): string[] {
  const found: string[] = [];
  forEachText(
    data,
    (value, pointerOf) => {
      const kind = secretKind(value);
      if (!kind) return;
      const pointer = pointerOf();
      // A well-formed reference in a vault field ("pass: shop/hosting") is what the field is for.
      if (pointer.endsWith('/vault') && isVaultReference(value)) return;
      found.push(value);
      out.push({ ...map.locate(pointer), severity: 'error', code: 'PB034', pointer, message: `this value looks like ${kind}`, hint: FIX });
    },
    (key, value, pointerOf) => {
      // A secret pasted where a key goes (`ghp_...: x`, or a whole `password: ...` line quoted as
      // one key) is reported without its text, and kept out of every other message and pointer.
      const keyKind = secretKind(key);
      if (keyKind !== undefined) {
        found.push(key);
        const pointer = pointerOf();
        out.push({
          ...map.locateKey(pointer),
          severity: 'error',
          code: 'PB034',
          pointer,
          message: `a key here looks like ${keyKind}`,
          hint: FIX,
        });
        return false;
      }
      if (!isSecretKeyName(key) || value === null || value === '' || isSwitchWord(value)) return false;
      const pointer = pointerOf();
      out.push({ ...map.locateKey(pointer), severity: 'error', code: 'PB034', pointer, message: `"${key}" holds a secret`, hint: FIX });
      collectStrings(value, found);
      return true;
    },
  );
  return found;
}

/**
 * A permission or a switch, not a credential: `id-token: write` (a GitHub workflow pasted as a
 * blueprint), `token: none`, `password: required`. Taken for a secret, the word was cut out of
 * every message, hints included ("write business: ..." lost its "write").
 */
const SWITCH_WORDS = /^(?:read|write|read-write|read-only|none|true|false|yes|no|on|off|enabled|disabled|required|optional)$/i;

function isSwitchWord(value: unknown): boolean {
  return (typeof value === 'string' && SWITCH_WORDS.test(value.trim())) || typeof value === 'boolean';
}

function collectStrings(node: unknown, into: string[]): void {
  if (typeof node === 'string') into.push(node);
  else if (typeof node === 'number') into.push(String(node));
  else if (node !== null && typeof node === 'object') for (const v of Object.values(node)) collectStrings(v, into);
}
