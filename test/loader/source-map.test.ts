/** Positions from the js-yaml listener: block and flow style, aliases, merge keys, empty values. */
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../loader/parse-yaml';

const text = [
  '# comment', // 1
  'version: 1', // 2
  'business:', // 3
  '  name: Tea   # trailing comment', // 4
  'people:', // 5
  '  - id: ann', // 6
  '    contacts:', // 7
  '      - { kind: phone, value: "1" }', // 8
  '  -   id: bob', // 9
  'empty:', // 10
  'base: &b { x: 1 }', // 11
  'other:', // 12
  '  <<: *b', // 13
  '  y: 2', // 14
  'copy: *b', // 15
  '',
].join('\n');
const { sourceMap, diagnostics } = parseYaml(text, 'f.yaml');
const at = (p: string) => {
  const { line, column } = sourceMap.locate(p);
  return `${line}:${column}`;
};
const keyAt = (p: string) => {
  const { line, column } = sourceMap.locateKey(p);
  return `${line}:${column}`;
};

describe('source map', () => {
  it('parses without diagnostics', () => expect(diagnostics).toEqual([]));

  it.each([
    ['/version', '2:10', '2:1'],
    ['/business/name', '4:9', '4:3'],
    ['/people/0', '6:5', '6:5'],
    ['/people/1/id', '9:11', '9:7'],
    ['/people/0/contacts/0/value', '8:31', '8:24'],
    ['/empty', '10:1', '10:1'],
    ['/other/y', '14:6', '14:3'],
    ['/copy/x', '11:15', '11:12'],
    // A merged key points at the anchor's text, where it was written.
    ['/other/x', '11:15', '11:12'],
  ])('%s: value at %s, key at %s', (pointer, value, key) => {
    expect(at(pointer)).toBe(value);
    expect(keyAt(pointer)).toBe(key);
  });

  it('falls back to the nearest written ancestor', () => {
    expect(at('/people/7')).toBe('6:3');
    expect(at('/other/z')).toBe(at('/other'));
    expect(at('/business/nothing/deeper')).toBe('4:3');
  });
});
