/**
 * Vault fields hold a reference to a password-manager entry (loader/vault-refs.ts). Anything else
 * may be the secret itself, so the message never repeats the value.
 */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { isVaultReference, managerBeforeOtherSeparator, VAULT_EXAMPLES } from '../vault-refs';
import { forEachString } from './walk';
import { pathsOf } from './schema-paths';
import { reporter } from './report';

const VAULT_FIELDS = pathsOf('vaultRef');

/** Checks every vault field; returns the refused values, so that no message can repeat them. */
export function checkVaultFields(data: unknown, map: YamlSourceMap, out: Diagnostic[]): string[] {
  const report = reporter(map, out);
  const refused: string[] = [];
  for (const pattern of VAULT_FIELDS) {
    forEachString(data, pattern, (value, pointerOf) => {
      if (isVaultReference(value)) return;
      refused.push(value);
      const manager = managerBeforeOtherSeparator(value);
      report(
        pointerOf(),
        'PB039',
        'a vault field names the password-manager entry that holds the secret, and this value does not read as one (it is not shown, in case it is the secret)',
        manager !== undefined
          ? `put a colon right after the manager's name: "${manager}: <the entry>"`
          : `write the manager and the entry, e.g. ${VAULT_EXAMPLES.map((e) => `"${e}"`).join(', ')} ("Password manager: <entry>" for one not in the list); docs/blueprint.md lists every accepted form`,
      );
    });
  }
  return refused;
}
