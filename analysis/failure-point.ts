/**
 * A failure point: anything whose loss takes services down (a service, its vendor, a place it runs
 * in alone, a person, a blueprint domain). It is a string key (`service:crm`, `vendor:yandex`) so
 * that sets of them are cheap to build and compare, typed so that only these kinds can be written,
 * and made and read only here: `fp` formats, `parsePoint` parses, nothing else splits the string.
 */
export const FAILURE_KINDS = ['service', 'vendor', 'place', 'person', 'domain'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];
export type FailurePoint = `${FailureKind}:${string}`;

export const fp = {
  service: (id: string): FailurePoint => `service:${id}`,
  /** A vendor by its key (model/vendor-key.ts). */
  vendor: (key: string): FailurePoint => `vendor:${key}`,
  place: (id: string): FailurePoint => `place:${id}`,
  person: (id: string): FailurePoint => `person:${id}`,
  /** A blueprint domain by its lower-cased name (PB150, PB151: a site goes dark when its domain does). */
  domain: (name: string): FailurePoint => `domain:${name}`,
};

export interface ParsedPoint {
  kind: FailureKind;
  /** The service, place or person id, the vendor key or the domain name. */
  id: string;
}

/** The one parse of a failure point (ids never hold a colon; a vendor key or domain may: split at the first). */
export function parsePoint(point: FailurePoint): ParsedPoint {
  const colon = point.indexOf(':');
  return { kind: point.slice(0, colon) as FailureKind, id: point.slice(colon + 1) };
}

/** The id of a point of this kind, or undefined for a point of another kind. */
export function idIf(point: FailurePoint, kind: FailureKind): string | undefined {
  const parsed = parsePoint(point);
  return parsed.kind === kind ? parsed.id : undefined;
}

/** Failure points in a stable order: services, vendors, places, people, domains, each by id. */
export function sortPoints(points: Iterable<FailurePoint>): FailurePoint[] {
  const rank = (p: FailurePoint): number => FAILURE_KINDS.indexOf(parsePoint(p).kind);
  return [...points].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
