/**
 * A file name, a path or a value typed on the command line may carry control characters or
 * bidirectional overrides. Printed raw, they drive the user's terminal (clear it, retitle it,
 * overwrite lines) or reorder what the user reads; every command prints them as visible escapes.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { visible } from '../../cli/terminal-text';
import { runCli } from './run-cli';

/** A raw control character (colour sequences aside) or an invisible or bidi mark. */
const RAW = /\x1b(?!\[[0-9;]*m)|[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;
const HOSTILE = 'a\x1b]0;owned\x07b\x1b[2J\u202ec\r\x9bd';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planb-terminal-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('visible', () => {
  it('escapes controls and bidi marks the way JSON does, and keeps newlines, tabs, colours and Cyrillic', () => {
    expect(visible(HOSTILE)).toBe('a\\u001b]0;owned\\u0007b\\u001b[2J\\u202ec\\u000d\\u009bd');
    expect(visible('line\n\tnext \x1b[31mred\x1b[0m Пароль')).toBe('line\n\tnext \x1b[31mred\x1b[0m Пароль');
  });

  it('keeps JSON valid, with the same values', () => {
    const json = JSON.stringify({ file: `x\u202e\x85y` });
    expect(JSON.parse(visible(json))).toEqual({ file: `x\u202e\x85y` });
    expect(visible(json)).not.toMatch(RAW);
  });
});

describe('what the commands print', () => {
  it('validate and build name a hostile file name without a raw control character, in messages and in the files', async () => {
    const file = path.join(dir, `${HOSTILE}.yaml`);
    fs.copyFileSync('test/fixtures/blueprints/minimal.yaml', file);
    const validated = await runCli('validate', file);
    expect(validated.code).toBe(0);
    expect(validated.stdout + validated.stderr).toContain('\\u001b]0;owned');
    expect(validated.stdout + validated.stderr).not.toMatch(RAW);

    const out = path.join(dir, 'out');
    const built = await runCli('build', file, '--out', out, '--no-plan');
    expect(built.code).toBe(0);
    expect(built.stdout + built.stderr).not.toMatch(RAW);
    const verdict = fs.readFileSync(path.join(out, 'verdict', 'analysis.txt'), 'utf8');
    expect(verdict).toContain('\\u001b]0;owned');
    expect(verdict).not.toMatch(RAW);
  }, 60_000);

  it('a missing file, a refused --out and an unknown --fail target are named without raw control characters', async () => {
    const missing = await runCli('validate', path.join(dir, `${HOSTILE}.yaml`));
    expect(missing.code).toBe(1);
    const refused = await runCli('docs', 'blueprints/online-shop.yaml', '--out', path.join('/dev/null', HOSTILE));
    expect(refused.code).not.toBe(0);
    const unknown = await runCli('simulate', 'blueprints/online-shop.yaml', '--fail', HOSTILE);
    expect(unknown.code).toBe(2);
    for (const run of [missing, refused, unknown]) {
      expect(run.stderr).not.toBe('');
      expect(run.stdout + run.stderr).not.toMatch(RAW);
    }
  }, 60_000);

  it('simulate does not echo a --fail target that looks like a secret', async () => {
    const token = `ghp_${'a1B2c3D4e5'.repeat(4)}`;
    const run = await runCli('simulate', 'blueprints/online-shop.yaml', '--fail', token);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('looks like a secret');
    expect(run.stdout + run.stderr).not.toContain(token);
  }, 60_000);
});
