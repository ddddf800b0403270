/**
 * The probe Lambda's code as text. handler.js is plain CommonJS so the file the tests require
 * is the file that ships; tsc does not copy .js files into dist/, so from dist/ we read it from
 * the package's source tree (the same way the document templates are found).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export function probeHandlerPath(): string {
  const beside = path.join(__dirname, 'handler.js');
  if (fs.existsSync(beside)) return beside;
  return path.resolve(__dirname, '..', '..', '..', 'components', 'probes', 'handler.js');
}

let cached: string | undefined;

export function probeHandlerSource(): string {
  cached ??= fs.readFileSync(probeHandlerPath(), 'utf8');
  return cached;
}
