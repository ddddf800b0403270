/** Small lookups over the model that several mappings share. */
import type { AlertLevel, DataSet, Model, Process } from '../../model/model';

/** Ids of the processes that need a service directly, sorted. */
export function processesNeeding(model: Model, serviceId: string): string[] {
  return model.processes.filter((p) => p.needs.some((s) => s.id === serviceId)).map((p) => p.id).sort();
}

/** The processes whose data includes a data set, in blueprint order. */
export function processesUsing(model: Model, data: DataSet): Process[] {
  return model.processes.filter((p) => p.data.some((d) => d.id === data.id));
}

/** The one process a resource serves, for the planb:process tag; none when it serves several. */
export function soleProcess(ids: readonly string[]): string | undefined {
  return ids.length === 1 ? ids[0] : undefined;
}

/** A missed backup of a critical process's data pages like a critical outage; anything else warns. */
export function backupSeverity(processes: readonly Process[]): AlertLevel {
  return processes.some((p) => p.criticality === 'critical') ? 'critical' : 'warning';
}
