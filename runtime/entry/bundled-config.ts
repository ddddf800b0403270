/**
 * What the stack writes into `config.json` beside the functions' code: the runtime configuration
 * made from the model at deploy time, and the physical alarm names it does not know before.
 */
import type { RuntimeConfig } from '../config';

export interface BundledConfig {
  runtime: RuntimeConfig;
  /** Physical CloudWatch alarm name -> journal alarm id. */
  alarmIds: Record<string, string>;
}

export const CONFIG_FILE_NAME = 'config.json';

export function readBundledConfig(text: string, file: string): BundledConfig {
  let raw: Partial<BundledConfig>;
  try {
    raw = JSON.parse(text) as Partial<BundledConfig>;
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`);
  }
  const r = raw.runtime;
  if (!r || typeof r.alarms !== 'object' || typeof r.routes !== 'object' || typeof r.reach !== 'object' || typeof r.names !== 'object') {
    throw new Error(`${file}: no runtime configuration (alarms, routes, reach, names); the stack writes it, redeploy`);
  }
  return { runtime: r, alarmIds: raw.alarmIds ?? {} };
}
