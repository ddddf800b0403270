import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

const ROOT = join(__dirname, '../../..');
const example = join(ROOT, 'blueprints/online-shop.yaml');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('planb build', () => {
  const work = mkdtempSync(join(tmpdir(), 'planb-build-'));

  it('writes the verdict and the documents of an example, and says what it found', async () => {
    const out = join(work, 'shop');
    const r = await runCli('build', example, '--out', out, '--no-plan');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /blueprints\/online-shop\.yaml: \d+ errors?, \d+ warnings?, \d+ notes?; readiness \d+\/100 \(as of 2026-11-02\)/,
    );
    const files = listFiles(out);
    for (const f of [
      'verdict/analysis.txt',
      'verdict/analysis.json',
      'verdict/analysis.sarif',
      'verdict/map.mmd',
      'verdict/map.svg',
      'documents/README.md',
      'documents/documents.html',
      'documents/contacts.md',
      'documents/checklist.md',
    ]) {
      expect(files).toContain(f);
    }
    expect(files.some((f) => f.startsWith('documents/runbooks/'))).toBe(true);
    const sarif = JSON.parse(readFileSync(join(out, 'verdict/analysis.sarif'), 'utf8')) as {
      version: string;
      runs: { results: unknown[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.length).toBeGreaterThan(0);
  });

  it('gives a byte-identical folder for the same blueprint, offline plan included', async () => {
    const a = join(work, 'a');
    const b = join(work, 'b');
    expect((await runCli('build', example, '--out', a)).code).toBe(0);
    expect((await runCli('build', example, '--out', b)).code).toBe(0);
    expect(listFiles(a)).toEqual(expect.arrayContaining(['plan/plan.txt', 'plan/plan.json', 'plan/plan.md']));
    expect(readFileSync(join(a, 'plan/plan.txt'), 'utf8')).toMatch(/^Plan for .*online-shop\.yaml \(samovar-tea\): \d+ cloud resources/);
    const files = listFiles(a);
    expect(listFiles(b)).toEqual(files);
    for (const f of files) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
  });

  it('writes nothing, and keeps what was there, when the blueprint is invalid', async () => {
    const out = join(work, 'kept');
    mkdirSync(out);
    // An earlier Plan B output (it has the marker), so only the blueprint stops the build.
    writeFileSync(join(out, '.planb-output'), 'marker\n');
    writeFileSync(join(out, 'previous.txt'), 'from an earlier run\n');
    const r = await runCli('build', join(ROOT, 'test/fixtures/loader/dangling-reference.yaml'), '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error PB031');
    expect(r.stderr).toContain('nothing written');
    expect(listFiles(out)).toEqual(['.planb-output', 'previous.txt']);
    expect(readdirSync(work).filter((n) => n.includes('tmp'))).toEqual([]);
  });

  it('--fail-on error turns error findings into exit status 1, after writing', async () => {
    const out = join(work, 'failing');
    const r = await runCli('build', example, '--out', out, '--no-plan', '--fail-on', 'error');
    expect(r.code).toBe(1);
    expect(existsSync(join(out, 'verdict/analysis.json'))).toBe(true);
  });
});
