import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { documentFiles as buildDocs } from '../../../pipeline';
import { generateDocuments } from '../../../generators/documents';
import { anchorFor, PRINTABLE_PATH, renderHtml } from '../../../generators/html';
import { exampleModel, hostileModel } from '../documents/build-model';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // marked writes <br> and unquoted-free HTML; these two are style, not validity.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // Graphviz SVG (the map) carries presentational attributes html-validate does not know.
    'attribute-allowed-values': 'off',
    'no-inline-style': 'off',
    // Long documents legitimately repeat link texts ("If X is down") and headings ("Support").
    'unique-landmark': 'off',
  },
});

async function validate(files: readonly { path: string; content: string }[]): Promise<string[]> {
  const out: string[] = [];
  for (const f of files.filter((x) => x.path.endsWith('.html'))) {
    const report = await validator.validateString(f.content, f.path);
    for (const r of report.results) for (const m of r.messages) out.push(`${f.path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  return out;
}

describe('HTML', () => {
  it('of the examples (analysis and map included) passes html-validate', async () => {
    for (const name of ['online-shop', 'dental-clinic'] as const) {
      expect(await validate(await buildDocs(exampleModel(name), {}))).toEqual([]);
    }
  });

  it('of hostile text passes html-validate too', async () => {
    const docs = generateDocuments(hostileModel());
    expect(await validate(await renderHtml(docs, { lang: 'en', title: '<x>', contentsLabel: 'Contents' }))).toEqual([]);
  });

  it('has one printable file with a table of contents and a section per document, then one file per document', async () => {
    const docs = generateDocuments(exampleModel('online-shop'));
    const files = await renderHtml(docs, { lang: 'en', title: 'Docs', contentsLabel: 'Contents' });
    expect(files[0]!.path).toBe(PRINTABLE_PATH);
    expect(files).toHaveLength(docs.length + 1);
    const book = files[0]!.content;
    for (const d of docs) {
      expect(book).toContain(`<li><a href="#${anchorFor(d.path)}">`);
      expect(book).toContain(`id="${anchorFor(d.path)}"`);
      expect(files.map((f) => f.path)).toContain('html/' + d.path.replace(/\.md$/, '.html'));
    }
    // Every in-page link lands on a section.
    for (const m of book.matchAll(/href="#([^"]+)"/g)) expect(book).toContain(`id="${m[1]}"`);
    // Print rules: page break per document, rows not cut, A4.
    expect(book).toMatch(/section\.doc \{ break-before: page/);
    expect(book).toMatch(/tr, img, svg, blockquote, pre \{ break-inside: avoid/);
    expect(book).toContain('size: A4');
  });

  it('forbids every request with a Content Security Policy and has no script, link or image tag', async () => {
    const files = await buildDocs(exampleModel('dental-clinic'), {});
    for (const f of files.filter((x) => x.path.endsWith('.html'))) {
      expect(f.content).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
      expect(f.content).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
      expect(f.content).toMatch(/^<!DOCTYPE html>\n<html lang="ru">/);
    }
  });

  it('drops a link with an unsafe scheme and escapes raw HTML a template might carry', async () => {
    const doc = {
      kind: 'index' as const,
      path: 'README.md',
      title: 't',
      content: '# T\n\n[a](javascript:alert(1)) [b](data:text/html,x) [c](https://ok.example)\n\n<div onclick="x">raw</div>\n',
    };
    const [book] = await renderHtml([doc], { lang: 'en', title: 't', contentsLabel: 'C' });
    expect(book!.content).not.toContain('javascript:');
    expect(book!.content).not.toContain('data:text/html');
    expect(book!.content).toContain('<a href="https://ok.example">c</a>');
    expect(book!.content).toContain('&lt;div onclick=&quot;x&quot;&gt;raw&lt;/div&gt;');
  });

  it('refuses an SVG map that carries a script and shows the Mermaid source instead', async () => {
    const doc = { kind: 'index' as const, path: 'README.md', title: 't', content: '# T\n\n```mermaid\nflowchart LR\n```\n' };
    const [bad] = await renderHtml([doc], { lang: 'en', title: 't', contentsLabel: 'C', mapSvg: '<svg><script>alert(1)</script></svg>' });
    expect(bad!.content).not.toContain('<svg');
    expect(bad!.content).toContain('<pre><code class="language-mermaid">flowchart LR');
    const [good] = await renderHtml([doc], {
      lang: 'en',
      title: 't',
      contentsLabel: 'C',
      mapSvg: '<?xml version="1.0"?><!-- x --><svg viewBox="0 0 1 1"><g></g></svg>',
    });
    expect(good!.content).toContain('<figure class="map"><svg viewBox="0 0 1 1"><g></g></svg></figure>');
  });
});
