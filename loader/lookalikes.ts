/**
 * Characters that look like YAML's own but are not: text copied from a web page, a word processor
 * or a messenger brings non-breaking spaces, full-width colons and typographic dashes. YAML reads
 * `name:\u00a0Shop` as one word and `–\u00a0item` as text, and js-yaml then reports a puzzling
 * error a line or two later. Found where the structure needs a space, a colon or a dash, they are
 * named, at their own position, with what to type instead.
 */

const SPACES = '\u00a0\u2000-\u200a\u202f\u205f\u3000';

const NAMES: Readonly<Record<string, string>> = {
  '\u00a0': 'a non-breaking space',
  '\u202f': 'a narrow non-breaking space',
  '\u3000': 'an ideographic space',
  '\uff1a': 'a full-width colon',
  '\u2013': 'an en dash',
  '\u2014': 'an em dash',
  '\u2212': 'a minus sign',
};

/** The code point as written in messages and escapes: U+00A0 is "00a0". */
export function codePoint(c: string): string {
  return (c.codePointAt(0) ?? 0).toString(16).padStart(4, '0');
}

/** What each look-alike is, for a message: "a non-breaking space (U+00A0)". */
export function lookalikeName(c: string): string {
  return `${NAMES[c] ?? 'a typographic space'} (U+${codePoint(c).toUpperCase()})`;
}

const IN_A_KEY = new RegExp(`^[${SPACES}\uff1a]$`);

/** True for a look-alike of a space, or of the colon that ends a key, inside a key's name. */
export function isKeyLookalike(c: string): boolean {
  return IN_A_KEY.test(c);
}

// In the indentation, or right after a key's colon; a full-width colon after a key; a dash that
// starts a list item. Each pattern's last group is the look-alike itself.
const STRUCTURE: readonly { pattern: RegExp; instead: string }[] = [
  { pattern: new RegExp(`^([ ]*)([${SPACES}])`), instead: 'an ordinary space' },
  { pattern: new RegExp(`^([ ]*(?:- )?[^\\s#"'{[][^:#]*:)([${SPACES}])`), instead: 'an ordinary space after the colon' },
  { pattern: /^([ ]*(?:- )?[^\s#"'{[][^:#\uff1a]*)(\uff1a)/, instead: 'an ordinary colon and a space' },
  { pattern: /^([ ]*)([\u2013\u2014\u2212])(?=[\s\u00a0])/, instead: 'a hyphen, `-`, to start a list item' },
];

export interface Lookalike {
  /** Offset of the look-alike in the text. */
  offset: number;
  char: string;
  instead: string;
}

/**
 * The first look-alike in the structure of the lines from `fromLine` to `toLine` (0-based,
 * inclusive): the lines a syntax error at `toLine` may have come from.
 */
export function structuralLookalike(text: string, fromLine: number, toLine: number): Lookalike | undefined {
  let start = 0;
  for (let line = 0; line <= toLine; line++) {
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    if (line >= fromLine) {
      const content = text.slice(start, end);
      for (const { pattern, instead } of STRUCTURE) {
        const m = pattern.exec(content);
        if (m !== null) return { offset: start + (m[1] ?? '').length, char: m[2] as string, instead };
      }
    }
    if (next < 0) break;
    start = next + 1;
  }
  return undefined;
}
