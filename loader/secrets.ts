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
  // OpenAI (sk-..., sk-proj-...), Anthropic (sk-ant-...) and the like: long, with digits and capitals.
  { kind: 'an API secret key', pattern: /\bsk-(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Z])[A-Za-z0-9_-]{32,}/ },
  { kind: 'a SendGrid API key', pattern: /\bSG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}/ },
  { kind: 'a Yandex OAuth token', pattern: /\by[0-3]_[A-Za-z0-9_-]{40,}/ },
  { kind: 'a JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
  { kind: 'a bearer token', pattern: /\bBearer\s+[A-Za-z0-9._~+/-]{20,}/ },
  // Anchored on "://", not on the scheme: a scheme pattern would be tried at every letter.
  { kind: 'a password in a URL', pattern: /:\/\/[^/\s:@]+:[^/\s@]+@/ },
  { kind: 'a credential in a URL query', pattern: /[?&](token|key|apikey|api_key|secret|password|sig|signature|access_token)=[^&\s]{6,}/i },
  { kind: 'a password', pattern: /(?:\b(?:password|passwd|pwd)|пароль)\s*[:=]\s*\S{4,}/i },
  // "password hunter2xyz", "пароль is ...": a word with letters and digits right after it (not a
  // password-manager name such as 1Password).
  { kind: 'a password', pattern: /(?:\b(?:password|passwd|pwd)|пароль)\s+(?:is\s+|—\s+|-\s+)?(?!\S*pass)(?=\S*\d)(?=\S*[A-Za-z])\S{6,}/i },
  // A key, token or secret written out in hex after its name ("api key 9f86d081...").
  { kind: 'an API key', pattern: /\b(?:api[\s_-]?key|apikey|access[\s_-]?key|secret|token|key)\s*[:=]?\s*[0-9a-f]{32,}\b/i },
];

/** Every pattern in one expression: almost every value is rejected by a single scan. */
const ANY_SECRET = new RegExp(SECRET_PATTERNS.map((p) => `(?:${p.pattern.source})`).join('|'), 'i');

/** What kind of secret the value looks like, or undefined. */
export function secretKind(value: string): string | undefined {
  if (value.length < 8 || !ANY_SECRET.test(value)) return undefined;
  for (const { kind, pattern } of SECRET_PATTERNS) if (pattern.test(value)) return kind;
  return undefined;
}

/** Words that, in a key name, say the value is a secret ("smtp_password", "botToken", "apiKey"). */
const SECRET_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'secret', 'secrets', 'token', 'apikey', 'credential', 'credentials', 'пароль', 'токен']);
const SECRET_PAIRS = new Set(['api key', 'private key', 'access key', 'secret key', 'auth key', 'client secret']);

/** Cheap screen for text that may be such a key name; isSecretKeyName decides. */
export const SECRET_KEY_HINT = /pass|pwd|secret|token|api.?key|private.?key|access.?key|auth.?key|credential|пароль|токен/i;

/**
 * Key names that only ever hold secrets: a secret word alone or inside a compound name
 * (camelCase, snake_case, kebab-case, spaces): password, smtp_password, botToken, api-key.
 */
export function isSecretKeyName(key: string): boolean {
  if (key.length > 64 || !SECRET_KEY_HINT.test(key)) return false;
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9а-яё]+/)
    .filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    if (SECRET_WORDS.has(words[i] as string)) return true;
    if (i + 1 < words.length && SECRET_PAIRS.has(`${words[i]} ${words[i + 1]}`)) return true;
  }
  return false;
}

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
