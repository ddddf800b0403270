/**
 * A secret pasted where a key goes (a token as a key name, a whole `password: ...` line quoted as
 * one key) is refused at the key, and its text appears in no message, hint or pointer: the
 * unknown-key check and the JSON pointer would otherwise both repeat it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, loadBlueprintText } from '../../../loader/index';

const MINIMAL = readFileSync('test/fixtures/blueprints/minimal.yaml', 'utf8');

describe('secrets written as keys', () => {
  it.each([
    ['a GitHub token under business', '  revised: "2026-11-01"', 'ghp_R2d9Xk3LmQ8vT1wZ5yB7nC4pJ6hF0sA2eG9u: yes', 'a GitHub token'],
    ['a quoted password line under business', '  revised: "2026-11-01"', '"password: Tr0ub4dor-and-3": 1', 'a password'],
    ['an AWS key id in a person', '    name: Ann Example', 'AKIAIOSFODNN7EXAMPLE: x', 'an AWS access key id'],
  ])('%s: PB034 at the key, the secret in no message', (_what, after, line, kind) => {
    const indent = /^ */.exec(after)?.[0] ?? '';
    const text = MINIMAL.replace(after, `${after}\n${indent}${line}`);
    const at = text.split('\n').findIndex((l) => l === `${indent}${line}`) + 1;
    const secret = line.replace(/^"/, '').replace(/"?: \S+$/, '');
    const loaded = loadBlueprintText(text, 'keys.yaml');
    expect(loaded.ok).toBe(false);
    const found = loaded.diagnostics.find((d) => d.code === 'PB034');
    expect(found).toMatchObject({ line: at, column: indent.length + 1, message: `a key here looks like ${kind}` });
    const printed = loaded.diagnostics.map((d) => formatDiagnostic(d)).join('\n') + JSON.stringify(loaded.diagnostics);
    // Not the secret, nor any 12-character run of it.
    for (let i = 0; i + 12 <= secret.length; i++) expect(printed).not.toContain(secret.slice(i, i + 12));
  });
});

describe('a secret-named key holding a permission or a switch', () => {
  it('is no secret: nothing is refused as one, and the word stays in every message', () => {
    // Lines of a GitHub workflow pasted in: `id-token: write` is a permission, not a token.
    const text = `${MINIMAL}name: deploy\nid-token: write\n`;
    const loaded = loadBlueprintText(text, 'planb.yml');
    expect(loaded.diagnostics.map((d) => d.code)).not.toContain('PB034');
    expect(loaded.diagnostics.find((d) => d.pointer === '/name')?.hint).toBe(
      '"name" belongs inside business: write business: { name: ... }',
    );
  });

  it('still refuses a real value under such a key', () => {
    const loaded = loadBlueprintText(MINIMAL.replace('  revised: "2026-11-01"', '  revised: "2026-11-01"\n  apiToken: Zx9Qw7Lp'), 'k.yaml');
    expect(loaded.diagnostics.map((d) => d.code)).toContain('PB034');
    expect(JSON.stringify(loaded.diagnostics)).not.toContain('Zx9Qw7Lp');
  });
});
