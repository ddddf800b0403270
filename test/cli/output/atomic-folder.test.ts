import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRelativePath, MARKER_FILE, OutputError, writeOutputAtomically } from '../../../cli/output';

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'planb-out-'));
}

describe('writeOutputAtomically', () => {
  it('marks the folder as Plan B\'s own, with fixed text', () => {
    const out = path.join(tmp(), 'docs');
    writeOutputAtomically(out, [{ path: 'a.md', content: 'a' }]);
    expect(fs.readFileSync(path.join(out, MARKER_FILE), 'utf8')).toMatch(/^This folder was written by Plan B/);
    expect(() => writeOutputAtomically(out, [{ path: MARKER_FILE, content: 'x' }])).toThrow(/marker/);
  });

  it('writes every file, in folders, and leaves no temporary folder behind', () => {
    const root = tmp();
    const out = path.join(root, 'docs');
    writeOutputAtomically(out, [{ path: 'README.md', content: '# A\n' }, { path: 'runbooks/x.md', content: 'x' }]);
    expect(fs.readFileSync(path.join(out, 'README.md'), 'utf8')).toBe('# A\n');
    expect(fs.readFileSync(path.join(out, 'runbooks', 'x.md'), 'utf8')).toBe('x');
    expect(fs.readdirSync(root)).toEqual(['docs']);
  });

  it('replaces the whole folder: files the new run does not produce are gone', () => {
    const out = path.join(tmp(), 'docs');
    writeOutputAtomically(out, [{ path: 'old.md', content: 'old' }]);
    writeOutputAtomically(out, [{ path: 'new.md', content: 'new' }]);
    expect(fs.readdirSync(out).sort()).toEqual([MARKER_FILE, 'new.md']);
  });

  it.each(['../escape.md', '/abs.md', 'a/../../b.md', 'a\\b.md', '', './x.md'])('refuses the path %j and writes nothing', (bad) => {
    const root = tmp();
    const out = path.join(root, 'docs');
    writeOutputAtomically(out, [{ path: 'keep.md', content: 'kept' }]);
    expect(() => writeOutputAtomically(out, [{ path: 'ok.md', content: '' }, { path: bad, content: 'x' }])).toThrow(OutputError);
    expect(fs.readdirSync(out).sort()).toEqual([MARKER_FILE, 'keep.md']);
    expect(fs.readdirSync(root)).toEqual(['docs']);
  });

  it('refuses two files with the same path', () => {
    expect(() => writeOutputAtomically(path.join(tmp(), 'd'), [{ path: 'a.md', content: '' }, { path: 'a.md', content: '' }])).toThrow(/two generated files/);
  });

  it('keeps the previous folder intact when a write fails half-way', () => {
    const root = tmp();
    const out = path.join(root, 'docs');
    writeOutputAtomically(out, [{ path: 'keep.md', content: 'kept' }]);
    // A file and a folder of the same name: the second write fails after the first succeeded.
    expect(() => writeOutputAtomically(out, [{ path: 'a', content: 'file' }, { path: 'a/b.md', content: 'x' }])).toThrow(/is unchanged/);
    expect(fs.readFileSync(path.join(out, 'keep.md'), 'utf8')).toBe('kept');
    expect(fs.readdirSync(root)).toEqual(['docs']);
  });

  it('refuses a target that is a file', () => {
    const file = path.join(tmp(), 'f');
    fs.writeFileSync(file, 'x');
    expect(() => writeOutputAtomically(file, [])).toThrow(/not a folder/);
    expect(fs.readFileSync(file, 'utf8')).toBe('x');
  });

  it('flushes file by file where `sync -f` is not available, and writes the same folder', () => {
    const out = path.join(tmp(), 'docs');
    const saved = process.env.PATH;
    // No `sync` on the PATH: the portable fsync-per-file path runs instead of syncfs.
    process.env.PATH = '';
    try {
      writeOutputAtomically(out, [{ path: 'a.md', content: 'a' }, { path: 'sub/b.md', content: 'b' }]);
    } finally {
      process.env.PATH = saved;
    }
    expect(fs.readFileSync(path.join(out, 'sub', 'b.md'), 'utf8')).toBe('b');
    expect(fs.readdirSync(out).sort()).toEqual([MARKER_FILE, 'a.md', 'sub']);
  });

  it('accepts a normal nested relative path', () => {
    expect(checkRelativePath('html/runbooks/a.html')).toBe('html/runbooks/a.html');
  });
});
