/**
 * Minutes down per process and per service in a month: the union of the outage incidents that
 * stopped them (two alarms on one outage count once), each from raised to recovered, cut to the
 * month; one still open at the month's end counts to the end.
 */
import type { Model, Process, Service } from '../../model/model';
import { type Incident, stoppedProcesses } from './incidents';

export interface Month {
  /** YYYY-MM */
  id: string;
  start: number;
  end: number;
}

export function monthOf(id: string): Month {
  const [y, m] = id.split('-').map(Number) as [number, number];
  return { id, start: Date.UTC(y, m - 1, 1), end: Date.UTC(y, m, 1) };
}

export type Interval = readonly [number, number];

export interface Availability<T> {
  item: T;
  /** Merged outage intervals, ms, inside the month. */
  down: Interval[];
  downSeconds: number;
  /** 0..1 */
  fraction: number;
  longestSeconds: number;
}

function merge(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function availability<T>(item: T, incidents: readonly Incident[], month: Month): Availability<T> {
  const down = merge(
    incidents
      .map((i) => [Math.max(i.raisedAt, month.start), Math.min(i.recoveredAt ?? month.end, month.end)] as Interval)
      .filter(([s, e]) => e > s),
  );
  const downSeconds = down.reduce((sum, [s, e]) => sum + (e - s) / 1000, 0);
  return {
    item,
    down,
    downSeconds,
    fraction: 1 - downSeconds / ((month.end - month.start) / 1000),
    longestSeconds: down.reduce((max, [s, e]) => Math.max(max, (e - s) / 1000), 0),
  };
}

export function processAvailability(model: Model, incidents: readonly Incident[], month: Month): Availability<Process>[] {
  return model.processes.map((p) =>
    availability(
      p,
      incidents.filter((i) => stoppedProcesses(i).includes(p)),
      month,
    ),
  );
}

/** Services watched by an endpoint: only their own alarms say they were down. */
export function serviceAvailability(model: Model, incidents: readonly Incident[], month: Month): Availability<Service>[] {
  const watched = new Set(model.endpoints.map((e) => e.service));
  const outages = incidents.filter((i) => i.target.outage && i.target.kind === 'endpoint');
  return model.services
    .filter((s) => watched.has(s))
    .map((s) =>
      availability(
        s,
        outages.filter((i) => i.target.services.includes(s)),
        month,
      ),
    );
}
