import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/main';

const blueprint = (name: string) => path.join(__dirname, '..', '..', '..', 'blueprints', `${name}.yaml`);

describe('planb docs', () => {
  it("writes Markdown and HTML in the blueprint's language, or the one asked for", async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'planb-cli-')), 'docs');
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await main(['docs', blueprint('dental-clinic'), '--out', out])).toBe(0);
      expect(fs.readFileSync(path.join(out, 'README.md'), 'utf8')).toMatch(/^# Документы на случай сбоя/);
      expect(fs.existsSync(path.join(out, 'documents.html'))).toBe(true);
      expect(await main(['docs', blueprint('dental-clinic'), '--out', out, '--locale', 'en', '--no-analysis'])).toBe(0);
      const index = fs.readFileSync(path.join(out, 'README.md'), 'utf8');
      expect(index).toMatch(/^# Continuity documents/);
      expect(index).toContain('analysis not run');
    } finally {
      write.mockRestore();
      process.exitCode = undefined;
    }
  });

  it('an unknown language (usage, 2) or an invalid blueprint (1) leaves the folder as it was', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'planb-cli-'));
    const out = path.join(root, 'docs');
    fs.mkdirSync(out);
    // An earlier Plan B output (it has the marker): only the language or the blueprint stops the run.
    fs.writeFileSync(path.join(out, '.planb-output'), 'marker');
    fs.writeFileSync(path.join(out, 'keep.md'), 'kept');
    const bad = path.join(root, 'bad.yaml');
    fs.writeFileSync(bad, 'version: 1\nbusiness: [\n');
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await main(['docs', blueprint('online-shop'), '--out', out, '--locale', 'de'])).toBe(2);
      expect(err.mock.calls.map((c) => String(c[0])).join('')).toMatch(/argument 'de' is invalid\. Allowed choices are en, ru/);
      expect(await main(['docs', bad, '--out', out])).toBe(1);
      expect(fs.readdirSync(out).sort()).toEqual(['.planb-output', 'keep.md']);
    } finally {
      err.mockRestore();
      process.exitCode = undefined;
    }
  });
});
