/**
 * Files with very many mistakes: the loader reports the first LIMITS.maxDiagnostics and counts
 * the rest in one closing PB005, and it gets there quickly (Ajv's all-errors mode and "did you
 * mean" over thousands of ids used to take minutes). The generous timeouts only stop a hang; the
 * assertions are on the output.
 */
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../loader/index';
import { LIMITS } from '../../loader/limits';

const HEAD = ['version: 1', 'business: { name: X, slug: xx, timezone: Europe/Berlin, owner: ann, revised: "2026-11-01" }'];
const ANN = '  - { id: ann, name: Ann, role: Owner, contacts: [{ kind: email, value: ann@x.example }] }';

describe('many errors in one file', () => {
  it('100,000 people with a misspelt key: the first 200, then how many more', () => {
    const lines = [...HEAD, 'people:'];
    for (let i = 0; i < 100_000; i++) lines.push(`  - { id: P${i}, nam: x }`);
    const result = loadBlueprintText(lines.join('\n') + '\n', 'many.yaml');
    expect(result.ok).toBe(false);
    const d = result.diagnostics;
    expect(d).toHaveLength(LIMITS.maxDiagnostics + 1);
    expect(d.slice(0, -1).every((x) => x.code !== 'PB005' && x.hint)).toBe(true);
    // The first ones in the file, with their hints.
    expect(d[0]).toMatchObject({ line: 1, code: 'PB022', message: 'missing key "processes"' });
    expect(d.find((x) => x.code === 'PB021')).toMatchObject({
      line: 4,
      message: 'unknown key "nam" in people',
      hint: 'did you mean "name"?',
    });
    const last = d[d.length - 1];
    expect(last).toMatchObject({ code: 'PB005', severity: 'error', line: 0 });
    expect(last?.message).toMatch(/^at least [\d,]+ more problems not shown: a file reports at most 200$/);
    expect(last?.hint).toMatch(/validate again/);
  }, 60_000);

  it('a count that is exact when the check could finish', () => {
    const lines = [...HEAD, 'people:', ANN];
    for (let i = 0; i < 1000; i++)
      lines.push(`  - { id: p${i}, nam: x, name: N, role: R, contacts: [{ kind: email, value: a@x.example }] }`);
    lines.push(
      'services:',
      '  - { id: s, name: S, kind: other, vendor: V }',
      'processes:',
      '  - { id: p, name: P, criticality: low, rto: 1h, rpo: 1h, needs: [s] }',
    );
    const result = loadBlueprintText(lines.join('\n') + '\n', 'thousand.yaml');
    const last = result.diagnostics[result.diagnostics.length - 1];
    // 1,000 unknown keys, 200 shown.
    expect(last?.message).toBe('800 more problems not shown: a file reports at most 200');
  }, 60_000);

  it('20,000 dangling references: capped, with "did you mean" only where it is shown', () => {
    const lines = [
      ...HEAD,
      'people:',
      ANN,
      'processes:',
      '  - { id: p, name: P, criticality: low, rto: 1h, rpo: 1h, needs: [s0] }',
      'services:',
    ];
    for (let i = 0; i < 20_000; i++) lines.push(`  - { id: s${i}, name: S, kind: other, vendor: V, dependsOn: [t${i}x] }`);
    const result = loadBlueprintText(lines.join('\n') + '\n', 'refs.yaml');
    const d = result.diagnostics;
    expect(d).toHaveLength(LIMITS.maxDiagnostics + 1);
    expect(d[0]).toMatchObject({ code: 'PB031', line: 8, message: 'no service has the id "t0x"' });
    expect(d[0]?.hint).toBeTruthy();
    expect(d[d.length - 1]?.message).toBe('19,800 more problems not shown: a file reports at most 200');
  }, 60_000);

  it('a few errors are all shown, with no count', () => {
    const lines = [...HEAD, 'people:'];
    for (let i = 0; i < 10; i++) lines.push(`  - { id: P${i}, nam: x }`);
    const result = loadBlueprintText(lines.join('\n') + '\n', 'few.yaml');
    expect(result.diagnostics.some((x) => x.code === 'PB005')).toBe(false);
  });
});

describe('the node limit', () => {
  it('a huge document without aliases is told so, not called an alias bomb', () => {
    const text = 'a: [' + '1,'.repeat(LIMITS.maxExpandedNodes) + '1]\n';
    const result = loadBlueprintText(text, 'flat.yaml');
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((x) => `${x.code} ${x.message}`)).toEqual([
      `PB012 the document has more than ${LIMITS.maxExpandedNodes.toLocaleString('en')} YAML nodes`,
    ]);
    expect(result.diagnostics[0]?.hint).toMatch(/split generated data out/);
  }, 60_000);
});
