/** No secret may enter a blueprint: every string and every key name is checked, whatever the schema says. */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { joinPointer } from '../source-map';
import { isSecretKeyName, secretKind } from '../secrets';

const FIX = 'store it in the password manager and write a reference to the entry (access: { vault: "1Password: ..." }); Pulumi secrets go in `pulumi config set --secret`';

export function checkSecrets(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  const path: (string | number)[] = [];
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      const kind = secretKind(node);
      if (kind) {
        const pointer = joinPointer(path);
        out.push({ ...map.locate(pointer), severity: 'error', code: 'PB034', pointer, message: `this value looks like ${kind}`, hint: FIX });
      }
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        visit(node[i]);
        path.pop();
      }
    } else if (node !== null && typeof node === 'object') {
      for (const key in node) {
        const value = (node as Record<string, unknown>)[key];
        path.push(key);
        if (isSecretKeyName(key) && value !== null && value !== '') {
          const pointer = joinPointer(path);
          out.push({ ...map.locateKey(pointer), severity: 'error', code: 'PB034', pointer, message: `"${key}" holds a secret`, hint: FIX });
        } else visit(value);
        path.pop();
      }
    }
  };
  visit(data);
}
