/**
 * The owner's documents for a model: the analysis (unless skipped) feeds the readiness, findings
 * and map sections, worded in the documents' language and judged as of `business.revised`, so the
 * same blueprint gives byte-identical documents on any day.
 */
import { analyze, buildGraph } from '../analysis';
import { phrasebook } from '../analysis/i18n';
import { dependencyMap, toMermaid, toSvg } from '../analysis/map';
import { documentBundle } from '../generators/documents/bundle';
import type { GeneratedFile } from '../generators/documents/types';
import type { Model } from '../model/model';

export async function documentFiles(model: Model, opts: { locale?: string; analysis?: boolean }): Promise<GeneratedFile[]> {
  const graph = buildGraph(model);
  const base = { graph, ...(opts.locale !== undefined ? { locale: opts.locale } : {}) };
  if (opts.analysis === false) return documentBundle(model, base);
  const analysis = analyze(model, { today: model.business.revised, locale: opts.locale ?? model.business.language }, graph);
  const map = dependencyMap(model, graph, phrasebook(analysis.locale).map);
  return documentBundle(model, {
    ...base,
    findings: analysis.findings,
    readiness: analysis.readiness,
    mapMermaid: toMermaid(map),
    mapSvg: await toSvg(map),
  });
}
