/**
 * `planb analyze --mermaid <file> --svg <file>`: both maps written, each replaced whole through a
 * temporary file beside it, and recorded in the ledger so the next run may replace them; a file
 * Plan B did not write, or a target that cannot be written, is refused before any work, leaving
 * what was there and no temporary file.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

const FIXTURE = join(__dirname, '../../fixtures/analysis/pb101-two-critical-processes-share-one-hosting.yaml');

/** `planb analyze` on the fixture, judged on a fixed day, never failing on findings, then the given options. */
const analyzeArgs = (...more: string[]) => ['analyze', FIXTURE, '--today', '2026-11-20', '--fail-on', 'never', ...more];

describe('planb analyze --mermaid --svg', () => {
  const work = mkdtempSync(join(tmpdir(), 'planb-map-'));

  it('writes both files, replaces its own on the next run, and leaves no temporary file', async () => {
    const dir = join(work, 'ok');
    mkdirSync(dir);
    const args = analyzeArgs('--mermaid', join(dir, 'map.md'), '--svg', join(dir, 'map.svg'));
    expect((await runCli(...args)).code).toBe(0);
    const r = await runCli(...args);
    expect(r.code).toBe(0);
    const mermaid = readFileSync(join(dir, 'map.md'), 'utf8');
    expect(mermaid).toMatch(/^(flowchart|graph) /m);
    const svg = readFileSync(join(dir, 'map.svg'), 'utf8');
    expect(svg).toMatch(/<svg[\s>]/);
    expect(svg.trimEnd()).toMatch(/<\/svg>$/);
    expect(readdirSync(dir).sort()).toEqual(['.planb-files', 'map.md', 'map.svg']);
  });

  it('refuses to replace a file Plan B did not write (or that was edited since), unless --force', async () => {
    const dir = join(work, 'foreign');
    mkdirSync(dir);
    writeFileSync(join(dir, 'map.md'), 'my own notes\n');
    const args = analyzeArgs('--mermaid', join(dir, 'map.md'));
    const r = await runCli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--mermaid ${join(dir, 'map.md')} already exists and Plan B did not write it`);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'map.md'), 'utf8')).toBe('my own notes\n');
    expect((await runCli(...args, '--force')).code).toBe(0);
    expect(readFileSync(join(dir, 'map.md'), 'utf8')).toMatch(/^(flowchart|graph) /m);
    // Edited after Plan B wrote it: someone's work now, refused again.
    writeFileSync(join(dir, 'map.md'), 'edited by hand\n');
    expect((await runCli(...args)).code).toBe(2);
    expect(readFileSync(join(dir, 'map.md'), 'utf8')).toBe('edited by hand\n');
  });

  it('never writes the map over the blueprint, even with --force', async () => {
    const dir = join(work, 'self');
    mkdirSync(dir);
    const blueprint = join(dir, 'b.yaml');
    writeFileSync(blueprint, readFileSync(FIXTURE));
    for (const option of ['--svg', '--mermaid']) {
      const r = await runCli('analyze', blueprint, '--fail-on', 'never', option, blueprint, '--force');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('is the blueprint being read');
    }
    expect(readFileSync(blueprint).equals(readFileSync(FIXTURE))).toBe(true);
  });

  it('refuses both maps into one file', async () => {
    const file = join(work, 'same.out');
    const r = await runCli('analyze', FIXTURE, '--fail-on', 'never', '--svg', file, '--mermaid', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give each its own file');
  });

  it('reports a target it cannot write, keeps what is there and leaves no temporary file', async () => {
    const dir = join(work, 'blocked');
    mkdirSync(join(dir, 'map.svg'), { recursive: true }); // a directory where the file should go
    writeFileSync(join(dir, 'map.svg', 'keep.txt'), 'kept');
    const r = await runCli(...analyzeArgs('--mermaid', join(dir, 'map.md'), '--svg', join(dir, 'map.svg')));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--svg ${join(dir, 'map.svg')} exists and is not a regular file`);
    expect(r.stdout).toBe('');
    expect(statSync(join(dir, 'map.svg')).isDirectory()).toBe(true);
    expect(readFileSync(join(dir, 'map.svg', 'keep.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(dir).sort()).toEqual(['map.svg']);
  });
});
