/**
 * Invisible characters: control characters and bidirectional overrides make a name read
 * differently from what it is (an id that looks like another, a phone number shown reversed in a
 * runbook). YAML lets them in through escapes ("\u202E") and, for the bidi ones, as raw text.
 * Tab, line feed and carriage return stay allowed: free text has lines.
 */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { forEachText } from './walk';

// An unpaired surrogate ("\uD800" written as an escape) encodes no character at all: written to a
// UTF-8 file it turns into U+FFFD, so the documents would not say what the blueprint does.
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Cheap screen for the parser: true when the text holds a character this check refuses. */
export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

const NAMES: Record<number, string> = {
  1564: 'ARABIC LETTER MARK',
  8206: 'LEFT-TO-RIGHT MARK',
  8207: 'RIGHT-TO-LEFT MARK',
  8232: 'LINE SEPARATOR',
  8233: 'PARAGRAPH SEPARATOR',
  8234: 'LEFT-TO-RIGHT EMBEDDING',
  8235: 'RIGHT-TO-LEFT EMBEDDING',
  8236: 'POP DIRECTIONAL FORMATTING',
  8237: 'LEFT-TO-RIGHT OVERRIDE',
  8238: 'RIGHT-TO-LEFT OVERRIDE',
  8294: 'LEFT-TO-RIGHT ISOLATE',
  8295: 'RIGHT-TO-LEFT ISOLATE',
  8296: 'FIRST STRONG ISOLATE',
  8297: 'POP DIRECTIONAL ISOLATE',
  65279: 'ZERO WIDTH NO-BREAK SPACE',
};

/** "U+202E (RIGHT-TO-LEFT OVERRIDE)", "U+0007 (a control character)". */
export function describeCharacter(code: number): string {
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  if (code >= 0xd800 && code <= 0xdfff) return `U+${hex} (an unpaired surrogate, which encodes no character)`;
  return `U+${hex} (${NAMES[code] ?? 'a control character'})`;
}

const HINT = 'delete it (retype the text if you cannot see where it is); names and text must read as they are';

export function checkCharacters(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  const flag = (text: string, pointerOf: () => string, key: boolean): void => {
    const found = INVISIBLE.exec(text);
    if (!found) return;
    const pointer = pointerOf();
    const where = key ? map.locateKey(pointer) : map.locate(pointer);
    out.push({
      ...where,
      severity: 'error',
      code: 'PB038',
      pointer,
      message: `this ${key ? 'key' : 'text'} holds the invisible character ${describeCharacter(found[0].charCodeAt(0))} at character ${found.index + 1}`,
      hint: HINT,
    });
  };
  forEachText(
    data,
    (value, pointerOf) => flag(value, pointerOf, false),
    (key, _value, pointerOf) => {
      flag(key, pointerOf, true);
      return false;
    },
  );
}
