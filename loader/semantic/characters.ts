/**
 * Invisible characters: control characters and bidirectional overrides make a name read
 * differently from what it is (an id that looks like another, a phone number shown reversed in a
 * runbook). YAML lets them in through escapes ("\u202E") and, for the bidi ones, as raw text.
 * Tab, line feed and carriage return stay allowed: free text has lines.
 */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { forEachText } from './walk';

const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/;

/** Cheap screen for the parser: true when the text holds a character this check refuses. */
export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

const NAMES: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK', 0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR', 0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE', 0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** "U+202E (RIGHT-TO-LEFT OVERRIDE)", "U+0007 (a control character)". */
export function describeCharacter(code: number): string {
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
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
      ...where, severity: 'error', code: 'PB038', pointer,
      message: `this ${key ? 'key' : 'text'} holds the invisible character ${describeCharacter(found[0].charCodeAt(0))} at character ${found.index + 1}`,
      hint: HINT,
    });
  };
  forEachText(data, (value, pointerOf) => flag(value, pointerOf, false), (key, _value, pointerOf) => {
    flag(key, pointerOf, true);
    return false;
  });
}
