/** No secret may enter a blueprint: every string and every key name is checked, whatever the schema says. */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { isSecretKeyName, secretKind } from '../secrets';
import { forEachText } from './walk';

const FIX = 'store it in the password manager and write a reference to the entry (access: { vault: "1Password: ..." }); Pulumi secrets go in `pulumi config set --secret`';

export function checkSecrets(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  forEachText(
    data,
    (value, pointerOf) => {
      const kind = secretKind(value);
      if (!kind) return;
      const pointer = pointerOf();
      out.push({ ...map.locate(pointer), severity: 'error', code: 'PB034', pointer, message: `this value looks like ${kind}`, hint: FIX });
    },
    (key, value, pointerOf) => {
      if (!isSecretKeyName(key) || value === null || value === '') return false;
      const pointer = pointerOf();
      out.push({ ...map.locateKey(pointer), severity: 'error', code: 'PB034', pointer, message: `"${key}" holds a secret`, hint: FIX });
      return true;
    },
  );
}
