/**
 * Golden files: the report on the sample journal of the online shop, in English and Russian.
 * `UPDATE_GOLDEN=1 npx vitest run test/generators/report` rewrites them on purpose.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../../generators/report';
import { exampleModel } from '../documents/build-model';
import { lintMarkdown } from '../documents/lint';
import { sampleObjects } from './sample';

const GOLDEN = path.join(__dirname, '..', '..', 'golden', 'report');

describe.each(['en', 'ru'])('the October report of the online shop (%s)', (locale) => {
  it('matches the files under test/golden/report/' + locale, async () => {
    const files = await generateReport(exampleModel('online-shop'), await sampleObjects(), { month: '2026-10', locale });
    const dir = path.join(GOLDEN, locale);
    if (process.env.UPDATE_GOLDEN === '1') {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      for (const f of files) fs.writeFileSync(path.join(dir, f.path), f.content);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(files.map((f) => f.path).sort());
    for (const f of files) expect(f.content, f.path).toBe(fs.readFileSync(path.join(dir, f.path), 'utf8'));
  });

  it('is byte-identical on a second run, passes markdownlint and html-validate, and draws both charts', async () => {
    const model = exampleModel('online-shop');
    const [a, b] = [
      await generateReport(model, await sampleObjects(), { month: '2026-10', locale }),
      await generateReport(model, await sampleObjects(), { month: '2026-10', locale }),
    ];
    expect(a).toEqual(b);
    expect(await lintMarkdown(a.filter((f) => f.path.endsWith('.md')))).toEqual([]);
    const html = a.find((f) => f.path.endsWith('.html'))!.content;
    const report = await new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'void-style': 'off', 'no-trailing-whitespace': 'off' },
    }).validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
    expect(html.match(/<figure class="chart"><svg /g)).toHaveLength(2);
    expect(html).not.toContain('language-figure-');
  });
});
