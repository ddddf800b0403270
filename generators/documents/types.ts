/**
 * What the documents generator takes and gives.
 *
 * The analysis is an input, never called from here: the generator stays a pure function of the
 * model and whatever analysis the caller ran. Every analysis field is optional; a missing one makes
 * its section say "analysis not run".
 */
import type { AnalysisGraph } from '../../analysis/graph';
import type { Readiness } from '../../analysis/score';
import type { Finding } from '../../analysis/types';

/** One generated file: a path relative to the output folder (always `/`-separated) and its text. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/** The readiness score as `analyze()` reports it (0..100, one item per checklist line). */
export type ReadinessInput = Readiness;

export interface DocumentAnalysis {
  findings?: readonly Finding[];
  readiness?: ReadinessInput;
  /** The dependency map as Mermaid source (without the fence). */
  mapMermaid?: string;
  /** The same map drawn as inline SVG, used by the HTML only. */
  mapSvg?: string;
  /** The model's dependency graph when the caller already built it (built here otherwise). */
  graph?: AnalysisGraph;
  /**
   * The cloud stack's estimated monthly cost from the offline plan (`planb build` passes it;
   * `planb docs` runs no plan and then shows only the blueprint's declared measures).
   */
  stackCost?: StackCost;
}

/**
 * The plan's monthly cost, or a stand-in for its amount while the plan is still running:
 * `planb build` renders the documents on one core while the plan runs on the other, and writes
 * the amount (stackCostAmount, stack-cost.ts) in place of `pending` once the plan has finished.
 * `pending` is letters and digits only, so Markdown and HTML escaping leave it as it is.
 */
export type StackCost = { monthly: number; currency: string; prices: string } | { pending: string; currency: string; prices: string };

export interface DocumentOptions extends DocumentAnalysis {
  /** The language of the documents; defaults to `business.language`. Any folder under templates/. */
  locale?: string;
}

/** Which document a file is; the HTML generator orders and titles by it. */
export type DocumentKind =
  | 'index'
  | 'contacts'
  | 'process-runbook'
  | 'service-runbook'
  | 'provider-runbook'
  | 'checklist'
  | 'passport'
  | 'messages'
  | 'drills'
  | 'incident-log'
  | 'monthly-report';

export interface GeneratedDocument extends GeneratedFile {
  kind: DocumentKind;
  /** The document's title as plain text (for the HTML table of contents and <title>). */
  title: string;
}
