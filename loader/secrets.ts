/**
 * Recognises values that look like credentials, so that none is ever accepted into a blueprint
 * (and so none is echoed back in a message). The list follows the token formats vendors publish;
 * a match asks for a password-manager reference instead.
 */

const SECRET_PATTERNS: readonly { kind: string; pattern: RegExp }[] = [
  { kind: 'a private key', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  { kind: 'an AWS access key id', pattern: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: 'an AWS secret access key', pattern: /aws.{0,20}?['"=: ]\s*[A-Za-z0-9/+]{40}\b/i },
  { kind: 'a GitHub token', pattern: /\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/ },
  { kind: 'a Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/ },
  { kind: 'a Telegram bot token', pattern: /\b\d{8,10}:[A-Za-z0-9_-]{35}\b/ },
  { kind: 'a Stripe key', pattern: /\b[rs]k_(live|test)_[A-Za-z0-9]{16,}\b/ },
  { kind: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { kind: 'a JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
  // Anchored on "://", not on the scheme: a scheme pattern would be tried at every letter.
  { kind: 'a password in a URL', pattern: /:\/\/[^/\s:@]+:[^/\s@]+@/ },
  { kind: 'a credential in a URL query', pattern: /[?&](token|key|apikey|api_key|secret|password|sig|signature|access_token)=[^&\s]{6,}/i },
  { kind: 'a password', pattern: /\b(password|passwd|pwd|пароль)\s*[:=]\s*\S{4,}/i },
];

/** Every pattern in one expression: almost every value is rejected by a single scan. */
const ANY_SECRET = new RegExp(SECRET_PATTERNS.map((p) => `(?:${p.pattern.source})`).join('|'), 'i');

/** What kind of secret the value looks like, or undefined. */
export function secretKind(value: string): string | undefined {
  if (value.length < 8 || !ANY_SECRET.test(value)) return undefined;
  for (const { kind, pattern } of SECRET_PATTERNS) if (pattern.test(value)) return kind;
  return undefined;
}

/** Key names that only ever hold secrets. */
export const SECRET_KEY_NAME = /^(password|passwd|pwd|secret|token|api[-_]?key|apikey|private[-_]?key|access[-_]?key|secret[-_]?key|credentials?)$/i;

/** A value safe to quote in a message: never a secret, never a screenful. */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') {
    if (secretKind(value) !== undefined) return '(a value that looks like a secret, not shown)';
    const short = value.length > 40 ? value.slice(0, 37) + '...' : value;
    return JSON.stringify(short);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}
