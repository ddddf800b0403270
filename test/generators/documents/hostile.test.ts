/** Hostile blueprint text comes out inert (no structure, no HTML, no template) and still readable. */
import { describe, expect, it } from 'vitest';
import { generateDocuments } from '../../../generators/documents';
import { renderHtml } from '../../../generators/html';
import { secretKind } from '../../../loader/secrets';
import { exampleModel, hostileModel } from './build-model';
import { lintMarkdown } from './lint';

describe('hostile text', async () => {
  const docs = generateDocuments(hostileModel());
  const html = await renderHtml(docs, { lang: 'en', title: 'x', contentsLabel: 'Contents' });
  const allMd = docs.map((d) => d.content).join('\n');
  const allHtml = html.map((f) => f.content).join('\n');

  it('cannot add Markdown structure: one h1 per document, no injected heading, list or link', () => {
    for (const d of docs) expect(d.content.match(/^# /gm), d.path).toHaveLength(1);
    expect(allMd).not.toMatch(/^#+ Heading/m);
    expect(allMd).not.toMatch(/(?<!\\)\]\(javascript:/); // only an escaped bracket may precede it
    expect(allMd).not.toMatch(/^\s*2\. really/m);
  });

  it('stays lint-clean Markdown', async () => {
    expect(await lintMarkdown(docs)).toEqual([]);
  });

  it('cannot inject HTML or requests into the HTML', () => {
    expect(allHtml).not.toMatch(/<script/i);
    expect(allHtml).not.toMatch(/<img/i);
    expect(allHtml).not.toMatch(/<b>bold/);
    expect(allHtml).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i); // an event handler inside a real tag
    expect(allHtml).not.toMatch(/href="javascript:/i);
    expect(allHtml).not.toMatch(/<[a-z][^>]*\ssrc\s*=/i);
    expect(allHtml).not.toContain('evil.example/x.png"');
    // The only anchors are ours: relative or in-page.
    for (const m of allHtml.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^(#|[A-Za-z0-9./-]+\.html$)/);
  });

  it('shows the text as written: escaped tags, template syntax, emoji, right-to-left letters', () => {
    expect(allHtml).toContain('&lt;script&gt;fetch(');
    expect(allHtml).toContain('{{constructor.constructor');
    expect(allHtml).toContain('Касса 💳🧾 works ✅');
    expect(allHtml).toContain('שירות לקוחות');
    expect(allHtml).not.toContain('\u202E'); // bidi override removed, letters kept
    expect(allHtml).toContain('&amp;lt;script&amp;gt;'); // an entity stays literal text
    expect(allHtml).toContain('VeryVery');
  });

  it('keeps the long name whole and breakable in print', () => {
    expect(allMd).toContain('Very'.repeat(120) + 'LongNameWithoutAnySpaces');
    expect(allHtml).toContain('overflow-wrap: anywhere');
  });
});

describe('secrets', () => {
  it('a secret-looking value placed in the model never reaches any output', async () => {
    const m = exampleModel('online-shop');
    const secrets = [
      'ghp_' + 'A1b2C3d4'.repeat(5),
      'AKIA' + 'ABCDEFGHIJKLMNOP',
      '123456789:' + 'A'.repeat(35),
      'https://admin:hunter22@panel.example/',
      'password: Sup3rSecret!',
      'sk_live_' + 'x'.repeat(24),
    ];
    m.services[0]!.notes = secrets[0]!;
    m.services[1]!.access = { holders: [], vault: secrets[1]! };
    m.people[0]!.contacts.push({ kind: 'telegram', value: secrets[2]! });
    m.services[2]!.url = secrets[3]!;
    m.processes[0]!.planB!.steps.push(secrets[4]!);
    m.messages[0]!.text = secrets[5]!;
    const docs = generateDocuments(m);
    const html = await renderHtml(docs, { lang: 'en', title: 'x', contentsLabel: 'Contents' });
    for (const f of [...docs, ...html]) {
      for (const line of f.content.split('\n')) {
        // Unescape Markdown backslashes first so an escaped secret would still be caught.
        expect(secretKind(line.replace(/\\(.)/g, '$1')), `${f.path}: ${line.slice(0, 80)}`).toBeUndefined();
      }
    }
    expect(docs.map((d) => d.content).join('')).toContain('hidden: looks like a secret');
  });
});
