/** Hostile and broken input: each case ends with a clear diagnostic, never a crash or a hang. */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBlueprintFile, loadBlueprintText } from '../../loader/index';
import { LIMITS } from '../../loader/limits';

const dir = mkdtempSync(join(tmpdir(), 'planb-bad-input-'));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
function only(result: ReturnType<typeof loadBlueprintFile>) {
  expect(result.ok).toBe(false);
  return result.diagnostics.map((d) => `${d.code} ${d.message}`);
}

/** UTF-32 bytes of BMP text (Node has no UTF-32 encoder). */
function utf32(text: string, order: 'le' | 'be'): Buffer {
  const out = Buffer.alloc(text.length * 4);
  for (let i = 0; i < text.length; i++) {
    if (order === 'le') out.writeUInt32LE(text.charCodeAt(i), i * 4);
    else out.writeUInt32BE(text.charCodeAt(i), i * 4);
  }
  return out;
}

describe('bad input', () => {
  it('a missing file', () => {
    expect(only(loadBlueprintFile(join(dir, 'nope.yaml')))).toEqual(['PB001 no such file']);
  });

  it('a directory instead of a file', () => {
    const sub = join(dir, 'a-directory');
    mkdirSync(sub);
    expect(only(loadBlueprintFile(sub))).toEqual(['PB001 this is a directory, not a file']);
  });

  it('an empty file and a file of comments', () => {
    expect(only(loadBlueprintFile(file('empty.yaml', '')))).toEqual(['PB004 the file is empty']);
    expect(only(loadBlueprintFile(file('blank.yaml', '  \n\n')))).toEqual(['PB004 the file is empty']);
    expect(only(loadBlueprintFile(file('comments.yaml', '# nothing here\n')))).toEqual(['PB004 the file holds no blueprint']);
  });

  it('a 50 MB file is refused before it is read into the parser', () => {
    const big = file('big.yaml', Buffer.alloc(50 * 1024 * 1024, 0x61));
    expect(only(loadBlueprintFile(big))).toEqual([
      `PB002 the file is 50.0 MB; the limit is ${(LIMITS.maxFileBytes / 1048576).toFixed(1)} MB`,
    ]);
  });

  it('binary garbage and text that is not UTF-8', () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect(only(loadBlueprintFile(file('garbage.bin', garbage)))).toEqual(['PB003 the file holds binary data (a NUL byte)']);
    expect(only(loadBlueprintFile(file('latin1.yaml', Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe9, 0x0a]))))).toEqual([
      'PB003 the file is not valid UTF-8 text (a byte here is not UTF-8)',
    ]);
  });

  it('a stray NUL byte or a byte that is not UTF-8 is pointed at by line and column (UTF-16 units)', () => {
    const at = (name: string, bytes: Buffer) => {
      const d = loadBlueprintFile(file(name, bytes)).diagnostics[0];
      return `${d?.code} ${d?.line}:${d?.column}`;
    };
    const head = Buffer.from('version: 1\nbusiness:\n  name: Café 🍵', 'utf8');
    expect(at('nul.yaml', Buffer.concat([head, Buffer.from([0x00, 0x0a])]))).toBe('PB003 3:16');
    expect(at('latin1-e.yaml', Buffer.concat([head, Buffer.from([0x20, 0xe9, 0x0a])]))).toBe('PB003 3:17');
    // A surrogate written in UTF-8 (ED A0 80) and an overlong slash (C0 AF) are refused where they start.
    expect(at('surrogate.yaml', Buffer.concat([head, Buffer.from('\nx: '), Buffer.from([0xed, 0xa0, 0x80, 0x0a])]))).toBe('PB003 4:4');
    expect(at('overlong.yaml', Buffer.concat([Buffer.from('# '), Buffer.from([0xc0, 0xaf, 0x0a])]))).toBe('PB003 1:3');
    expect(at('utf16.yaml', Buffer.from('version: 1\n', 'utf16le'))).toBe('PB003 1:1');
  });

  it('a document that is a list or a scalar', () => {
    expect(only(loadBlueprintText('- a\n- b\n', 'list.yaml'))).toEqual([
      'PB020 a blueprint must be a mapping of keys (version, business, people...)',
    ]);
    expect(only(loadBlueprintText('hello\n', 'scalar.yaml'))).toEqual([
      'PB020 a blueprint must be a mapping of keys (version, business, people...)',
    ]);
  });

  it('a billion-laughs alias bomb is refused while parsing', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(
        `${name}: &${name} [${Array(9)
          .fill('*' + prev)
          .join(',')}]`,
      );
    }
    const codes = only(loadBlueprintText(lines.join('\n'), 'bomb.yaml'));
    expect(codes).toEqual([`PB012 aliases expand this document to more than ${LIMITS.maxExpandedNodes.toLocaleString('en')} nodes`]);
  });

  it('nesting deeper than the limit', () => {
    expect(only(loadBlueprintText('a: ' + '['.repeat(200) + ']'.repeat(200), 'deep.yaml'))).toEqual([
      `PB014 the YAML nests deeper than ${LIMITS.maxDepth} levels`,
    ]);
  });

  it('aliases that nest anchors into anchors cannot build data deeper than the limit', () => {
    // Each anchor is 40 levels of text, below the limit; its innermost value is the previous
    // anchor, so the data nests 40 more levels per anchor (8,000 here, in a few kilobytes).
    const lines = ['version: 1', 'password: hunter2hunter2', 'notes:'];
    for (let k = 0; k < 200; k++) lines.push(`  k${k}: &a${k} ${'['.repeat(40)}${k ? `*a${k - 1}` : 'x'}${']'.repeat(40)}`);
    const result = loadBlueprintText(lines.join('\n') + '\n', 'deep-alias.yaml');
    expect(result.ok).toBe(false);
    const [d] = result.diagnostics;
    expect(`${d!.line}:${d!.column} ${d!.code} ${d!.message}`).toBe(
      `5:51 PB014 aliases nest the data deeper than ${LIMITS.maxDepth} levels`,
    );
    expect(d!.hint).toBe('write the values out, or use fewer nested aliases');
  });

  it('an alias within the nesting limit is accepted at any depth that fits', () => {
    const text = `a: &a ${'['.repeat(30)}1${']'.repeat(30)}\nb: ${'['.repeat(30)}*a${']'.repeat(30)}\n`;
    // Refused for what it lacks (no version, no business), never for its depth: 1 + 30 + 30 < 64.
    expect(only(loadBlueprintText(text, 'fits.yaml')).filter((c) => c.startsWith('PB014'))).toEqual([]);
  });

  it('keys that reach JavaScript prototypes do not pollute anything', () => {
    const result = loadBlueprintText('constructor: { prototype: { polluted: true } }\n__proto__: { polluted: true }\n', 'proto.yaml');
    const codes = only(result);
    expect(codes).toContain('PB013 the key "constructor" is not allowed');
    expect(codes).toContain('PB013 the key "__proto__" is not allowed');
    expect(codes).toContain('PB013 the key "prototype" is not allowed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('several documents in one file: placed at the second `---`', () => {
    const at = (text: string) =>
      loadBlueprintText(text, 'multi.yaml').diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`);
    expect(at('a: 1\n---\nb: 2\n')).toEqual([
      'PB010 2:1 YAML syntax error: a second YAML document starts here; a blueprint is one document',
    ]);
    // A leading `---` opens the first document; comments are not content.
    expect(at('# blueprint\n---\na: 1\n# more\n---\nb: 2\n')).toEqual([
      'PB010 5:1 YAML syntax error: a second YAML document starts here; a blueprint is one document',
    ]);
  });

  it('an unterminated string: placed at its opening quote, not at the end of the file', () => {
    const at = (text: string) =>
      loadBlueprintText(text, 'quote.yaml').diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`);
    // A quote at the start of a block-scalar line is text, not the start of a string.
    expect(at('version: 1\nnotes: |\n  "a line that opens a quote\nbusiness:\n  name: "Bob\'s shop\n  slug: bob\n')).toEqual([
      'PB010 5:9 YAML syntax error: this double-quoted string is never closed (the file ends inside it)',
    ]);
    expect(at("version: 1\nnotes: it's fine\nbusiness:\n  name: 'Bob''s shop\n  slug: bob\n")).toEqual([
      'PB010 4:9 YAML syntax error: this single-quoted string is never closed (the file ends inside it)',
    ]);
  });

  it.each([
    ['UTF-16 LE with a byte-order mark', Buffer.from('\ufeffversion: 1\n', 'utf16le'), 'UTF-16 LE text (byte-order mark FF FE)'],
    ['UTF-16 LE without one', Buffer.from('version: 1\n', 'utf16le'), 'UTF-16 LE text (no byte-order mark)'],
    ['UTF-16 BE with a byte-order mark', Buffer.from('\ufeffversion: 1\n', 'utf16le').swap16(), 'UTF-16 BE text (byte-order mark FE FF)'],
    ['UTF-16 BE without one', Buffer.from('version: 1\n', 'utf16le').swap16(), 'UTF-16 BE text (no byte-order mark)'],
    ['UTF-32 LE with a byte-order mark', utf32('\ufeffversion: 1\n', 'le'), 'UTF-32 LE text (byte-order mark FF FE 00 00)'],
    ['UTF-32 BE without one', utf32('version: 1\n', 'be'), 'UTF-32 BE text (no byte-order mark)'],
  ])('%s is named, with the fix', (_name, bytes, found) => {
    const result = loadBlueprintFile(file(`${_name.replace(/\W+/g, '-')}.yaml`, bytes));
    expect(only(result)).toEqual([`PB003 the file is ${found}; Plan B reads only UTF-8`]);
    expect(result.diagnostics[0]?.hint).toMatch(/save it as UTF-8/);
  });

  it('tabs used for indentation get a hint about spaces', () => {
    const result = loadBlueprintText('business:\n\tname: x\n', 'tabs.yaml');
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.code).toBe('PB010');
    expect(result.diagnostics[0]?.hint).toMatch(/spaces/);
  });
});
