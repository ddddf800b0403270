/**
 * Text pasted from a web page, a word processor or a messenger brings characters that look like
 * YAML's own: a non-breaking space in the indentation or after a colon, a full-width colon, a
 * typographic dash for a list item. Each is named at its own position, with what to type instead;
 * the same characters inside a value are text and stay valid.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../loader/index';

const MINIMAL = readFileSync('test/fixtures/blueprints/minimal.yaml', 'utf8');

function errors(text: string): string[] {
  const result = loadBlueprintText(text, 'shop.yaml');
  return result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message} | ${d.hint}`);
}

describe('characters that look like YAML structure', () => {
  it.each([
    [
      'a non-breaking space in the indentation',
      ['    name: Ann Example', '  \u00a0 name: Ann Example'],
      'PB010 12:3 YAML syntax error: a non-breaking space (U+00A0) where YAML needs an ordinary space',
    ],
    [
      'a non-breaking space after a colon',
      ['  name: Minimal Ltd', '  name:\u00a0Minimal Ltd'],
      'PB010 5:8 YAML syntax error: a non-breaking space (U+00A0) where YAML needs an ordinary space after the colon',
    ],
    [
      'a full-width colon',
      ['  name: Minimal Ltd', '  name\uff1aMinimal Ltd'],
      'PB010 5:7 YAML syntax error: a full-width colon (U+FF1A) where YAML needs an ordinary colon and a space',
    ],
    [
      'an en dash for a list item',
      ['  - id: ann', '  \u2013 id: ann'],
      'PB010 11:3 YAML syntax error: an en dash (U+2013) where YAML needs a hyphen, `-`, to start a list item',
    ],
    [
      'a non-breaking space in a key',
      ['  name: Minimal Ltd', '  name\u00a0: Minimal Ltd'],
      'PB021 5:3 unknown key "name\\u00a0" in business: it holds a non-breaking space (U+00A0)',
    ],
  ])('%s is named at its position, once', (_what, [from, to], expected) => {
    const found = errors(MINIMAL.replace(from as string, to as string));
    expect(found).toHaveLength(1);
    expect(found[0]?.split(' | ')[0]).toBe(expected);
    expect(found[0]?.split(' | ')[1]).toMatch(/^retype/);
  });

  it('keeps the same characters inside a value: they are text', () => {
    expect(errors(MINIMAL.replace('  name: Minimal Ltd', '  name: Minimal\u00a0Ltd'))).toEqual([]);
    expect(errors(MINIMAL.replace('  name: Minimal Ltd', '  name: "Minimal\u00a0Ltd \u2013 shop\uff1a"'))).toEqual([]);
  });
});
