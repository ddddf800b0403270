/**
 * A mis-indented line is reported where it starts, with a hint about what it is: a key (`role:`
 * one space too far was placed at its colon) or a list item (`- id: bob` out of line got the
 * hint "align the key with its siblings").
 */
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../loader/index';

function syntax(text: string): string[] {
  return loadBlueprintText(text, 'indent.yaml').diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message} | ${d.hint}`);
}

const KEY =
  'PB010 %s YAML syntax error: bad indentation of this key | start the key in the same column as the keys beside it (spaces, not tabs)';
const ITEM =
  'PB010 %s YAML syntax error: bad indentation of this list item | start the `-` in the same column as the other items of its list (spaces, not tabs)';
const at = (template: string, position: string) => template.replace('%s', position);

describe('a mis-indented line', () => {
  it.each([
    ['one space too far (js-yaml stops at its colon)', 'people:\n  - id: ann\n    name: Ann\n     role: Owner\n', '4:6'],
    ['one space short, under a list item', 'people:\n  - id: ann\n    name: Ann\n   role: Owner\n', '4:4'],
    ['in line with the list’s dash', 'people:\n  - id: ann\n  name: Ann\n', '3:3'],
    ['one space short, in a mapping', 'business:\n  name: X\n slug: x\n', '3:2'],
    ['two spaces too far, in a mapping', 'business:\n  name: X\n    slug: x\n', '3:5'],
  ])('a key %s: placed at its first character, with a hint about keys', (_name, text, position) => {
    expect(syntax(text)).toEqual([at(KEY, position)]);
  });

  it.each([
    ['one space too far', 'people:\n  - id: ann\n    name: Ann\n   - id: bob\n', '4:4'],
    ['one space short', 'processes:\n  - id: x\n    needs:\n      - a\n     - b\n', '5:6'],
    ['one space short, at the top', 'tags:\n  - a\n - b\n', '3:2'],
  ])('a list item %s: placed at its dash, with a hint about list items', (_name, text, position) => {
    expect(syntax(text)).toEqual([at(ITEM, position)]);
  });

  it('behind a Windows line end is placed the same', () => {
    expect(syntax('business:\r\n  name: X\r\n    slug: x\r\n')).toEqual([at(KEY, '3:5')]);
  });
});
