/**
 * Escaping user text for Markdown.
 *
 * Handlebars escapes for HTML, which is the wrong context: in Markdown `*`, `[`, `|`, `#` and a
 * line break are structure. Every string that comes from the blueprint passes through `md` (or
 * `code`) in the view builders before a template sees it; templates are compiled with
 * `noEscape`, so text is escaped exactly once and for the right context.
 */
import { secretKind } from '../../loader/secrets';

// Escaped wherever they appear: they open or close Markdown (CommonMark or GFM) structure, raw
// HTML, entities, or a GitHub extension ($ math, ~ strike). CommonMark lets any ASCII punctuation
// be backslash-escaped, but escaping only these keeps the raw Markdown readable.
const ALWAYS = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&', '$', '!']);

// C0/C1 controls and the bidi overrides/isolates that can make text display differently from what
// it is ("Trojan Source"); right-to-left letters themselves are kept.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** Collapse any whitespace run (line breaks included) to one space, drop unsafe characters. */
export function flatten(text: string): string {
  if (!NEEDS_FLATTEN.test(text)) return text;
  return text.replace(UNSAFE_CHARS, '').replace(/\s+/g, ' ').trim();
}
// Anything flatten would change: an unsafe character, whitespace other than single inner spaces.
// eslint-disable-next-line no-control-regex
const NEEDS_FLATTEN =
  /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|\s\s|^\s|\s$/;

/** Replaced for any value that looks like a credential: such a value never reaches a document. */
export const SECRET_PLACEHOLDER = '[hidden: looks like a secret]';

function guard(text: string): string {
  return secretKind(text) === undefined ? text : SECRET_PLACEHOLDER;
}

/** User text as plain text (for an HTML title or table of contents, escaped there for HTML). */
export function plain(value: string): string {
  return flatten(guard(value));
}

const ALWAYS_RE = /[\\`*_[\]<>#|~&$!]/g;
// Memo: the same names and phrases recur in thousands of documents, and escaping (with the secret
// check) is the hottest step of generation. Bounded so a long-lived process does not grow.
const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

/** Escape plain user text for an inline Markdown context (paragraph, list item, heading, table cell). */
export function md(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  const key = String(value);
  const known = memo.get(key);
  if (known !== undefined) return known;
  const out = escapeInline(flatten(guard(key)));
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, out);
  return out;
}

/**
 * Backslash before every character in ALWAYS, then the few that matter only in one spot: a list,
 * heading or thematic-break marker at the start (the text may begin a line or a list item), and
 * what GFM would turn into a link (`scheme://`, `www.`, `name@host.`).
 */
function escapeInline(text: string): string {
  let out = text.replace(ALWAYS_RE, '\\$&');
  if (/^[-+=]/.test(out)) out = '\\' + out;
  else out = out.replace(/^(\d+)([.)])/, '$1\\$2');
  if (out.includes('://')) out = out.replace(/:(?=\/\/)/g, '\\:');
  if (/www\./i.test(out)) out = out.replace(/(^|[^\p{L}\p{N}])(www)\./giu, '$1$2\\.');
  if (out.includes('@')) out = out.replace(/(?<=[\p{L}\p{N}._%+-])@(?=[\p{L}\p{N}-]+\.)/gu, '\\@');
  return out;
}

/** User text that ends a heading: trailing punctuation dropped (a heading is not a sentence). */
export function mdHeading(value: string): string {
  return md(flatten(value).replace(/[.,;:!?。，；：！？]+$/u, ''));
}

/** A value shown verbatim as inline code (URLs, vault references); falls back to `md` if it cannot be. */
export function code(value: string | undefined | null): string {
  if (value === undefined || value === null || value === '') return '';
  const text = flatten(guard(value));
  if (text === SECRET_PLACEHOLDER || text.includes('|')) return md(text);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fence for a code block whose content may contain backticks. */
export function fenceFor(content: string): string {
  const longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((r) => r.length));
  return '`'.repeat(longest + 1);
}

/** A file-name-safe slug of an id (ids are already restricted by the schema; this is a guard). */
export function fileSlug(id: string): string {
  const slug = id
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'item';
}
