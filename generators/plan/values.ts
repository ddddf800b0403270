/**
 * Turning what the mock monitor receives into plain, stable JSON: secrets become "[secret]",
 * unknowns "(known after apply)", assets a short description, object keys sorted.
 */
import { SECRET, UNKNOWN, type PlanValue } from './types';

/** Markers of the Pulumi wire format (sdk/nodejs/runtime/rpc.ts). */
const SIG_KEY = '4dabf18193072939515e22adb298388d';
const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';
const UNKNOWN_VALUE = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';

export function planValue(v: unknown): PlanValue {
  if (v === undefined || v === null) return null;
  if (v === UNKNOWN_VALUE) return UNKNOWN;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(planValue);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (o[SIG_KEY] === SECRET_SIG) return SECRET;
    const asset = describeAsset(o);
    if (asset !== undefined) return asset;
    const out: { [key: string]: PlanValue } = {};
    for (const k of Object.keys(o).sort()) {
      if (o[k] !== undefined) out[k] = planValue(o[k]);
    }
    return out;
  }
  return String(v);
}

/**
 * Assets and archives arrive as SDK objects whose content is a promise; the plan names them only.
 * Their content is code shipped with Plan B, the same for every blueprint.
 */
function describeAsset(o: Record<string, unknown>): string | undefined {
  if (o['__pulumiArchive'] === true) return '[archive]';
  if (o['__pulumiAsset'] === true) return '[asset]';
  return undefined;
}

/** True when a secret value appears anywhere in a recorded value (used by tests and checks). */
export function containsText(v: PlanValue, text: string): boolean {
  if (typeof v === 'string') return v.includes(text);
  if (Array.isArray(v)) return v.some((x) => containsText(x, text));
  if (v !== null && typeof v === 'object') return Object.values(v).some((x) => containsText(x, text));
  return false;
}
