/**
 * Time-zone abbreviations a newcomer writes for business.timezone. They name an offset, not a
 * place, and the runtime's ICU data resolves some of them to a place nobody meant: "BST" (British
 * Summer Time) is Asia/Dhaka, "IST" is Asia/Kolkata, "EST" is America/Panama (no daylight saving,
 * an hour off in a New York summer), and "MSK" is not known at all. So an abbreviation is refused
 * and the hint names the zone of the place it is usually said in.
 */

/** The zone a business writing this abbreviation most likely means (its name says why). */
const LIKELY: Readonly<Record<string, string>> = {
  CET: 'Europe/Berlin',
  CEST: 'Europe/Berlin',
  MET: 'Europe/Berlin',
  MEZ: 'Europe/Berlin',
  EET: 'Europe/Athens',
  EEST: 'Europe/Athens',
  WET: 'Europe/Lisbon',
  WEST: 'Europe/Lisbon',
  BST: 'Europe/London',
  IST: 'Asia/Kolkata',
  MSK: 'Europe/Moscow',
  MSD: 'Europe/Moscow',
  SAMT: 'Europe/Samara',
  YEKT: 'Asia/Yekaterinburg',
  OMST: 'Asia/Omsk',
  KRAT: 'Asia/Krasnoyarsk',
  IRKT: 'Asia/Irkutsk',
  VLAT: 'Asia/Vladivostok',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  HST: 'Pacific/Honolulu',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  SGT: 'Asia/Singapore',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
};

/**
 * For an abbreviation of the table ("CET", "msk", "EST5EDT"): the zone to suggest; undefined for
 * anything else (a zone, a backward link such as "Japan", or a name the database check judges).
 */
export function abbreviatedZone(zone: string): string | undefined {
  const m = /^([A-Za-z]{2,5})([0-9][A-Za-z]{2,4})?$/.exec(zone.trim());
  if (m === null || (zone !== zone.toUpperCase() && zone !== zone.toLowerCase())) return undefined;
  return LIKELY[(m[1] as string).toUpperCase()];
}
