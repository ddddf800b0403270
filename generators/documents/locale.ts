/**
 * A language of the documents: its folder of templates and its table of words (words.json), read
 * through the one phrasebook mechanism (i18n/locale.ts).
 *
 * Adding a language is adding `templates/<tag>/` with every template and a `words.json` that has
 * every key the English one has (a test compares them). Nothing in code names a language.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeLocale, type Locale, type Words } from '../../i18n/locale';

export type { Locale, Words } from '../../i18n/locale';

/** Where the templates live, from the source tree or from dist/ (tsc does not copy them). */
export function templatesRoot(): string {
  const beside = path.join(__dirname, 'templates');
  if (fs.existsSync(beside)) return beside;
  return path.resolve(__dirname, '..', '..', '..', 'generators', 'documents', 'templates');
}

/** Every language that has a folder of templates, sorted. */
export function availableLocales(root = templatesRoot()): string[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

const cache = new Map<string, Locale>();

export function loadLocale(tag: string, root = templatesRoot()): Locale {
  const key = `${root}\0${tag}`;
  const known = cache.get(key);
  if (known) return known;
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) || !availableLocales(root).includes(tag)) {
    throw new Error(`no documents in language "${tag}": add templates/${tag}/ (available: ${availableLocales(root).join(', ')})`);
  }
  const words = JSON.parse(fs.readFileSync(path.join(root, tag, 'words.json'), 'utf8')) as Words;
  const locale = makeLocale(tag, words);
  cache.set(key, locale);
  return locale;
}
