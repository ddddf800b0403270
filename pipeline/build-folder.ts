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
 * else the blueprint's own language. Pure apart from the plan's mock runtime: writes nothing
 * itself. Each file goes to `sink` as soon as it is made (planb build writes it into the
 * temporary output folder at once, so a 10,000-process build never holds its 50,000 files);
 * without a sink the files are collected and returned, as tests and libraries want them.
 */
import { analyze, buildGraph } from '../analysis';
import { dependencyMap, toMermaid, toSvg } from '../analysis/map';
import { phrasebook } from '../analysis/i18n';
import { formatHuman, formatJson, formatSarif } from '../analysis/report';
import { streamDocumentBundle } from '../generators/documents/bundle';
import type { HtmlSink } from '../generators/html';
import type { Model } from '../model/model';
import type { StageListener } from './stages';

export interface BuiltFile {
  path: string;
  content: string | Uint8Array;
}

/** Where the files go as they are made: whole files, and one large file in pieces. */
export type BuildSink = HtmlSink;

export interface BuildFolderOptions {
  today?: string;
  locale?: string;
  /** Include the offline Pulumi plan (loads Pulumi: about 2 s). */
  plan: boolean;
  onStage?: StageListener;
  /** Told how many resources the plan has registered so far (progress on a terminal). */
  onPlanned?: (count: number) => void;
  /** Receives each file as it is made; then `files` comes back empty and `count` says how many. */
  sink?: BuildSink;
}

export async function buildFolder(model: Model, opts: BuildFolderOptions) {
  const files: BuiltFile[] = [];
  let count = 0;
  const collect: BuildSink = {
    add: (path, content) => void files.push({ path, content }),
    addStream: (path) => {
      const chunks: string[] = [];
      return { write: (chunk) => void chunks.push(chunk), close: () => void files.push({ path, content: chunks.join('') }) };
    },
  };
  const target = opts.sink ?? collect;
  const sink: BuildSink = {
    add: (path, content) => {
      count++;
      target.add(path, content);
    },
    addStream: (path) => {
      count++;
      return target.addStream(path);
    },
  };
  const stage: StageListener = opts.onStage ?? (() => undefined);
  const today = opts.today ?? model.business.revised;
  stage('analysis');
  const graph = buildGraph(model);
  const analysis = analyze(model, opts.locale !== undefined ? { today, locale: opts.locale } : { today }, graph);
  const docsLocale = opts.locale ?? model.business.language;
  // The same findings, worded again only when the documents' language differs from the verdict's.
  const forDocs = docsLocale === analysis.locale ? analysis : analyze(model, { today, locale: docsLocale }, graph);
  stage('map');
  // Each map in the words of what it is drawn into: the verdict's language, then the documents'.
  const map = dependencyMap(model, graph, phrasebook(analysis.locale).map);
  const mapMermaid = toMermaid(map);
  const mapSvg = await toSvg(map);
  const docsMap = forDocs === analysis ? undefined : dependencyMap(model, graph, phrasebook(forDocs.locale).map);
  const docsMermaid = docsMap === undefined ? mapMermaid : toMermaid(docsMap);
  const docsSvg = docsMap === undefined ? mapSvg : await toSvg(docsMap);
  sink.add('verdict/analysis.txt', formatHuman(analysis, { color: false }));
  sink.add('verdict/analysis.json', formatJson(analysis));
  sink.add('verdict/analysis.sarif', formatSarif(analysis, { baseDir: '.', toolVersion: '0.1.0' }));
  sink.add('verdict/map.mmd', mapMermaid);
  sink.add('verdict/map.svg', mapSvg);
  // The plan first: the documents show the owner its monthly cost beside a day of downtime.
  const planned = opts.plan ? await planStage(model, today, opts, stage) : undefined;
  const stackCost = planned?.stackCost;
  stage('documents');
  await streamDocumentBundle(
    model,
    {
      ...(opts.locale !== undefined ? { locale: opts.locale } : {}),
      findings: forDocs.findings,
      readiness: forDocs.readiness,
      mapMermaid: docsMermaid,
      mapSvg: docsSvg,
      graph,
      ...(stackCost !== undefined ? { stackCost } : {}),
    },
    {
      add: (path, content) => sink.add(`documents/${path}`, content),
      addStream: (path) => sink.addStream(`documents/${path}`),
    },
  );
  for (const f of planned?.files ?? []) sink.add(f.path, f.content);
  return { files, count, analysis, preflightErrors: planned?.preflightErrors ?? 0 };
}

/** The offline plan, rendered in its three formats, with the cost the documents show. */
async function planStage(model: Model, today: string, opts: BuildFolderOptions, stage: StageListener) {
  stage('plan');
  // Lazy: Pulumi costs ~2 s to load, and generators/plan prepares the runtime before it loads.
  const plans = await import('../generators/plan/index.js');
  const plan = await plans.planModel(model, {
    blueprint: model.source.file,
    today,
    ...(opts.onPlanned !== undefined ? { onResource: opts.onPlanned } : {}),
  });
  const formats = { text: 'txt', json: 'json', markdown: 'md' } as const;
  return {
    preflightErrors: plans.preflightErrors(plan.preflight),
    stackCost: { monthly: plan.cost.monthly, currency: plan.cost.currency, prices: plan.cost.prices },
    files: (['text', 'json', 'markdown'] as const).map((format) => ({
      path: `plan/plan.${formats[format]}`,
      content: plans.renderPlan(plan, format),
    })),
  };
}
