/**
 * The last guard before diagnostics leave the loader: no message or hint repeats a value that was
 * found to be (or may be) a secret, whichever check wrote it and whatever field it was in (an id,
 * a reference, a "did you mean"). Values are quoted whole or cut short (quoteValue keeps 37
 * characters), so any run of 12 or more characters of a secret is cut out too.
 */
import type { Diagnostic } from './diagnostics';

export const REDACTED = '(a value that looks like a secret, not shown)';
const MIN_RUN = 12;
const MIN_SECRET = 4;

/** `text` with every occurrence of each secret, or of a 12+ character run of its start, replaced. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET) continue;
    const probe = secret.slice(0, Math.min(MIN_RUN, secret.length));
    let from = 0;
    for (let at = out.indexOf(probe, from); at !== -1; at = out.indexOf(probe, from)) {
      let end = at + probe.length;
      while (end - at < secret.length && out[end] === secret[end - at]) end++;
      if (end - at < secret.length && secret.length < MIN_RUN) {
        from = at + 1; // a short secret is redacted only whole
        continue;
      }
      out = out.slice(0, at) + REDACTED + out.slice(end);
      from = at + REDACTED.length;
    }
  }
  return out;
}

export function redactDiagnostics(diagnostics: Diagnostic[], secrets: readonly string[]): void {
  if (secrets.length === 0) return;
  for (const d of diagnostics) {
    d.message = redact(d.message, secrets);
    if (d.hint !== undefined) d.hint = redact(d.hint, secrets);
    // A pointer names keys, and a key may be where the secret was pasted.
    if (d.pointer !== undefined) d.pointer = redact(d.pointer, secrets);
  }
}
