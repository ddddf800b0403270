import { describe, expect, it } from 'vitest';
import { code, fenceFor, md, SECRET_PLACEHOLDER } from '../../../generators/documents/escape';

describe('md: user text for an inline Markdown context', () => {
  it.each([
    ['a*b*c', 'a\\*b\\*c'],
    ['[x](y)', '\\[x\\](y)'],
    ['<b>', '\\<b\\>'],
    ['a | b', 'a \\| b'],
    ['# title', '\\# title'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. first', '1\\. first'],
    ['12) first', '12\\) first'],
    ['line\n\n# two', 'line \\# two'],
    ['https://x.example', 'https\\://x.example'],
    ['www.x.example', 'www\\.x.example'],
    ['bob@x.example', 'bob\\@x.example'],
    ['&amp;', '\\&amp;'],
    ['$x$', '\\$x\\$'],
    ['snake_case', 'snake\\_case'],
    ['a \u202Eb', 'a b'],
    ['plain text, 3.5 hours - ok', 'plain text, 3.5 hours - ok'],
    ['Касса 💳', 'Касса 💳'],
  ])('%j -> %j', (input, output) => {
    expect(md(input)).toBe(output);
  });

  it('hides a value that looks like a secret', () => {
    expect(md('token ghp_' + 'a'.repeat(36))).toBe(md(SECRET_PLACEHOLDER));
    expect(code('AKIA' + 'ABCDEFGHIJKLMNOP')).toBe(md(SECRET_PLACEHOLDER));
  });
});

describe('code: verbatim values', () => {
  it('picks a fence longer than any backtick run', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x')).toBe('`` `x ``');
  });
  it('falls back to escaped text when a pipe would break a table', () => {
    expect(code('a|b')).toBe('a\\|b');
  });
  it('fences a code block so its content cannot close it', () => {
    expect(fenceFor('x ```` y')).toBe('`````');
    expect(fenceFor('plain')).toBe('```');
  });
});
