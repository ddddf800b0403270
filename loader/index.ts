/**
 * The front end of every command: file -> text -> YAML with positions -> schema check ->
 * semantic checks -> defaults -> the typed model. Every error of a file is reported at once,
 * sorted by position (up to LIMITS.maxDiagnostics, then a count of the rest); nothing is
 * returned half-checked.
 */
import type { Model } from '../model/model';
import type { Blueprint } from '../schemas/blueprint.generated';
import { capDiagnostics, compareDiagnostics, resolveHints, type Diagnostic } from './diagnostics';
import { SuggestionBudget } from './did-you-mean';
import { LIMITS } from './limits';
import { readSource, STDIN_NAME } from './read-source';
import { parseYaml } from './parse-yaml';
import { checkSchema } from './schema-check';
import { collectIds, checkReferences } from './semantic/references';
import { checkRepeatedReferences } from './semantic/repeated-references';
import { checkStatusChannels } from './semantic/status-channel';
import { checkCycles } from './semantic/cycles';
import { checkDependencyReach } from './semantic/dependency-reach';
import { checkAudiences } from './semantic/audiences';
import { checkBounds } from './semantic/bounds';
import { checkCharacters } from './semantic/characters';
import { checkDnsRecords } from './semantic/dns-records';
import { checkEndpoints } from './semantic/endpoints';
import { checkPlanLimits } from './semantic/plan-limits';
import { checkBucketLimits } from './semantic/bucket-limits';
import { checkResourceNames } from './semantic/resource-names';
import { checkTimeZone } from './semantic/time-zone';
import { checkPositiveDurations } from './semantic/durations';
import { checkSecrets } from './semantic/secrets';
import { checkVaultFields } from './semantic/vault';
import { checkPagerFallback } from './semantic/pager';
import { redactDiagnostics } from './redact';
import { normalise } from './normalise';
import { SCHEMA_ROOT } from './schema-nodes';

export type LoadResult = { ok: true; model: Model; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export function loadBlueprintFile(file: string): LoadResult {
  const source = readSource(file);
  if (!source.ok) return { ok: false, diagnostics: [source.diagnostic] };
  return loadBlueprintText(source.text, file === '-' ? STDIN_NAME : file);
}

export function loadBlueprintText(text: string, file: string): LoadResult {
  const parsed = parseYaml(text, file);
  if (parsed.data === undefined && parsed.diagnostics.length) return { ok: false, diagnostics: parsed.diagnostics };
  const { data, sourceMap } = parsed;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      diagnostics: [
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          code: data == null ? 'PB004' : 'PB020',
          message: data == null ? 'the file holds no blueprint' : 'a blueprint must be a mapping of keys (version, business, people...)',
          hint: 'start from `planb init`, which writes a commented starter blueprint',
        },
      ],
    };
  }
  const diagnostics = [...parsed.diagnostics];
  // Secrets first and always: whatever else is wrong, a secret must be reported.
  const secrets = parsed.mayHoldSecret ? checkSecrets(data, sourceMap, diagnostics) : [];
  secrets.push(...checkVaultFields(data, sourceMap, diagnostics));
  // A YAML file that is no blueprint at all (a Pulumi stack config, a CI workflow) is one error,
  // not a missing key for each required one and an unknown key for each of its own.
  if (!Object.keys(data).some((key) => Object.hasOwn(SCHEMA_ROOT.properties ?? {}, key))) {
    diagnostics.push({
      ...sourceMap.locate(''),
      severity: 'error',
      code: 'PB004',
      message:
        "this YAML file holds no blueprint: none of its top-level keys is a blueprint's (version, business, people, services, processes...)",
      hint: 'check that this is the blueprint file; a blueprint starts with `version: 1` and `business:` (`planb init` writes one)',
    });
    diagnostics.sort(compareDiagnostics);
    redactDiagnostics(diagnostics, secrets);
    return { ok: false, diagnostics };
  }
  // An unknown key already reported as special (PB013) or as a secret (PB034) is said once.
  const said = new Set(diagnostics.filter((d) => d.code === 'PB034').map((d) => d.pointer));
  const schema = checkSchema(data, sourceMap);
  for (const d of schema.diagnostics) {
    if (!(d.code === 'PB021' && (said.has(d.pointer) || /"(__proto__|constructor|prototype)"/.test(d.message)))) diagnostics.push(d);
  }
  const ids = collectIds(data, sourceMap, diagnostics);
  checkReferences(data, ids, sourceMap, diagnostics);
  checkRepeatedReferences(data, sourceMap, diagnostics);
  checkStatusChannels(data, sourceMap, diagnostics);
  checkCycles(data, sourceMap, diagnostics);
  checkDependencyReach(data, sourceMap, diagnostics);
  checkPositiveDurations(data, sourceMap, diagnostics);
  // What later stages would refuse or drop: one truth between validate, analysis and plan.
  if (parsed.mayHoldInvisible) checkCharacters(data, sourceMap, diagnostics);
  checkTimeZone(data, sourceMap, diagnostics);
  checkBounds(data, sourceMap, diagnostics);
  checkAudiences(data, sourceMap, diagnostics);
  checkDnsRecords(data, sourceMap, diagnostics);
  checkEndpoints(data, sourceMap, diagnostics);
  checkPlanLimits(data, sourceMap, diagnostics);
  checkBucketLimits(data, sourceMap, diagnostics);
  checkResourceNames(data, sourceMap, diagnostics);
  diagnostics.sort(compareDiagnostics);
  const shown = capDiagnostics(oneErrorPerReference(diagnostics), file, LIMITS.maxDiagnostics, schema.notShown, schema.incomplete);
  resolveHints(shown, new SuggestionBudget());
  redactDiagnostics(shown, secrets);
  if (shown.some((d) => d.severity === 'error')) return { ok: false, diagnostics: shown };
  const model = normalise(data as Blueprint, sourceMap);
  // Checks that read the resolved model (people and channels behind the references) run last.
  const late: Diagnostic[] = [];
  checkPagerFallback(model, sourceMap, late);
  if (late.length > 0) return { ok: false, diagnostics: [...shown, ...late] };
  return { ok: true, model, diagnostics: shown };
}

/**
 * One mistake, one error. A reference that names nothing (PB031) says what to write instead; the
 * schema's complaint about the same value's shape (PB024: "Anna Keller" is not an id) would only
 * repeat it.
 */
function oneErrorPerReference(diagnostics: Diagnostic[]): Diagnostic[] {
  const at = (code: string) => new Set(diagnostics.flatMap((d) => (d.code === code && d.pointer !== undefined ? [d.pointer] : [])));
  const missing = at('PB031');
  // A password in a vault field: "looks like a password" (PB034) and its hint, to keep it in the
  // manager and write the reference, say it all; "does not read as a reference" (PB039) repeats it.
  const secret = at('PB034');
  if (missing.size === 0 && secret.size === 0) return diagnostics;
  return diagnostics.filter(
    (d) => d.pointer === undefined || !((d.code === 'PB024' && missing.has(d.pointer)) || (d.code === 'PB039' && secret.has(d.pointer))),
  );
}

export { BlueprintError, formatDiagnostic, DIAGNOSTIC_CODES } from './diagnostics';
export type { Diagnostic, DiagnosticCode } from './diagnostics';
