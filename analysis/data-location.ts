/**
 * Where data really lives. A service holds its data with its own provider and in its own places,
 * and with the services it runs on (the shop's database lives on the hosting it depends on); a copy
 * lives with its vendor, in its places, and with the service it is stored on. Providers are
 * compared by key (lower-cased, trimmed), and a place's `provider` counts as a provider too, so a
 * copy "at Selectel" is caught next to a server in a Selectel data centre even when no location
 * field says so.
 *
 * Only services that can hold data are followed through `dependsOn`: hosting, a NAS, a drive. A
 * cloud CRM that depends on the office line does not keep its data in the office, so an office NAS
 * copy of it is not "with the source".
 */
import type { DataCopy, DataSet, Place, Service, ServiceKind } from '../model/model';
import { vendorKey } from '../model/vendor-key';

export interface DataLocation {
  /** Provider keys: vendors of the services holding the data, and providers of their places. */
  providers: ReadonlySet<string>;
  /** Places the data is kept in. */
  places: ReadonlySet<Place>;
}

const HOLDS_DATA: ReadonlySet<ServiceKind> = new Set(['hosting', 'nas', 'drive']);

const key = vendorKey;

/** The service itself and, through dependsOn, the hosting, NAS or drive it keeps its data on. */
function holders(service: Service): Service[] {
  const out: Service[] = [];
  const seen = new Set<Service>();
  const stack = [service];
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    out.push(s);
    for (const d of s.dependsOn) if (HOLDS_DATA.has(d.kind)) stack.push(d);
  }
  return out;
}

function addPlaces(places: Set<Place>, providers: Set<string>, list: readonly Place[]): void {
  for (const p of list) {
    places.add(p);
    if (p.provider !== undefined) providers.add(key(p.provider));
  }
}

/** Where a service keeps its data. */
export function serviceDataLocation(service: Service): DataLocation {
  const providers = new Set<string>();
  const places = new Set<Place>();
  for (const s of holders(service)) {
    providers.add(s.vendorKey);
    addPlaces(places, providers, s.location);
  }
  return { providers, places };
}

/** Where a copy is kept: its vendor, its places (or those of what it is stored on), and what it is stored on. */
export function copyDataLocation(copy: DataCopy): DataLocation {
  const providers = new Set<string>();
  const places = new Set<Place>();
  const vendor = copyVendorKey(copy);
  if (vendor !== undefined) providers.add(vendor);
  addPlaces(places, providers, copy.location);
  if (copy.storedOn) {
    const on = serviceDataLocation(copy.storedOn);
    for (const p of on.providers) providers.add(p);
    // Written places say where this copy is; without them, it is wherever the service keeps data.
    if (copy.location.length === 0) addPlaces(places, providers, [...on.places]);
  }
  return { providers, places };
}

/** Backup buckets live on AWS unless the blueprint names their vendor. */
export function copyVendorKey(copy: DataCopy): string | undefined {
  if (copy.vendor !== undefined) return key(copy.vendor);
  return copy.kind === 'backup-bucket' ? 'aws' : undefined;
}

/**
 * What a copy shares with its source: the providers both are with, or the source's places when
 * every place the copy is kept in is one of them. Empty when the copy survives the source's loss.
 */
export function copySharesSource(copy: DataCopy, set: DataSet): { providers: string[]; places: Place[] } {
  const source = serviceDataLocation(set.source);
  const kept = copyDataLocation(copy);
  const providers = [...kept.providers].filter((p) => source.providers.has(p)).sort();
  const inSourcePlaces = kept.places.size > 0 && [...kept.places].every((p) => source.places.has(p));
  return { providers, places: inSourcePlaces ? [...kept.places] : [] };
}
