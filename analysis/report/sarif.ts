/**
 * SARIF 2.1.0, so GitHub code scanning marks the blueprint lines in a pull request. Every rule is
 * listed in the driver (with its summary and fix as help); each result points at the blueprint
 * file by a URI relative to the repository root, with the region's start line and column.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { Analysis } from '../index';
import { phrasebook } from '../i18n';
import { allRules } from '../rules';
import { HUMAN_WORDS } from './human-words';
import type { Finding, FindingSeverity } from '../types';

export interface SarifOptions {
  /** The directory URIs are made relative to (the repository root in CI). */
  baseDir: string;
  toolVersion: string;
}

const LEVEL: Record<FindingSeverity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(analysis: Analysis, options: SarifOptions): string {
  const rules = allRules();
  // Rule metadata in the analysis' language, like the results (the English table when it is English).
  const book = phrasebook(analysis.locale);
  const fix = HUMAN_WORDS[analysis.locale].ci.fix;
  const index = new Map(rules.map((r, i) => [r.code, i]));
  const doc = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'planb',
            version: options.toolVersion,
            informationUri: 'https://planb.dev/docs/analysis',
            rules: rules.map((r) => ({
              id: r.code,
              name: r.name,
              shortDescription: { text: book.rules[r.code].summary },
              help: { text: `${book.rules[r.code].why} ${fix} ${book.rules[r.code].fix}` },
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        // The readiness score has no SARIF field of its own; a run's property bag carries it, so a
        // dashboard reading the upload can chart it beside the results.
        properties: {
          readinessScore: analysis.readiness.score,
          readiness: analysis.readiness.items.map((i) => ({ id: i.id, status: i.status, title: i.title, evidence: i.evidence })),
        },
        results: analysis.findings.map((f) => ({
          ruleId: f.code,
          ruleIndex: index.get(f.code),
          level: LEVEL[f.severity],
          message: { text: `${f.message} ${f.fix}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(f.file, options.baseDir) },
                region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) },
              },
              logicalLocations: [{ fullyQualifiedName: f.pointer || '/', kind: 'object' }],
            },
          ],
          partialFingerprints: { planbFinding: fingerprint(f) },
        })),
      },
    ],
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

/**
 * One finding's identity across runs: code, pointer, message key and a short hash of its
 * parameters (canonical JSON, keys sorted). Unique per finding, the same in every language, and
 * independent of line numbers, so code scanning follows a finding when lines above it move.
 */
export function fingerprint(f: Pick<Finding, 'code' | 'pointer' | 'key' | 'params'>): string {
  const hash = createHash('sha256').update(canonical(f.params)).digest('hex').slice(0, 16);
  return `${f.code}:${f.pointer}:${f.key}:${hash}`;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A relative URI with forward slashes, percent-encoded per segment. */
export function toUri(file: string, baseDir: string): string {
  const rel = path.relative(baseDir, path.resolve(baseDir, file)) || path.basename(file);
  return rel.split(path.sep).join('/').split('/').map(encodeURIComponent).join('/');
}
