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
  { kind: 'a GitLab token', pattern: /\bgl(?:pat|dt|rt|ptt|cbt|oas|soat|ffct)-[A-Za-z0-9_-]{20,}/ },
  { kind: 'a Slack token', pattern: /\b(?:xox[abpers]-[A-Za-z0-9-]{10,}|xapp-\d-[A-Za-z0-9-]{10,})/ },
  { kind: 'a Telegram bot token', pattern: /\b\d{8,10}:[A-Za-z0-9_-]{35}\b/ },
  { kind: 'a Stripe key', pattern: /\b[rs]k_(live|test)_[A-Za-z0-9]{16,}\b/ },
  { kind: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  // OpenAI (sk-..., sk-proj-...), Anthropic (sk-ant-...) and the like: long, with digits and capitals.
  { kind: 'an API secret key', pattern: /\bsk-(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Z])[A-Za-z0-9_-]{32,}/ },
  { kind: 'a SendGrid API key', pattern: /\bSG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}/ },
  { kind: 'a Yandex OAuth token', pattern: /\by[0-3]_[A-Za-z0-9_-]{40,}/ },
  { kind: 'a JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
  { kind: 'a bearer token', pattern: /\bBearer\s+[A-Za-z0-9._~+/-]{20,}/ },
  { kind: 'a basic-auth credential', pattern: /\bBasic\s+[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/])/ },
  // Anchored on "://", not on the scheme: a scheme pattern would be tried at every letter.
  { kind: 'a password in a URL', pattern: /:\/\/[^/\s:@]+:[^/\s@]+@/ },
  { kind: 'a credential in a URL query', pattern: /[?&](token|key|apikey|api_key|secret|password|sig|signature|access_token)=[^&\s]{6,}/i },
  { kind: 'a password', pattern: /(?:\b(?:password|passwd|pwd|pass|passcode|passphrase)|пароль|парол[ьяе])\s*[:=]\s*(?!\s)\S{4,}/i },
  // "PIN 4821", "PIN: 0000", "pin code 1234", "пин-код 1234", "ПИН 1234", "код: 4821", "код доступа 1234".
  {
    kind: 'a PIN',
    pattern:
      /(?:\bpin(?:[\s-]?code)?|пин(?:-?код)?|(?:^|[^а-яё])код(?:\s+доступа|\s+домофона|\s+от\s+\S+)?)\s*(?:is\s+|—\s*|-\s*|[:=]\s*)?\d{4,8}(?!\d)/i,
  },
  // "password hunter2xyz", "пароль is ...": a word with letters and digits right after it (not a
  // password-manager name such as 1Password).
  {
    kind: 'a password',
    pattern: /(?:\b(?:password|passwd|pwd)|пароль)\s+(?:is\s+|—\s+|-\s+|—\s+)?(?!\S*pass)(?=\S*\d)(?=\S*[A-Za-zА-Яа-яЁё])\S{6,}/i,
  },
  // A key, token or secret written out in hex after its name ("api key 9f86d081...").
  { kind: 'an API key', pattern: /\b(?:api[\s_-]?key|apikey|access[\s_-]?key|secret|token|key)\s*[:=]?\s*[0-9a-f]{32,}\b/i },
];

/**
 * Runs of 24+ token characters that mix capitals, small letters and digits: names, words and
 * ids (lower-case, hyphenated), hex ids and paths do not; generated keys almost always do.
 */
const TOKEN_RUN = /[A-Za-z0-9+/_=-]{24,}/g;

/**
 * Shapes kept out of the single scan below: their openings (a word that may be followed by others, a
 * user name) would keep the engine from skipping ahead and make the scan of every value ten times slower.
 * Each is tried on its own, and only when the value holds the character it needs.
 */
const LATE_PATTERNS: readonly { kind: string; needs: RegExp; pattern: RegExp }[] = [
  // A password named with a qualifier before its value: "Пароль от админки: Vesna2024", "password
  // for the shop panel: Zx9Qw7Lp", "пароль к почте — Лето2031" (up to four words in between; the value
  // has letters and digits, and is not a password-manager name).
  {
    kind: 'a password',
    needs: /[:=—-]/,
    pattern:
      /(?:\b(?:password|passwd|pwd|passcode)|пароль|пароля)(?:\s+[A-Za-zА-Яа-яЁё\d'"«»()/-]{1,24}){1,4}?\s*(?:[:=]|\s—|\s-)\s*(?!\S*pass)(?=\S*\d)(?=\S*[A-Za-zА-Яа-яЁё])\S{6,}/i,
  },
  // A credential after another name it goes by: "secret: Zx9Qw7Lp", "token = Qw7Lp2xz", "api key: ...",
  // "pw: ...", "токен: ...". The value has letters and digits, and is not a password-manager name.
  {
    kind: 'a credential',
    needs: /[:=]/,
    pattern:
      /(?:\b(?:secret|token|api[\s_-]?key|apikey|access[\s_-]?key|secret[\s_-]?key|auth[\s_-]?key|client[\s_-]?secret|pw)|токен|секрет)\s*[:=]\s*(?!\S*pass)(?=\S*\d)(?=\S*[A-Za-zА-Яа-яЁё])\S{6,}/i,
  },
  // user:password@host without a scheme ("admin:Zx9Qw7Lp@shop.example", "ssh root:Passw0rd@203.0.113.5"):
  // a password with letters and digits; a label before an e-mail address ("E-mail:anna2@...") is not.
  {
    kind: 'a password in an address',
    needs: /@/,
    pattern:
      /(?<![A-Za-zА-Яа-яЁё\d._%+-])(?!(?:e-?mail|mail|mailto|contact|support|tel|phone|sip|xmpp|telegram|whatsapp|почта)\s*:)[\w.%+-]+:(?=[^\s@/:]*\d)(?=[^\s@/:]*[A-Za-zА-Яа-яЁё])[^\s@/:]{6,}@[A-Za-zА-Яа-яЁё\d-]+(?:\.[A-Za-zА-Яа-яЁё\d-]+)*/i,
  },
];

/** Every pattern in one expression: almost every value is rejected by a single scan. */
const ANY_SECRET = new RegExp(SECRET_PATTERNS.map((p) => `(?:${p.pattern.source})`).join('|'), 'i');

/** What kind of secret the value looks like, or undefined. */
export function secretKind(value: string): string | undefined {
  if (value.length < 8) return undefined;
  const kind = shapeOf(value);
  if (kind !== undefined) return kind;
  // Disguised names ("pаssword" with a Cyrillic а, full-width "ｐａｓｓｗｏｒｄ", "pass\u200Bword") read
  // as what they show. Only text with non-ASCII characters can be disguised.
  if (!NON_ASCII.test(value)) return undefined;
  const shown = skeleton(value);
  return shown === value ? undefined : shapeOf(shown);
}

function shapeOf(value: string): string | undefined {
  if (ANY_SECRET.test(value)) {
    for (const { kind, pattern } of SECRET_PATTERNS) if (pattern.test(value)) return kind;
  }
  for (const { kind, needs, pattern } of LATE_PATTERNS) if (needs.test(value) && pattern.test(value)) return kind;
  return value.length >= 24 && hasRandomToken(value) ? 'a random token (a key or password)' : undefined;
}

const NON_ASCII = /[^\x00-\x7f]/;
/** Characters that show nothing: zero-width space, joiners, word joiner, soft hyphen, BOM. */
const INVISIBLE = /\u034f|[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/g;
/** Cyrillic and Greek letters drawn like Latin ones, and the Latin letter each reads as. */
const DRAWN_LIKE_LATIN = 'авекмнорстухѕіјԁԛԝАВЕКМНОРСТУХЅІЈαορντικΑΒΕΚΜΝΟΡΤΧ';
const READS_AS_LATIN = 'abekmhopctyxsijdqwABEKMHOPCTYXSIJaopvtikABEKMNOPTX';
const LOOKALIKES = new Map([...DRAWN_LIKE_LATIN].map((c, i) => [c, READS_AS_LATIN[i] as string]));
const LOOKALIKE = new RegExp(`[${DRAWN_LIKE_LATIN}]`, 'g');

/**
 * The text as a reader sees it: compatibility forms folded (NFKC: full-width letters), invisible
 * characters dropped, Cyrillic and Greek letters drawn like Latin ones read as those. Only ever tried
 * after the text itself, so a Russian word ("пароль") is still read as written.
 */
export function skeleton(value: string): string {
  return value
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(LOOKALIKE, (c) => LOOKALIKES.get(c) ?? c);
}

/** Bits per character of the text's own character distribution (random base64 is ~4.5+ at this length). */
function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / text.length) * Math.log2(n / text.length);
  return bits;
}

/** A character of TOKEN_RUN, tested by code (a regex over every value cost more than the rest). */
function isTokenChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 95 || c === 61 || c === 45;
}

function hasRandomToken(value: string): boolean {
  let run = 0;
  let longest = 0;
  for (let i = 0; i < value.length && longest < 24; i++) {
    run = isTokenChar(value.charCodeAt(i)) ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  if (longest < 24) return false;
  for (const [run] of value.matchAll(TOKEN_RUN)) {
    if (!/[A-Z]/.test(run) || !/[a-z]/.test(run) || !/[0-9]/.test(run)) continue;
    // CamelCase words glued together ("ProductionDatabaseServer2024") have long lower-case runs.
    if (/[a-z]{7,}/.test(run)) continue;
    if (entropy(run) >= 4.2) return true;
  }
  return false;
}

/** Words that, in a key name, say the value is a secret ("smtp_password", "botToken", "apiKey"). */
const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'secret',
  'secrets',
  'token',
  'apikey',
  'credential',
  'credentials',
  'пароль',
  'токен',
]);
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
  // YAML's .inf and .nan: "Infinity" would read as a word, and as if it were valid for a number.
  if (typeof value === 'number' && !Number.isFinite(value))
    return Number.isNaN(value) ? '.nan (not a number)' : `${value > 0 ? '' : '-'}.inf (infinity)`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}
