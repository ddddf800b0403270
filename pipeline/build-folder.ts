/**
 * Every file of `planb build` for one model, each stage computed once and handed on:
 *
 *   graph (built once) -> analysis (the verdict's language, and the documents' when it differs) -> map (built once,
 *   drawn as Mermaid and SVG) -> plan (its cost goes to the documents) -> documents (fed the
 *   findings, readiness, map and the stack's monthly cost)
 *
 *   verdict/   analysis.txt, analysis.json, analysis.sarif, map.mmd, map.svg
 *   documents/ the owner's documents (Markdown and printable HTML)
 *   plan/      the resources `pulumi up` would create: plan.txt, plan.json, plan.md
 *
 * Judged as of `business.revised` unless `today` says otherwise (the analysis and the plan's
 * dated preflight rules alike). The verdict is for the integrator
 * and CI, so it is English unless `locale` asks for a language; the documents are in `locale`,
 * else the blueprint's own language. Pure apart from the plan's mock runtime: writes nothing.
 */
import { analyze, buildGraph } from '../analysis';
import { dependencyMap, toMermaid, toSvg } from '../analysis/map';
import { formatHuman, formatJson, formatSarif } from '../analysis/report';
import { documentBundle } from '../generators/documents/bundle';
import type { Model } from '../model/model';
import type { StageListener } from './stages';

export interface BuiltFile {
  path: string;
  content: string | Uint8Array;
}

export interface BuildFolderOptions {
  today?: string;
  locale?: string;
  /** Include the offline Pulumi plan (loads Pulumi: about 2 s). */
  plan: boolean;
  onStage?: StageListener;
}

export async function buildFolder(model: Model, opts: BuildFolderOptions) {
  const stage: StageListener = opts.onStage ?? (() => undefined);
  const today = opts.today ?? model.business.revised;
  stage('analysis');
  const graph = buildGraph(model);
  const analysis = analyze(model, opts.locale !== undefined ? { today, locale: opts.locale } : { today }, graph);
  const docsLocale = opts.locale ?? model.business.language;
  // The same findings, worded again only when the documents' language differs from the verdict's.
  const forDocs = docsLocale === analysis.locale ? analysis : analyze(model, { today, locale: docsLocale }, graph);
  stage('map');
  const map = dependencyMap(model, graph);
  const mapMermaid = toMermaid(map);
  const mapSvg = await toSvg(map);
  const files: BuiltFile[] = [
    { path: 'verdict/analysis.txt', content: formatHuman(analysis, { color: false }) },
    { path: 'verdict/analysis.json', content: formatJson(analysis) },
    { path: 'verdict/analysis.sarif', content: formatSarif(analysis, { baseDir: '.', toolVersion: '0.1.0' }) },
    { path: 'verdict/map.mmd', content: mapMermaid },
    { path: 'verdict/map.svg', content: mapSvg },
  ];
  // The plan first: the documents show the owner its monthly cost beside a day of downtime.
  let preflightErrors = 0;
  let stackCost: { monthly: number; currency: string; prices: string } | undefined;
  const planFiles: BuiltFile[] = [];
  if (opts.plan) {
    stage('plan');
    // Lazy: Pulumi costs ~2 s to load, and generators/plan prepares the runtime before it loads.
    const plans = await import('../generators/plan/index.js');
    const plan = await plans.planModel(model, { blueprint: model.source.file, today });
    preflightErrors = plans.preflightErrors(plan.preflight);
    stackCost = { monthly: plan.cost.monthly, currency: plan.cost.currency, prices: plan.cost.prices };
    for (const format of ['text', 'json', 'markdown'] as const) {
      planFiles.push({ path: `plan/plan.${{ text: 'txt', json: 'json', markdown: 'md' }[format]}`, content: plans.renderPlan(plan, format) });
    }
  }
  stage('documents');
  const documents = await documentBundle(model, {
    ...(opts.locale !== undefined ? { locale: opts.locale } : {}),
    findings: forDocs.findings,
    readiness: forDocs.readiness,
    mapMermaid,
    mapSvg,
    graph,
    ...(stackCost !== undefined ? { stackCost } : {}),
  });
  files.push(...documents.map((d) => ({ path: `documents/${d.path}`, content: d.content })));
  files.push(...planFiles);
  return { files, analysis, preflightErrors };
}
