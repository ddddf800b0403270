/**
 * The whole folder for one blueprint: Markdown documents plus their HTML, from the model and
 * whatever analysis the caller ran. What `planb docs`, the golden tests and the benchmark share.
 */
import type { Model } from '../../model/model';
import { streamHtml, type HtmlSink } from '../html';
import { planDocuments } from './index';
import { loadLocale } from './locale';
import type { DocumentOptions, GeneratedFile } from './types';

export async function documentBundle(model: Model, options: DocumentOptions = {}): Promise<GeneratedFile[]> {
  const markdown: GeneratedFile[] = [];
  const printable: string[] = [];
  const pages: GeneratedFile[] = [];
  let printablePath = '';
  await streamDocumentBundle(model, options, {
    add: (path, content) => {
      if (path.endsWith('.md')) markdown.push({ path, content });
      else pages.push({ path, content });
    },
    addStream: (path) => {
      printablePath = path;
      return { write: (chunk) => void printable.push(chunk), close: () => undefined };
    },
  });
  // The order the folder has always listed: Markdown, the printable file, then one page per document.
  return [...markdown, { path: printablePath, content: printable.join('') }, ...pages];
}

/**
 * The same files written to `sink` as each document is made (Markdown, its page, its section of
 * the printable file): planb build never holds every document of a large blueprint at once.
 */
export async function streamDocumentBundle(model: Model, options: DocumentOptions, sink: HtmlSink): Promise<void> {
  const plan = planDocuments(model, options);
  const l = loadLocale(options.locale ?? model.business.language);
  const first = plan.list[0];
  await streamHtml(
    plan.list,
    plan.render(),
    {
      lang: l.tag,
      title: `${first!.title}: ${model.business.name}`,
      contentsLabel: l.t('contents'),
      ...(options.mapSvg !== undefined ? { mapSvg: options.mapSvg } : {}),
    },
    sink,
    (doc) => sink.add(doc.path, doc.content),
  );
}
