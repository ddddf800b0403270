/**
 * The whole folder for one blueprint: Markdown documents plus their HTML, from the model and
 * whatever analysis the caller ran. What `planb docs`, the golden tests and the benchmark share.
 */
import type { Model } from '../../model/model';
import { renderHtml } from '../html';
import { generateDocuments } from './index';
import { loadLocale } from './locale';
import type { DocumentOptions, GeneratedFile } from './types';

export async function documentBundle(model: Model, options: DocumentOptions = {}): Promise<GeneratedFile[]> {
  const docs = generateDocuments(model, options);
  const l = loadLocale(options.locale ?? model.business.language);
  const html = await renderHtml(docs, {
    lang: l.tag,
    title: `${docs[0]!.title}: ${model.business.name}`,
    contentsLabel: l.t('contents'),
    ...(options.mapSvg !== undefined ? { mapSvg: options.mapSvg } : {}),
  });
  return [...docs.map((d) => ({ path: d.path, content: d.content })), ...html];
}
