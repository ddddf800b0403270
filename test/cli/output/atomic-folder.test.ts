import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRelativePath, MARKER_FILE, OutputError, writeOutputAtomically } from '../../../cli/output';
import { openOutputFolder } from '../../../cli/output/atomic-folder';

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'planb-out-'));
}

describe('writeOutputAtomically', () => {
  it("marks the folder as Plan B's own, with fixed text", () => {
    const out = path.join(tmp(), 'docs');
    writeOutputAtomically(out, [{ path: 'a.md', content: 'a' }]);
    expect(fs.readFileSync(path.join(out, MARKER_FILE), 'utf8')).toMatch(/^This folder was written by Plan B/);
    expect(() => writeOutputAtomically(out, [{ path: MARKER_FILE, content: 'x' }])).toThrow(/marker/);
  });

  it('writes every file, in folders, and leaves no temporary folder behind', () => {
    const root = tmp();
    const out = path.join(root, 'docs');
    writeOutputAtomically(out, [
      { path: 'README.md', content: '# A\n' },
      { path: 'runbooks/x.md', content: 'x' },
    ]);
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
    expect(() =>
      writeOutputAtomically(out, [
        { path: 'ok.md', content: '' },
        { path: bad, content: 'x' },
      ]),
    ).toThrow(OutputError);
    expect(fs.readdirSync(out).sort()).toEqual([MARKER_FILE, 'keep.md']);
    expect(fs.readdirSync(root)).toEqual(['docs']);
  });

  it('refuses two files with the same path', () => {
    expect(() =>
      writeOutputAtomically(path.join(tmp(), 'd'), [
        { path: 'a.md', content: '' },
        { path: 'a.md', content: '' },
      ]),
    ).toThrow(/two generated files/);
  });

  it('keeps the previous folder intact when a write fails half-way', () => {
    const root = tmp();
    const out = path.join(root, 'docs');
    writeOutputAtomically(out, [{ path: 'keep.md', content: 'kept' }]);
    // A file and a folder of the same name: the second write fails after the first succeeded.
    expect(() =>
      writeOutputAtomically(out, [
        { path: 'a', content: 'file' },
        { path: 'a/b.md', content: 'x' },
      ]),
    ).toThrow(/is unchanged/);
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
      writeOutputAtomically(out, [
        { path: 'a.md', content: 'a' },
        { path: 'sub/b.md', content: 'b' },
      ]);
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

describe('openOutputFolder: files written as they are made', () => {
  it('puts each file in the temporary folder at once and touches the target only at commit', () => {
    const root = tmp();
    const out = path.join(root, 'docs');
    writeOutputAtomically(out, [{ path: 'old.md', content: 'old' }]);
    const folder = openOutputFolder(out);
    folder.add('runbooks/a.md', 'a');
    const book = folder.addStream('book.html');
    book.write('<p>one</p>');
    book.write('<p>два</p>');
    book.close();
    const temp = fs.readdirSync(root).filter((n) => n !== 'docs');
    expect(temp).toHaveLength(1);
    expect(fs.readFileSync(path.join(root, temp[0]!, 'runbooks', 'a.md'), 'utf8')).toBe('a');
    expect(fs.readdirSync(out).sort()).toEqual([MARKER_FILE, 'old.md']);
    expect(folder.count).toBe(2);
    folder.commit();
    expect(fs.readdirSync(root)).toEqual(['docs']);
    expect(fs.readdirSync(out).sort()).toEqual([MARKER_FILE, 'book.html', 'runbooks']);
    expect(fs.readFileSync(path.join(out, 'book.html'), 'utf8')).toBe('<p>one</p><p>два</p>');
  });

  it('leaves the target as it was and no temporary folder when abandoned or given a repeated path', () => {
    const root = tmp();
    const out = path.join(root, 'docs');
    writeOutputAtomically(out, [{ path: 'keep.md', content: 'kept' }]);
    const abandoned = openOutputFolder(out);
    abandoned.add('a.md', 'a');
    abandoned.abort();
    expect(fs.readdirSync(root)).toEqual(['docs']);
    const repeated = openOutputFolder(out);
    repeated.add('a.md', 'a');
    expect(() => repeated.add('a.md', 'b')).toThrow(/share the path/);
    expect(() => repeated.commit()).toThrow(OutputError);
    expect(fs.readdirSync(root)).toEqual(['docs']);
    expect(fs.readdirSync(out).sort()).toEqual([MARKER_FILE, 'keep.md']);
  });
});
