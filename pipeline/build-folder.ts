/**
 * Every file of `planb build` for one model, each stage computed once and handed on:
 *
 *   graph (built once) -> analysis (the verdict's language, and the documents' when it differs) -> map (built once,
 *   drawn as Mermaid and SVG) -> documents (fed the findings, readiness, map and the stack's monthly
 *   cost) and the plan (its cost goes to the documents), side by side when the plan has a thread
 *
 *   verdict/   analysis.txt, analysis.json, analysis.sarif, map.mmd, map.svg
 *   documents/ the owner's documents (Markdown and printable HTML)
 *   plan/      the resources `pulumi up` would create: plan.txt, plan.json, plan.md
 *
 * Judged as of `business.revised` unless `today` says otherwise (the analysis and the plan's
 * dated preflight rules alike). The verdict is for the integrator
 * and CI, so it is English unless `locale` asks for a language; the documents are in `locale`,
 * else the blueprint's own language. Pure apart from the plan's mock runtime (and the random
 * stand-in for the cost, which never reaches a file): writes nothing itself. Each file goes to
 * `sink` as soon as it is made (planb build writes it into the temporary output folder at once, so
 * a 10,000-process build never holds its 50,000 files; only those that show the plan's cost wait
 * for it); without a sink the files are collected and returned, as tests and libraries want them.
 */
import { randomBytes } from 'node:crypto';
import { analyze, buildGraph } from '../analysis';
import { dependencyMap, toMermaid, toSvg } from '../analysis/map';
import { phrasebook } from '../analysis/i18n';
import { formatHuman, formatJson, formatSarif } from '../analysis/report';
import { streamDocumentBundle } from '../generators/documents/bundle';
import { stackCostAmount } from '../generators/documents/stack-cost';
import type { HtmlSink } from '../generators/html';
import { PRICES_CHECKED, PRICES_CURRENCY } from '../generators/plan/cost/prices';
import type { Model } from '../model/model';
import { holdingBack } from './held-files';
import { planHere, planInThread } from './plan-thread';
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
  /**
   * Run the plan in a thread of its own, side by side with the documents (`planb build` does; a
   * thread costs its own start-up and a second load of the blueprint, which only pays on large ones
   * or a CLI's one run). Same files either way.
   */
  planThread?: boolean;
  onStage?: StageListener;
  /** Told how many resources the plan has registered so far (progress on a terminal). */
  onPlanned?: (count: number) => void;
  /** Receives each file as it is made; then `files` comes back empty and `count` says how many. */
  sink?: BuildSink;
}

export async function buildFolder(model: Model, opts: BuildFolderOptions) {
  const collected = collector();
  const counted = counting(opts.sink ?? collected.sink);
  const sink = counted.sink;
  const stage: StageListener = opts.onStage ?? (() => undefined);
  const today = opts.today ?? model.business.revised;
  // The plan starts first when it has a thread of its own: it is the longest stage, and its thread
  // loads the blueprint again and loads Pulumi while this one analyses and draws.
  const plan = !opts.plan ? undefined : opts.planThread === true ? planInThread(model, { today }) : planHere(model, { today });
  try {
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
    stage('documents');
    // The documents show the owner the plan's monthly cost beside a day of downtime. The plan may
    // still be running: they are made with a stand-in for the amount, and the files that carry it
    // are held back until the plan has finished (held-files.ts).
    const pending = plan === undefined ? undefined : pendingStackCost();
    const held = pending === undefined ? undefined : holdingBack(sink, pending.pending);
    const docsSink = held?.sink ?? sink;
    await streamDocumentBundle(
      model,
      {
        ...(opts.locale !== undefined ? { locale: opts.locale } : {}),
        findings: forDocs.findings,
        readiness: forDocs.readiness,
        mapMermaid: docsMermaid,
        mapSvg: docsSvg,
        graph,
        ...(pending !== undefined ? { stackCost: pending } : {}),
      },
      {
        add: (path, content) => docsSink.add(`documents/${path}`, content),
        addStream: (path) => docsSink.addStream(`documents/${path}`),
      },
    );
    let preflightErrors = 0;
    if (plan !== undefined && held !== undefined) {
      stage('plan');
      const planned = await plan.finish(opts.onPlanned);
      held.release(stackCostAmount(docsLocale, planned.stackCost));
      for (const f of planned.files) sink.add(f.path, f.content);
      preflightErrors = planned.preflightErrors;
    }
    return { files: collected.files, count: counted.count(), analysis, preflightErrors };
  } finally {
    await plan?.stop();
  }
}

/** A stand-in for the plan's monthly cost, unguessable so no blueprint text can hold it by chance. */
function pendingStackCost() {
  return { pending: `planbcost${randomBytes(16).toString('hex')}`, currency: PRICES_CURRENCY, prices: PRICES_CHECKED };
}

/** The files kept in memory, for callers without a sink (tests, libraries). */
function collector(): { files: BuiltFile[]; sink: BuildSink } {
  const files: BuiltFile[] = [];
  return {
    files,
    sink: {
      add: (path, content) => void files.push({ path, content }),
      addStream: (path) => {
        const chunks: string[] = [];
        return { write: (chunk) => void chunks.push(chunk), close: () => void files.push({ path, content: chunks.join('') }) };
      },
    },
  };
}

/** `target`, counting the files it is given. */
function counting(target: BuildSink): { sink: BuildSink; count(): number } {
  let count = 0;
  return {
    count: () => count,
    sink: {
      add: (path, content) => {
        count++;
        target.add(path, content);
      },
      addStream: (path) => {
        count++;
        return target.addStream(path);
      },
    },
  };
}
