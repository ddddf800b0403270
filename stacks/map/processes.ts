/**
 * Small lookups over the model that several mappings share. Which processes and severity an alarm
 * is routed by is model/alarms.ts, which the analysis (PB132) reads too.
 */
export { backupSeverity, processesNeeding, processesUsing } from '../../model/alarms';

/** The one process a resource serves, for the planb:process tag; none when it serves several. */
export function soleProcess(ids: readonly string[]): string | undefined {
  return ids.length === 1 ? ids[0] : undefined;
}
