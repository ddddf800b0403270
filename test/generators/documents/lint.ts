/** markdownlint with the checked-in config, on in-memory Markdown. */
import * as fs from 'node:fs';
import * as path from 'node:path';

const CONFIG = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', '.markdownlint.json'), 'utf8')) as Record<string, unknown>;

/** Every rule violation as `file:line rule description`; empty when clean. */
export async function lintMarkdown(files: readonly { path: string; content: string }[]): Promise<string[]> {
  const { lint } = await import('markdownlint/promise');
  const strings: Record<string, string> = {};
  for (const f of files) strings[f.path] = f.content;
  const result = await lint({ strings, config: CONFIG });
  const out: string[] = [];
  for (const [file, errors] of Object.entries(result)) {
    for (const e of errors)
      out.push(`${file}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}`);
  }
  return out;
}
