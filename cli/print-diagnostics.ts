/** Prints loader diagnostics for people (one line each, with the hint) or as JSON for machines. */
import { formatDiagnostic, type Diagnostic } from '../loader/index';

export type OutputFormat = 'text' | 'json';

export function diagnosticsText(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => formatDiagnostic(d) + '\n').join('');
}

export function summaryLine(file: string, diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (errors === 0) return `${file}: valid${warnings ? ` (${warnings} warning(s))` : ''}\n`;
  return `${file}: ${errors} error(s)${warnings ? `, ${warnings} warning(s)` : ''}\n`;
}
