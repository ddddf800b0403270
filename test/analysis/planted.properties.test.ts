import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { analyze } from '../../analysis';
import { loadBlueprintText } from '../../loader';
import { WELL_DESIGNED } from './load';

/**
 * Weaknesses of the classes, each planted into the well-designed blueprint by changing a
 * few fields, with the finding it must bring. The property: among any set of planted weaknesses,
 * removing one removes its finding and adds none (fixing one thing never makes another appear).
 */
type Blueprint = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Weakness {
  name: string;
  plant(bp: Blueprint): void;
  /** The finding it must bring: its rule and where it points. */
  code: string;
  pointer: string;
}

const WEAKNESSES: readonly Weakness[] = [
  {
    name: 'plan B of calls also needs the phone line (shared failure point)',
    plant: (bp) => {
      bp.processes[1].planB.needs = ['messenger', 'phone'];
    },
    code: 'PB103',
    pointer: '/processes/1/planB',
  },
  {
    name: 'Ann, first on call over Telegram, has no Telegram (alert reaches nobody first)',
    plant: (bp) => {
      bp.people[0].contacts = bp.people[0].contacts.filter((c: { kind: string }) => c.kind !== 'telegram');
    },
    code: 'PB132',
    pointer: '/alerts/0/stages/0',
  },
  {
    name: 'the templates printout is kept on the cloud drive it comes from (copy with its source)',
    plant: (bp) => {
      bp.data[2].copies[0].storedOn = 'drive';
    },
    code: 'PB120',
    pointer: '/data/2/copies',
  },
  {
    name: 'the hourly customers copy is made by hand (manual copy for a short RPO)',
    plant: (bp) => {
      bp.data[0].copies[0].automated = false;
      bp.data[0].copies[0].madeBy = 'ben';
    },
    code: 'PB124',
    pointer: '/data/0/copies/0',
  },
  {
    name: 'card payments are run by one freelancer without support terms',
    plant: (bp) => {
      bp.people.push({
        id: 'dev',
        name: 'Dev Freelancer',
        role: 'Payments integrator',
        contractor: true,
        contacts: [{ kind: 'phone', value: '+49 30 0000 0009' }],
      });
      bp.services[1].access.holders = ['dev'];
    },
    code: 'PB115',
    pointer: '/services/1',
  },
  {
    name: 'the payment check raises info alerts no route carries',
    plant: (bp) => {
      bp.monitoring.endpoints[1].severity = 'info';
    },
    code: 'PB132',
    pointer: '/monitoring/endpoints/1',
  },
];

const TEXT = readFileSync(WELL_DESIGNED, 'utf8');

function findingsWith(planted: readonly Weakness[]): Set<string> {
  const bp = load(TEXT) as Blueprint;
  for (const w of planted) w.plant(bp);
  const result = loadBlueprintText(JSON.stringify(bp), 'planted.yaml');
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
  return new Set(analyze(result.model, { today: '2026-11-20' }).findings.map((f) => `${f.code} ${f.pointer} ${f.key}`));
}

const at = (found: Set<string>, w: Weakness) =>
  [...found].some((f) => f.startsWith(`${w.code} ${w.pointer}`) && f.slice(`${w.code} ${w.pointer}`.length).startsWith(' '));

describe('planted weaknesses', () => {
  it.each(WEAKNESSES.map((w) => [w.name, w] as const))('%s: found alone', (_name, w) => {
    expect(at(findingsWith([w]), w)).toBe(true);
  });

  it('removing a planted weakness removes its finding and adds none', () => {
    fc.assert(
      fc.property(fc.subarray([...WEAKNESSES], { minLength: 1 }), fc.nat(), (planted, pick) => {
        const removed = planted[pick % planted.length]!;
        const withIt = findingsWith(planted);
        const without = findingsWith(planted.filter((w) => w !== removed));
        expect(at(withIt, removed), `${removed.name} found`).toBe(true);
        expect(at(without, removed), `${removed.name} gone once removed`).toBe(false);
        for (const f of without) expect(withIt, `${f} appeared when ${removed.name} was removed`).toContain(f);
      }),
      { numRuns: 60 },
    );
  });
});
