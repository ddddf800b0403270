/**
 * Templates: a private Handlebars instance, one compiled set per language, cached.
 *
 * Compiled with `noEscape` (views carry Markdown-escaped text; Handlebars' HTML escaping would be
 * the wrong context and double-escape) and `strict` (a misspelt field throws instead of printing
 * nothing). Template text is ours; user text only ever arrives as values, so `{{...}}` written in a
 * blueprint is never compiled.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Handlebars from 'handlebars';
import type { Locale } from './locale';
import { templatesRoot } from './locale';
import type { DocumentKind } from './types';

/** Every template a language must have. `satisfies` makes a missing kind fail `tsc`. */
export const TEMPLATE_FILES = {
  index: 'index.md.hbs',
  contacts: 'contacts.md.hbs',
  'process-runbook': 'process-runbook.md.hbs',
  'service-runbook': 'service-runbook.md.hbs',
  'provider-runbook': 'provider-runbook.md.hbs',
  checklist: 'checklist.md.hbs',
  passport: 'passport.md.hbs',
  messages: 'messages.md.hbs',
  drills: 'drills.md.hbs',
  'incident-log': 'incident-log.md.hbs',
  'monthly-report': 'monthly-report.md.hbs',
} as const satisfies Record<DocumentKind, string>;

/** Partials every language must have too (shared blocks such as the page header). */
export const PARTIAL_FILES = ['_header.hbs', '_footer.hbs', '_stopped.hbs', '_support.hbs', '_affected.hbs', '_tell-team.hbs'] as const;

export type Renderer = (kind: DocumentKind, view: object) => string;

const compiled = new Map<string, Renderer>();

export function rendererFor(locale: Locale, root = templatesRoot()): Renderer {
  const key = `${root}\0${locale.tag}`;
  const known = compiled.get(key);
  if (known) return known;
  const hb = Handlebars.create();
  const dir = path.join(root, locale.tag);
  const read = (file: string): string => {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) throw new Error(`templates/${locale.tag}/${file} is missing: every language needs every template`);
    return fs.readFileSync(full, 'utf8');
  };
  const options = { noEscape: true, strict: true, preventIndent: true } as const;
  for (const file of PARTIAL_FILES) hb.registerPartial(file.slice(1, -4), hb.compile(read(file), options));
  // A word from words.json; the words are ours, not user text, so they need no escaping.
  hb.registerHelper('t', (key: string) => locale.t(key));
  hb.registerHelper('inc', (n: number) => n + 1);
  hb.registerHelper('count', (n: number, noun: string) => locale.count(n, noun));
  const templates = new Map<DocumentKind, HandlebarsTemplateDelegate>();
  for (const [kind, file] of Object.entries(TEMPLATE_FILES) as [DocumentKind, string][]) {
    templates.set(kind, hb.compile(read(file), options));
  }
  const render: Renderer = (kind, view) => tidy(templates.get(kind)!(view));
  compiled.set(key, render);
  return render;
}

/**
 * Layout rules markdownlint wants, applied once instead of fought in every template: no trailing
 * spaces, at most one blank line in a row, a blank line around lists and tables, one final newline.
 */
export function tidy(markdown: string): string {
  return (
    markdown
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+/, '')
      .trimEnd() + '\n'
  );
}
