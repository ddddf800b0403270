/**
 * `planb analyze --mermaid <file> --svg <file>`: both maps written, each replaced whole through a
 * temporary file beside it; a target that cannot be written is reported, leaves what was there and
 * no temporary file.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

const FIXTURE = join(__dirname, '../../fixtures/analysis/pb101-two-critical-processes-share-one-hosting.yaml');

describe('planb analyze --mermaid --svg', () => {
  const work = mkdtempSync(join(tmpdir(), 'planb-map-'));

  it('writes both files, replacing what was there, and leaves no temporary file', async () => {
    const dir = join(work, 'ok');
    mkdirSync(dir);
    writeFileSync(join(dir, 'map.md'), 'an old map that is much longer than nothing '.repeat(2_000));
    const r = await runCli('analyze', FIXTURE, '--today', '2026-11-20', '--fail-on', 'never', '--mermaid', join(dir, 'map.md'), '--svg', join(dir, 'map.svg'));
    expect(r.code).toBe(0);
    const mermaid = readFileSync(join(dir, 'map.md'), 'utf8');
    expect(mermaid).toMatch(/^(flowchart|graph) /m);
    expect(mermaid).not.toContain('an old map');
    const svg = readFileSync(join(dir, 'map.svg'), 'utf8');
    expect(svg).toMatch(/<svg[\s>]/);
    expect(svg.trimEnd()).toMatch(/<\/svg>$/);
    expect(readdirSync(dir).sort()).toEqual(['map.md', 'map.svg']);
  });

  it('reports a target it cannot write, keeps what is there and leaves no temporary file', async () => {
    const dir = join(work, 'blocked');
    mkdirSync(join(dir, 'map.svg'), { recursive: true }); // a directory where the file should go
    writeFileSync(join(dir, 'map.svg', 'keep.txt'), 'kept');
    const r = await runCli('analyze', FIXTURE, '--today', '2026-11-20', '--fail-on', 'never', '--mermaid', join(dir, 'map.md'), '--svg', join(dir, 'map.svg'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`could not write the map to ${join(dir, 'map.svg')}`);
    expect(statSync(join(dir, 'map.svg')).isDirectory()).toBe(true);
    expect(readFileSync(join(dir, 'map.svg', 'keep.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(dir).sort()).toEqual(['map.md', 'map.svg']);
  });
});
