/**
 * loader/schema-check.ts: hints for a list written empty. Under an optional key the list may also
 * be left out, and the hint says so; under a required key it must hold something.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../loader/index';

const TINY = readFileSync('test/fixtures/stacks/alerts-without-alarms.yaml', 'utf8');

describe('an empty list', () => {
  it('under an optional key may be left out; under a required one it must hold an item', () => {
    const text = TINY.replace('processes:\n  - { id: selling', 'escalation: []\nprocesses:\n  - { id: selling');
    const result = loadBlueprintText(text, 'cafe.yaml');
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => `${d.pointer} ${d.hint}`)).toEqual([
      '/escalation list at least 1 item, or leave out escalation (it is optional)',
    ]);
    const required = loadBlueprintText(TINY.replace(/services:\n.*\n/, 'services: []\n'), 'cafe.yaml');
    expect(required.ok).toBe(false);
    expect(required.diagnostics.find((d) => d.pointer === '/services')?.hint).toBe('list at least 1 item');
  });
});
