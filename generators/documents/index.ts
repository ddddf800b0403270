/**
 * The documents generator: model (+ whatever analysis the caller ran) -> Markdown files.
 *
 * Pure and deterministic: no clock (documents are dated from `business.revised`), no file writes,
 * files in a fixed order. The HTML generator and the output writer take it from here.
 */
import { buildGraph, isCriticalOrHigh } from '../../analysis/graph';
import type { Model } from '../../model/model';
import { mdHeading, plain } from './escape';
import { loadLocale } from './locale';
import { rendererFor } from './render';
import type { DocumentKind, DocumentOptions, GeneratedDocument } from './types';
import { checklistView } from './views/checklist';
import { buildLookups, buildStoppedBy, type Ctx, paths } from './views/common';
import { type DocEntry, homeView } from './views/home';
import { passportView } from './views/passport';
import { processRunbookView } from './views/process';
import { providerRunbookView, serviceRunbookView, sharedVendors } from './views/service';
import { contactsView, drillsView, incidentLogView, messagesView, monthlyReportView } from './views/sheets';

export type { DocumentAnalysis, DocumentKind, DocumentOptions, GeneratedDocument, GeneratedFile, ReadinessInput } from './types';
export { availableLocales } from './locale';

interface Planned extends DocEntry {
  kind: DocumentKind;
  plainTitle: string;
  view: () => object;
}

/** Every document but the index, in the index's order, each with its view made only when rendered. */
function plannedDocuments(ctx: Ctx): Planned[] {
  const { model, l, graph } = ctx;
  const planned: Planned[] = [];
  // Titles twice: escaped for the Markdown index, plain for the HTML (which escapes for HTML).
  const add = (
    kind: DocumentKind,
    group: DocEntry['group'],
    path: string,
    title: (esc: (s: string) => string) => string,
    view: () => object,
  ) => planned.push({ kind, group, path, title: title(mdHeading), plainTitle: title(plain), view });
  const fixed = (kind: DocumentKind, group: DocEntry['group'], path: string, titleKey: string, view: () => object) =>
    add(kind, group, path, () => l.t(titleKey), view);
  fixed('contacts', 'first', paths.contacts, 'title.contacts', () => contactsView(ctx));
  fixed('messages', 'first', paths.messages, 'title.messages', () => messagesView(ctx));
  for (const p of model.processes.filter(isCriticalOrHigh)) {
    add(
      'process-runbook',
      'process',
      paths.process(p),
      (esc) => l.t('title.process', { name: esc(p.name) }),
      () => processRunbookView(ctx, p),
    );
  }
  for (const key of sharedVendors(ctx)) {
    const name = graph.vendorName(key);
    add(
      'provider-runbook',
      'provider',
      paths.provider(key),
      (esc) => l.t('title.provider', { name: esc(name) }),
      () => providerRunbookView(ctx, key),
    );
  }
  for (const s of model.services) {
    add(
      'service-runbook',
      'service',
      paths.service(s),
      (esc) => l.t('title.service', { name: esc(s.name) }),
      () => serviceRunbookView(ctx, s),
    );
  }
  fixed('checklist', 'reference', paths.checklist, 'title.checklist', () => checklistView(ctx));
  fixed('passport', 'reference', paths.passport, 'title.passport', () => passportView(ctx));
  fixed('drills', 'reference', paths.drills, 'title.drills', () => drillsView(ctx));
  fixed('incident-log', 'reference', paths.incidentLog, 'title.incidentLog', () => incidentLogView(ctx));
  fixed('monthly-report', 'reference', paths.monthlyReport, 'title.monthlyReport', () => monthlyReportView(ctx));
  return planned;
}

export function generateDocuments(model: Model, options: DocumentOptions = {}): GeneratedDocument[] {
  return [...planDocuments(model, options).render()];
}

/** One entry of the document list, known before anything is rendered (the HTML contents need it). */
export interface PlannedDocument {
  kind: DocumentKind;
  path: string;
  /** Plain text, as GeneratedDocument.title. */
  title: string;
}

/**
 * The documents as a list known up front and rendered one at a time, in the same order and to the
 * same bytes as generateDocuments: a caller that writes each as it comes (planb build) never holds
 * the thousands of runbooks of a large blueprint at once.
 */
export interface DocumentPlan {
  readonly list: readonly PlannedDocument[];
  render(): Generator<GeneratedDocument>;
}

export function planDocuments(model: Model, options: DocumentOptions = {}): DocumentPlan {
  const l = loadLocale(options.locale ?? model.business.language);
  const { locale: _locale, graph: given, ...analysis } = options;
  const graph = given ?? buildGraph(model);
  const ctx: Ctx = { model, l, graph, analysis, stoppedBy: buildStoppedBy(model, graph), by: buildLookups(model, graph) };
  const render = rendererFor(l);

  const planned = plannedDocuments(ctx);

  const index: PlannedDocument = { kind: 'index', path: paths.index, title: l.t('title.index') };
  return {
    list: [index, ...planned.map((d) => ({ kind: d.kind, path: d.path, title: d.plainTitle }))],
    *render() {
      yield { ...index, content: render('index', homeView(ctx, planned)) };
      for (const d of planned) yield { kind: d.kind, path: d.path, title: d.plainTitle, content: render(d.kind, d.view()) };
    },
  };
}
