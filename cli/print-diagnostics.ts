/** Prints loader diagnostics for people (one line each, with the hint) or as JSON for machines. */
import { formatDiagnostic, type Diagnostic } from '../loader/index';

export type OutputFormat = 'text' | 'json';

export function diagnosticsText(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => formatDiagnostic(d) + '\n').join('');
}

export function summaryLine(file: string, diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  if (errors === 0) return `${file}: valid${warnings ? ` (${count(warnings, 'warning')})` : ''}\n`;
  return `${file}: ${count(errors, 'error')}${warnings ? `, ${count(warnings, 'warning')}` : ''}\n`;
}
