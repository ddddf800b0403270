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
  return text.replace(UNSAFE_CHARS, '').replace(/\s+/g, ' ').trim();
}

/** Replaced for any value that looks like a credential: such a value never reaches a document. */
export const SECRET_PLACEHOLDER = '[hidden: looks like a secret]';

function guard(text: string): string {
  return secretKind(text) === undefined ? text : SECRET_PLACEHOLDER;
}

/** User text as plain text (for an HTML title or table of contents, escaped there for HTML). */
export function plain(value: string): string {
  return flatten(guard(value));
}

/** Escape plain user text for an inline Markdown context (paragraph, list item, heading, table cell). */
export function md(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  const text = flatten(guard(String(value)));
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    out += ALWAYS.has(ch) || startsBlock(text, i) ? '\\' + ch : ch;
  }
  return out;
}

/**
 * The few characters that matter only in one spot: a list, heading or thematic-break marker at
 * the start (the text may begin a line or a list item), and what GFM would turn into a link
 * (`scheme://`, `www.`, `name@host.`).
 */
function startsBlock(text: string, i: number): boolean {
  const ch = text[i]!;
  if (i === 0) return ch === '-' || ch === '+' || ch === '=';
  // "1." or "1)" at the start opens an ordered list.
  if ((ch === '.' || ch === ')') && /^\d+$/.test(text.slice(0, i))) return true;
  if (ch === ':') return text.startsWith('//', i + 1);
  // GFM also links "www.example.com" and "name@example.com" found in plain text.
  if (ch === '.') return /(^|[^\p{L}\p{N}])www$/iu.test(text.slice(Math.max(0, i - 4), i));
  if (ch === '@') return /[\p{L}\p{N}._%+-]$/u.test(text.slice(0, i)) && /^[\p{L}\p{N}-]+\./u.test(text.slice(i + 1));
  return false;
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
  const slug = id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return slug || 'item';
}
