/**
 * Diagnostics: every problem the loader finds, with its place in the file and the fix.
 * Codes are stable (documented in docs/blueprint.md); CI and editors may key on them.
 */

import type { SuggestionBudget } from './did-you-mean';

export type DiagnosticSeverity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  /** 1-based; 0 when the problem is the file as a whole (unreadable, too large). */
  line: number;
  column: number;
  severity: DiagnosticSeverity;
  code: DiagnosticCode;
  message: string;
  /** JSON pointer of the value at fault, when there is one. */
  pointer?: string;
  /** How to fix it. */
  hint?: string;
}

/** Every loader code with what it means; docs/blueprint.md lists this table. */
export const DIAGNOSTIC_CODES = {
  PB001: 'the file cannot be read (missing, a directory, no permission)',
  PB002: 'the file is larger than the limit',
  PB003:
    'the file is not UTF-8 text (UTF-16 and UTF-32 are named, by byte-order mark or NUL pattern: save as UTF-8; a stray NUL byte or a byte that is not UTF-8 is pointed at by line and column)',
  PB004: 'the file is empty or holds no blueprint (another YAML file: a Pulumi config, a CI workflow)',
  PB005: 'more problems than the diagnostics limit: the rest are counted, not shown',
  PB010: 'YAML syntax error (a second document is placed at its `---`, an unterminated string at its opening quote)',
  PB011: 'a key appears twice in one mapping',
  PB012: 'the document has more YAML nodes than the limit (often an alias bomb)',
  PB013: 'a key that JavaScript treats specially (`__proto__`, `constructor`, `prototype`)',
  PB014: 'the YAML nests deeper than the limit',
  PB015: 'a service rests on more services through dependsOn than the limit',
  PB020: 'a value has the wrong type',
  PB021: 'an unknown key',
  PB022: 'a required key is missing',
  PB023: 'a value is not one of the allowed values',
  PB024:
    'a value is not in the expected format (duration, date, id, percentage...); for an id, the rule it breaks (at most 63 characters, lower-case, a-z 0-9 -)',
  PB025: 'a number or list is out of range',
  PB026: 'an unsupported blueprint version',
  PB030: 'an id is used twice, or a list names the same thing twice (`notify: [anton, anton]`)',
  PB031: 'a reference names nothing',
  PB032: 'services depend on each other in a cycle',
  PB033:
    'a duration that must be positive is zero (an RTO, RPO, switch time, interval, window, tryFor, TTL; an object lock, set in whole days, under half a second rounds to zero too)',
  PB034: 'a value looks like a secret',
  PB035: 'a reference is ambiguous',
  PB036: 'a standby or backup channel refers to itself, directly or in a circle',
  PB037: 'a message, channel or alert reaches the wrong audience (customers for the team, or the team for customers)',
  PB038: 'a control character, bidirectional override or unpaired surrogate in a name, id or text',
  PB039: 'a vault field is not a password-manager reference',
  PB040: 'a DNS record that cannot exist (CNAME at the apex or beside other records, an A/AAAA value that is not an address...)',
  PB041: 'a URL, host name or host:port that does not parse',
  PB042: 'a check the monitoring providers cannot run (interval, checker region, certificate watch, failover check)',
  PB043: 'a time zone outside the IANA database',
  PB044: 'a duration or date outside sane bounds (over 10 years; before 2000 or after 2100; revised in the future)',
  PB045:
    'an element the infrastructure cannot build as written (replica region, Cloudflare account, webhook, alert stage and its repeat, a pager whose failure nobody would hear, status page (and a status-page channel pointing elsewhere) and the CAA records its certificate needs, failover on a domain whose DNS Plan B does not build, more backup-bucket copies than S3 allows)',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.code.localeCompare(b.code) ||
    a.message.localeCompare(b.message)
  );
}

/**
 * Hints that cost a search ("did you mean" among thousands of ids) are worked out only for the
 * diagnostics that are shown: the loader calls resolveHints after sorting and capping.
 */
const lazyHints = new WeakMap<Diagnostic, (budget: SuggestionBudget) => string>();

export function deferHint(d: Diagnostic, compute: (budget: SuggestionBudget) => string): Diagnostic {
  lazyHints.set(d, compute);
  return d;
}

export function resolveHints(diagnostics: readonly Diagnostic[], budget: SuggestionBudget): void {
  for (const d of diagnostics) {
    const compute = lazyHints.get(d);
    if (!compute) continue;
    lazyHints.delete(d);
    const hint = compute(budget);
    if (hint) d.hint = hint;
  }
}

/**
 * The first `limit` diagnostics (already sorted), then one that says how many more there are
 * (`uncounted`: found but never worded) and how to see them; `atLeast` when that count is a lower
 * bound (the schema check stopped early).
 */
export function capDiagnostics(sorted: Diagnostic[], file: string, limit: number, uncounted = 0, atLeast = false): Diagnostic[] {
  if (sorted.length <= limit && uncounted === 0 && !atLeast) return sorted;
  const shown = sorted.slice(0, limit);
  const more = sorted.length - shown.length + uncounted;
  const count = more === 0 ? 'further' : `${atLeast ? 'at least ' : ''}${more.toLocaleString('en')} more`;
  shown.push({
    file,
    line: 0,
    column: 0,
    severity: 'error',
    code: 'PB005',
    message: `${count} ${more === 1 && !atLeast ? 'problem' : 'problems'} not shown: a file reports at most ${limit.toLocaleString('en')}`,
    hint: 'fix the problems above (often one mistake repeated, e.g. a misspelt key) and validate again to see the rest',
  });
  return shown;
}

/** `file:line:col: error PB021: message (at /pointer)\n  hint: ...` */
export function formatDiagnostic(d: Diagnostic): string {
  const place = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  const at = d.pointer !== undefined && d.pointer !== '' ? ` (at ${d.pointer})` : '';
  const hint = d.hint ? `\n  hint: ${d.hint}` : '';
  return `${place}: ${d.severity} ${d.code}: ${d.message}${at}${hint}`;
}

/** Thrown by callers that need a model or nothing (the Pulumi program, the offline plan). */
export class BlueprintError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[], options?: { cause?: unknown }) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(
      `the blueprint has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}:\n` + errors.map(formatDiagnostic).join('\n'),
      options,
    );
    this.name = 'BlueprintError';
    this.diagnostics = diagnostics;
  }
}
