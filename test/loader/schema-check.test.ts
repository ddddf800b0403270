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

describe('a value YAML reads as something else than what was written', () => {
  const MINIMAL = readFileSync('test/fixtures/blueprints/minimal.yaml', 'utf8');
  const errorAt = (text: string, pointer: string) => loadBlueprintText(text, 'shop.yaml').diagnostics.find((d) => d.pointer === pointer);

  it('quotes the digits as written: a phone number keeps its leading zeros', () => {
    const flow = errorAt(
      MINIMAL.replace('{ kind: email, value: ann@minimal.example }', '{ kind: phone, value: 0049301234 }'),
      '/people/0/contacts/0/value',
    );
    expect(flow).toMatchObject({ line: 15, column: 31, message: 'value must be text, not 0049301234 (read as 49301234)' });
    expect(flow?.hint).toBe('put it in quotes to make it text: "0049301234"');
    const block = MINIMAL.replace(
      '      - { kind: email, value: ann@minimal.example }',
      '      - kind: phone\n        value: 0049301234   # office',
    );
    expect(errorAt(block, '/people/0/contacts/0/value')?.hint).toBe('put it in quotes to make it text: "0049301234"');
  });

  // [written in place of, written, pointer, what is checked, expected]
  const cases: [string, string, string, 'message' | 'hint', string][] = [
    ['name: Minimal Ltd', 'name: 1.0', '/business/name', 'hint', 'put it in quotes to make it text: "1.0"'],
    ['name: Minimal Ltd', 'name: TRUE', '/business/name', 'message', 'name must be text, not TRUE (read as true)'],
    ['rto: 4h', 'rto: 4.50', '/processes/0/rto', 'hint', 'add a unit: "4.50m" for minutes, "4.50h" for hours (s, m, h, d or w)'],
    ['rto: 4h', 'rto: 0x10', '/processes/0/rto', 'hint', 'add a unit: "16m" for minutes, "16h" for hours (s, m, h, d or w)'],
    // .inf and .nan, named as YAML reads them: never "Infinity" to quote or a unit to add.
    [
      '    rpo: 1d',
      '    rpo: 1d\n    costPerHour: .inf',
      '/processes/0/costPerHour',
      'message',
      'costPerHour must be a number, not .inf (infinity)',
    ],
    [
      '    rpo: 1d',
      '    rpo: 1d\n    costPerHour: .inf',
      '/processes/0/costPerHour',
      'hint',
      'YAML reads .inf and .nan as infinity and not-a-number, which no key takes: write a finite number',
    ],
    [
      '    rpo: 1d',
      '    rpo: 1d\n    costPerHour: .NaN',
      '/processes/0/costPerHour',
      'message',
      'costPerHour must be a number, not .nan (not a number)',
    ],
    ['vendor: Shopify', 'vendor: 1e400', '/services/0/vendor', 'hint', 'YAML reads 1e400 as infinity; to mean the text, quote it: "1e400"'],
    ['rto: 4h', 'rto: .inf', '/processes/0/rto', 'hint', 'write a duration as a number and a unit: 30s, 15m, 1h, 2d or 1w'],
  ];
  it.each(cases)("%s -> %s: the %3$s error's %4$s", (from, to, pointer, field, expected) => {
    expect(errorAt(MINIMAL.replace(from, to), pointer)?.[field]).toBe(expected);
  });

  it('an empty value is still told to have a value', () => {
    expect(errorAt(MINIMAL.replace('name: Minimal Ltd', 'name:'), '/business/name')).toMatchObject({
      message: 'name must be text, not null',
      hint: 'write a value after the colon, or remove the key',
    });
  });
});
