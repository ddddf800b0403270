/** One way for the semantic checks to report a positioned error, so every check words it alike. */
import type { Diagnostic, DiagnosticCode } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';

export type Report = (pointer: string, code: DiagnosticCode, message: string, hint: string) => void;

/** A reporter that locates each pointer in the file and appends an error to `out`. */
export function reporter(map: YamlSourceMap, out: Diagnostic[]): Report {
  return (pointer, code, message, hint) => {
    out.push({ ...map.locate(pointer), severity: 'error', code, pointer, message, hint });
  };
}
