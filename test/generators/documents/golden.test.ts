/**
 * Golden files: the whole folder `planb docs` writes for one example per language, analysis
 * included. A change shows as a diff; `UPDATE_GOLDEN=1 npx vitest run test/generators` rewrites
 * them on purpose.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFiles as buildDocs } from '../../../pipeline';
import { exampleModel, type Example } from './build-model';

const GOLDEN = path.join(__dirname, '..', '..', 'golden', 'documents');
const CASES: readonly Example[] = ['online-shop', 'dental-clinic'];

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort();
}

describe.each(CASES)('golden documents for %s', (name) => {
  it('match the files under test/golden/documents/' + name, async () => {
    const files = await buildDocs(exampleModel(name), {});
    const dir = path.join(GOLDEN, name);
    if (process.env.UPDATE_GOLDEN === '1') {
      fs.rmSync(dir, { recursive: true, force: true });
      for (const f of files) {
        fs.mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
        fs.writeFileSync(path.join(dir, f.path), f.content);
      }
    }
    expect(listFiles(dir), 'the set of files').toEqual(files.map((f) => f.path).sort());
    for (const f of files) {
      expect(f.content, f.path).toBe(fs.readFileSync(path.join(dir, f.path), 'utf8'));
    }
  });

  it('are the same on a second run (byte-identical)', async () => {
    const a = await buildDocs(exampleModel(name), {});
    const b = await buildDocs(exampleModel(name), {});
    expect(b).toEqual(a);
  });
});
