/**
 * What the stack writes into `config.json` beside the functions' code: the runtime configuration
 * made from the model at deploy time, and the physical alarm names it does not know before.
 */
import { CONFIG_FILE_NAME, type BundledConfigFile } from '../../components/alerts/contract';
import type { RuntimeConfig } from '../config';

export type BundledConfig = BundledConfigFile<RuntimeConfig>;
export { CONFIG_FILE_NAME };

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
  return {
    runtime: r,
    alarmIds: raw.alarmIds ?? {},
    ...(raw.status !== undefined ? { status: raw.status } : {}),
    ...(raw.watch !== undefined ? { watch: raw.watch } : {}),
  };
}
