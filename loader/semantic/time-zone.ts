/**
 * business.timezone must be a zone of the IANA database as spelt there: documents, the status page
 * and the business-hours probes all format times with it, and a zone Intl does not know throws
 * there, long after validate said the file was fine.
 */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { forEachString } from './walk';
import { reporter } from './report';
import { quoteValue } from '../secrets';
import { abbreviatedZone } from './zone-abbreviations';

/** Zones already resolved: a DateTimeFormat costs about half a millisecond, a tenth of loading an example. */
const zoneCache = new Map<string, string | undefined>();

/** The zone Intl resolves `name` to (aliases such as UTC or Europe/Kyiv included), or undefined. */
function resolveZone(name: string): string | undefined {
  if (zoneCache.has(name)) return zoneCache.get(name);
  if (zoneCache.size >= 64) zoneCache.clear(); // a blueprint has one zone; keep the memory bounded
  let zone: string | undefined;
  // Offsets ("+03:00") are accepted by newer engines but are not IANA zones: no daylight rules.
  if (/^[A-Za-z]/.test(name)) {
    try {
      zone = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      zone = undefined;
    }
  }
  zoneCache.set(name, zone);
  return zone;
}

/** City (the last part of a zone, lower case, spaces and hyphens as "_") -> the zone, when one zone has it. */
let cities: Map<string, string> | undefined;

function cityKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The zone named after the city `name`, written alone ("Moscow", "new york"), or undefined. */
function zoneOfCity(name: string): string | undefined {
  if (cities === undefined) {
    const seen = new Map<string, string | null>();
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const city = zone.split('/').pop()!;
      if (city === zone) continue; // UTC and other one-part names are no city
      const key = cityKey(city);
      seen.set(key, seen.has(key) ? null : zone);
    }
    cities = new Map([...seen].filter((e): e is [string, string] => e[1] !== null));
  }
  return cities.get(cityKey(name));
}

const ZONE_LIST = 'https://en.wikipedia.org/wiki/List_of_tz_database_time_zones';

/** IANA spelling: every part starts with a capital (Europe/Moscow, America/Port-au-Prince, UTC). */
const SPELT = /^[A-Z][A-Za-z0-9_+-]*(\/[A-Z][A-Za-z0-9_+-]*)*$/;

export function checkTimeZone(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  const report = reporter(map, out);
  forEachString(data, 'business/timezone', (zone, pointerOf) => {
    const likely = abbreviatedZone(zone);
    if (likely !== undefined) {
      report(
        pointerOf(),
        'PB043',
        `${quoteValue(zone)} is a time-zone abbreviation, not the place whose clock the business keeps (abbreviations resolve to surprising zones: "BST" is Bangladesh's, "EST" has no summer time)`,
        `write the zone of the business's city, e.g. "${likely}" (the list: ${ZONE_LIST})`,
      );
      return;
    }
    const resolved = resolveZone(zone);
    if (resolved !== undefined && SPELT.test(zone)) return;
    const message =
      resolved !== undefined
        ? `the time zone ${quoteValue(zone)} is not spelt as in the IANA database`
        : `${quoteValue(zone)} is not a time zone of the IANA database`;
    const city = resolved === undefined ? zoneOfCity(zone) : undefined;
    const hint =
      resolved !== undefined
        ? `write "${resolved}"`
        : city !== undefined
          ? `write "${city}": a zone is written with its region, as in the IANA database (the list: ${ZONE_LIST})`
          : `write a zone such as Europe/Moscow, Europe/Berlin, Asia/Yekaterinburg or UTC (the list: ${ZONE_LIST})`;
    report(pointerOf(), 'PB043', message, hint);
  });
}
