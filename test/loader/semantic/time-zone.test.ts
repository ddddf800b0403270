/**
 * PB043's hint for a city written alone: a user wrote `timezone: Moscow` and was shown three
 * example zones, none of them named because of what they wrote.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../../loader/index';

function zoneHints(zone: string): (string | undefined)[] {
  const text = readFileSync('test/fixtures/loader/time-zone-unknown.yaml', 'utf8').replace(
    'timezone: Europe/Moskva',
    `timezone: ${JSON.stringify(zone)}`,
  );
  const r = loadBlueprintText(text, 'zone.yaml');
  if (r.ok) throw new Error(`${zone} was accepted`);
  return r.diagnostics.filter((d) => d.code === 'PB043').map((d) => d.hint);
}

describe('PB043 for a city without its region', () => {
  it.each([
    ['Moscow', 'Europe/Moscow'],
    ['Berlin', 'Europe/Berlin'],
    ['new york', 'America/New_York'],
    ['Los-Angeles', 'America/Los_Angeles'],
  ])('names the zone of %s', (city, zone) => {
    const hints = zoneHints(city);
    expect(hints).toHaveLength(1);
    expect(hints[0]).toMatch(new RegExp(`^write "${zone}": `));
  });

  it('keeps the general hint for a name that is no city of the database', () => {
    expect(zoneHints('Moskva')[0]).toMatch(/^write a zone such as /);
  });
});
