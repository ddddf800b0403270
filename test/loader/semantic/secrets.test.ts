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
