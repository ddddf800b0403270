/**
 * Markdown documents -> HTML: one self-contained printable file with a table of contents, and
 * one file per document (under html/, mirroring the Markdown paths so relative links still work).
 *
 * Nothing is fetched: the CSS is inline, there are no scripts or images, and a Content Security
 * Policy forbids any request. Raw HTML in Markdown is escaped, never passed through (user text is
 * already Markdown-escaped; this is the second fence). Links may only be relative or
 * http(s)/mailto/tel.
 */
import * as path from 'node:path';
import type { MarkedExtension } from 'marked' with { 'resolution-mode': 'import' };
import type { GeneratedDocument, GeneratedFile } from '../documents/types';
import { CSS } from './css';

export interface HtmlOptions {
  /** The language tag for `<html lang>`. */
  lang: string;
  /** The printable file's title (plain text). */
  title: string;
  /** Heading of the table of contents. */
  contentsLabel: string;
  /** Inline SVG of the dependency map, drawn in place of the Mermaid block when given. */
  mapSvg?: string;
  /**
   * Inline SVG charts by name: a fenced block ```figure-<name> is drawn as that chart (its text,
   * a plain-text version for Markdown readers, is dropped). Each passes the same check as the map.
   */
  figures?: Readonly<Record<string, string>>;
}

export const PRINTABLE_PATH = 'documents.html';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The document's anchor in the printable file. */
export function anchorFor(mdPath: string): string {
  return 'doc-' + mdPath.replace(/\.md$/, '').replace(/[^A-Za-z0-9-]+/g, '-');
}

const SAFE_SCHEME = /^(https?:|mailto:|tel:)/i;

/** Rewrite a link for the per-document file: .md targets become .html; unsafe schemes are dropped. */
function rewriteHref(href: string): string | null {
  if (SAFE_SCHEME.test(href)) return href;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return null; // javascript:, data:, protocol-relative
  return href.replace(/\.md(?=$|#)/, '.html');
}

/**
 * In the printable file, a relative link to another document becomes a link to its section. Each
 * distinct target is resolved once per document (links back to the index and the checklist recur
 * in every section), and a document without links is returned untouched.
 */
function toAnchors(html: string, from: string): string {
  if (!html.includes('.html')) return html;
  const dir = path.posix.dirname(from);
  const anchors = new Map<string, string>();
  return html.replace(/href="([^":#]+)\.html(#[^"]*)?"/g, (_all, target: string) => {
    let anchor = anchors.get(target);
    if (anchor === undefined) {
      anchor = `href="#${anchorFor(path.posix.normalize(path.posix.join(dir, target + '.md')))}"`;
      anchors.set(target, anchor);
    }
    return anchor;
  });
}

/** An SVG from the analysis is trusted only if it carries nothing active; its prologue is dropped. */
function safeSvg(svg: string | undefined): string | null {
  if (!svg) return null;
  const body = svg.replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>|<!--[\s\S]*?-->/gi, '').trim();
  if (!/^<svg[\s>]/i.test(body)) return null;
  if (/<script|<foreignObject|<image|<use|\son[a-z]+\s*=|javascript:|(?:xlink:)?href\s*=\s*["']?(?!#)/i.test(body)) return null;
  return body;
}

type MarkedModule = typeof import('marked', { with: { 'resolution-mode': 'import' }});
let markedModule: Promise<MarkedModule> | undefined;
// marked is an ES module; this package is CommonJS, so it is loaded once with import().
function loadMarked(): Promise<MarkedModule> {
  return (markedModule ??= import('marked'));
}

function extension(svg: string | null, figures: ReadonlyMap<string, string>): MarkedExtension {
  return {
    gfm: true,
    // Links are rewritten where they are drawn (every link token, inline, reference or GFM autolink,
    // is drawn by renderer.link): a walkTokens hook made marked walk every token of every document.
    renderer: {
      html: ({ text }) => escapeHtml(text),
      image: ({ text }) => escapeHtml(text),
      checkbox: ({ checked }) => `<span class="box" aria-hidden="true">${checked ? '☑' : '☐'}</span>`,
      link({ href, tokens }) {
        const inner = this.parser.parseInline(tokens);
        const safe = rewriteHref(href);
        return safe ? `<a href="${escapeHtml(safe)}">${inner}</a>` : inner;
      },
      code({ text, lang }) {
        if (lang === 'mermaid' && svg) return `<figure class="map">${svg}</figure>\n`;
        const figure = lang?.startsWith('figure-') ? figures.get(lang.slice('figure-'.length)) : undefined;
        if (figure) return `<figure class="chart">${figure}</figure>\n`;
        const cls = lang && /^[a-z0-9-]+$/i.test(lang) ? ` class="language-${lang}"` : '';
        return `<pre><code${cls}>${escapeHtml(text)}</code></pre>\n`;
      },
    },
  };
}

/**
 * The tab title, HTML-escaped and at most 70 characters as written (html-validate's limit counts
 * entities); the heading inside keeps the whole name. Never cut inside a character or an entity.
 */
function titleHtml(title: string): string {
  const full = escapeHtml(title);
  if (full.length <= 70) return full;
  let out = '';
  for (const ch of title) {
    const esc = escapeHtml(ch);
    if (out.length + esc.length > 69) break;
    out += esc;
  }
  return out + '…';
}

/** A page up to and including `<body>` and its newline; page() is this, the body, then PAGE_END. */
function pageStart(lang: string, title: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${titleHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '',
  ].join('\n');
}

const PAGE_END = '\n</body>\n</html>\n';

function page(lang: string, title: string, body: string): string {
  return pageStart(lang, title) + body.trimEnd() + PAGE_END;
}

/**
 * Table rows past which the contact sheet's type is set smaller so that it still prints on one A4
 * page (measured in Chromium with the sheet's print CSS: see test/generators/html/browser.test.ts).
 */
export const CONTACT_SHEET_DENSITY: ReadonlyArray<readonly [rows: number, cls: string]> = [
  [40, 'densest'],
  [32, 'denser'],
  [26, 'dense'],
];

function kindClass(doc: GeneratedDocument, html: string): string {
  if (doc.kind !== 'contacts') return `doc doc-${doc.kind}`;
  const rows = html.split('<tr>').length - 1;
  const tier = CONTACT_SHEET_DENSITY.find(([over]) => rows > over);
  return `doc doc-${doc.kind}${tier ? ' ' + tier[1] : ''}`;
}

/** Render every document; returns the printable file first, then one file per document. */
export async function renderHtml(docs: readonly GeneratedDocument[], options: HtmlOptions): Promise<GeneratedFile[]> {
  const pages: GeneratedFile[] = [];
  const book: string[] = [];
  await streamHtml(docs, docs, options, {
    add: (p, content) => void pages.push({ path: p, content }),
    addStream: () => ({ write: (chunk) => void book.push(chunk), close: () => undefined }),
  });
  return [{ path: PRINTABLE_PATH, content: book.join('') }, ...pages];
}

/** Where streamHtml puts its files: whole pages, and the printable file in pieces. */
export interface HtmlSink {
  add(path: string, content: string): void;
  addStream(path: string): { write(chunk: string): void; close(): void };
}

/**
 * The same files as renderHtml, written to `sink` as each document is rendered: the per-document
 * page whole, the printable file section by section (its table of contents comes from `list`,
 * known before any document is rendered). `docs` may be produced lazily; each is parsed once, and
 * `onDocument` sees it first (the caller writes its Markdown), so no document outlives its turn.
 */
export async function streamHtml(
  list: readonly Pick<GeneratedDocument, 'path' | 'title'>[],
  docs: Iterable<GeneratedDocument>,
  options: HtmlOptions,
  sink: HtmlSink,
  onDocument: (doc: GeneratedDocument) => void = () => undefined,
): Promise<void> {
  const { Marked } = await loadMarked();
  const figures = new Map(
    Object.entries(options.figures ?? {}).flatMap(([name, svg]) => {
      const safe = safeSvg(svg);
      return safe ? [[name, safe] as const] : [];
    }),
  );
  const marked = new Marked(extension(safeSvg(options.mapSvg), figures));
  const toc = [
    '<nav class="toc">',
    `<h2>${escapeHtml(options.contentsLabel)}</h2>`,
    '<ol>',
    ...list.map((d) => `<li><a href="#${anchorFor(d.path)}">${escapeHtml(d.title)}</a></li>`),
    '</ol>',
    '</nav>',
  ].join('\n');
  // The printable page's body is the contents, then each section after a newline (every section
  // ends in </section>, so page()'s trimEnd has nothing more to take).
  const book = sink.addStream(PRINTABLE_PATH);
  book.write(pageStart(options.lang, options.title) + toc);
  for (const doc of docs) {
    onDocument(doc);
    // One parse per document (marked is the costliest step); the printable copy only rewrites links.
    const alone = marked.parse(doc.content, { async: false });
    const cls = kindClass(doc, alone);
    sink.add('html/' + doc.path.replace(/\.md$/, '.html'), page(options.lang, doc.title, `<main class="${cls}">\n${alone}</main>`));
    book.write(`\n<section class="${cls}" id="${anchorFor(doc.path)}">\n${toAnchors(alone, doc.path)}</section>`);
  }
  book.write(PAGE_END);
  book.close();
}
