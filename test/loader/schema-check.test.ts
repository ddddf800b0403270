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

describe('a value that does not match its pattern', () => {
  const hintAt = (text: string, pointer: string) =>
    loadBlueprintText(text, 'cafe.yaml').diagnostics.find((d) => d.pointer === pointer)?.hint;

  it('is explained in words, not as the regular expression', () => {
    const hours = TINY.replace(
      'channels:',
      'monitoring:\n  businessChecks:\n    - { id: orders, name: Orders, process: selling, url: "https://cafe.example/n", floor: 1, window: 1h, activeHours: 9-15 }\nchannels:',
    );
    expect(hintAt(hours, '/monitoring/businessChecks/0/activeHours')).toBe(
      'write local hours from and to as HH:MM-HH:MM, e.g. 09:00-23:00',
    );
    const infra = `${TINY}infrastructure:\n  awsRegion: Frankfurt\n  replicaRegion: EU-WEST-1\n  cloudflareAccountId: abc123\n`;
    expect(hintAt(infra, '/infrastructure/awsRegion')).toBe('name an AWS region in lower case, e.g. eu-central-1');
    expect(hintAt(infra, '/infrastructure/replicaRegion')).toBe('name an AWS region in lower case, e.g. eu-central-1');
    expect(hintAt(infra, '/infrastructure/cloudflareAccountId')).toBe(
      'the account id is 32 lower-case hexadecimal characters (Cloudflare dashboard > your account > Overview > Account ID)',
    );
    for (const text of [hours, infra]) {
      for (const d of loadBlueprintText(text, 'cafe.yaml').diagnostics) expect(d.hint, d.pointer).not.toMatch(/must match \^/);
    }
  });
});
