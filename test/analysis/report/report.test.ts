import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type LocatedFinding } from '../../../analysis';
import { formatGithub, formatHuman, formatJson, formatSarif, shouldColor } from '../../../analysis/report';
import { data, prop } from '../../../analysis/report/github';
import { RULE_CODES } from '../../../analysis/types';
import { loadModel, WELL_DESIGNED } from '../load';

const FIXTURE = join(__dirname, '../../fixtures/analysis/pb103-backup-messenger-on-the-same-office-line.yaml');
const analysis = analyze(loadModel(FIXTURE), { today: '2026-11-20' });
const pb103 = analysis.findings.find((f) => f.code === 'PB103') as LocatedFinding;

describe('human report', () => {
  it('groups by severity, has no escape codes without colour, and ends with the summary', () => {
    const text = formatHuman(analysis, { color: false });
    expect(text).not.toContain('\u001b[');
    expect(text.indexOf('Errors (')).toBeLessThan(text.indexOf('Warnings ('));
    expect(text).toContain(`${pb103.file}:${pb103.line}:${pb103.column}  PB103 plan-b-shares-failure-point`);
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/: \d+ errors?, \d+ warnings?, \d+ notes?; readiness \d+\/100 \(as of 2026-11-20\)$/);
  });

  it('colours only when asked', () => {
    expect(formatHuman(analysis, { color: true })).toContain('\u001b[31m');
  });

  it.each([
    [{ isTTY: true }, {}, true],
    [{ isTTY: false }, {}, false],
    [{}, {}, false],
    [{ isTTY: true }, { NO_COLOR: '1' }, false],
    [{ isTTY: true }, { NO_COLOR: '' }, true],
  ])('shouldColor(%o, %o) is %s', (stream, env, expected) => {
    expect(shouldColor(stream, env as NodeJS.ProcessEnv)).toBe(expected);
  });
});

describe('json report', () => {
  it('carries every finding with its place and the readiness', () => {
    const doc = JSON.parse(formatJson(analysis));
    expect(doc.findings).toHaveLength(analysis.findings.length);
    expect(doc.findings.find((f: { code: string }) => f.code === 'PB103')).toMatchObject({
      line: pb103.line,
      column: pb103.column,
      pointer: '/processes/0/planB',
    });
    expect(doc.summary.error).toBe(analysis.findings.filter((f) => f.severity === 'error').length);
    expect(doc.readiness.items.length).toBeGreaterThan(5);
  });

  it("carries each finding's message key, parameters and subjects as ids, as the docs promise", () => {
    const found = JSON.parse(formatJson(analysis)).findings.find((f: { code: string }) => f.code === 'PB103');
    expect(found.key).toBe('shared');
    expect(found.params).toEqual({ process: 'Payments', points: [{ kind: 'service', name: 'Isp' }] });
    // The plan B's process (where the pointer is), then the shared service the parameters name.
    expect(found.subjects).toEqual([
      { kind: 'process', id: 'payments' },
      { kind: 'service', id: 'isp' },
    ]);
  });
});

describe('SARIF 2.1.0', () => {
  const doc = JSON.parse(formatSarif(analysis, { baseDir: join(__dirname, '../../..'), toolVersion: '0.1.0' }));
  it("carries the readiness score and items in the run's properties", () => {
    expect(doc.runs[0].properties.readinessScore).toBe(analysis.readiness.score);
    expect(doc.runs[0].properties.readiness.map((i: { id: string; status: string }) => `${i.id} ${i.status}`)).toEqual(
      analysis.readiness.items.map((i) => `${i.id} ${i.status}`),
    );
  });
  it('declares every rule and the version', () => {
    expect(doc.version).toBe('2.1.0');
    expect(doc.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([...RULE_CODES]);
  });
  it('points results at the blueprint by a relative URI and region', () => {
    const r = doc.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'PB103');
    expect(r.level).toBe('error');
    expect(r.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'test/fixtures/analysis/pb103-backup-messenger-on-the-same-office-line.yaml' },
      region: { startLine: pb103.line, startColumn: pb103.column },
    });
    expect(doc.runs[0].tool.driver.rules[r.ruleIndex].id).toBe('PB103');
    const levels = doc.runs[0].results.map((x: { level: string }) => x.level);
    for (const l of levels) expect(['error', 'warning', 'note']).toContain(l);
  });
});

describe('GitHub annotations', () => {
  it('writes one workflow command per finding with file, line and column, then the readiness', () => {
    const lines = formatGithub(analysis).trimEnd().split('\n');
    expect(lines).toHaveLength(analysis.findings.length + 1);
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^::notice file=[^,]+pb103[^,]+,title=Plan B readiness ${analysis.readiness.score}/100::Readiness ${analysis.readiness.score}/100\\. Not yet done: `,
      ),
    );
    expect(lines.at(-1)).toContain(analysis.readiness.items.find((i) => i.status !== 'pass')!.title);
    expect(lines).toContain(lines.find((l) => l.includes('PB103'))!);
    expect(lines.find((l) => l.includes('PB103'))).toMatch(
      new RegExp(`^::error file=[^,]+pb103[^,]+,line=${pb103.line},col=${pb103.column},title=PB103 plan-b-shares-failure-point::`),
    );
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) /);
  });
  it('says every readiness item passes when they do', () => {
    const good = analyze(loadModel(WELL_DESIGNED), { today: '2026-11-20' });
    expect(formatGithub(good)).toBe(
      `::notice file=${prop(good.file)},title=Plan B readiness 100/100::Readiness 100/100: every item passes.\n`,
    );
  });
  it('escapes data and properties', () => {
    expect(data('50% a\r\nb')).toBe('50%25 a%0D%0Ab');
    expect(prop('a:b,c')).toBe('a%3Ab%2Cc');
  });
});
