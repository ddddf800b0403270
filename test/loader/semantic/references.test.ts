/**
 * A reference's hint offers only valid ids: with `id: Marco` declared, `owner: marco` got "did you
 * mean \"Marco\"?", an id that is itself refused (PB024).
 */
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../../loader/index';

function blueprint(people: string, references: { owner: string; switchedBy: string; drill?: string }): string {
  return `version: 1
business: { name: Pizza, slug: pizza, timezone: Europe/Rome, owner: ${references.owner}, revised: "2026-11-25" }
people:
${people}
places:
  - { id: Kitchen, name: Kitchen, kind: office }
services:
  - { id: POS, name: Till, kind: pos, vendor: Square }
  - { id: till-backup, name: Spare till, kind: pos, vendor: SumUp }
processes:
  - id: sales
    name: Sales
    criticality: critical
    rto: 1h
    rpo: 1h
    needs: [pos]
    planB: { summary: Cash, steps: [Take cash], switchedBy: [${references.switchedBy}], switchTime: 5m }
drills:
  every: 180d
  planOwner: ${references.owner}
  scenarios:
    - { id: till-down, title: Till down, fail: [${references.drill ?? 'kitchn'}] }
`;
}

const PEOPLE = `  - { id: Marco, name: Marco Rossi, role: Owner, contacts: [{ kind: phone, value: "+39 333 000 0001" }] }
  - { id: lucia, name: Lucia Bruno, role: Staff, contacts: [{ kind: phone, value: "+39 333 000 0002" }] }
  - { id: marc0-x, name: Marc, role: Staff, contacts: [{ kind: phone, value: "+39 333 000 0003" }] }`;

function hints(text: string): Record<string, string> {
  const result = loadBlueprintText(text, 'pizza.yaml');
  return Object.fromEntries(result.diagnostics.filter((d) => d.code === 'PB031').map((d) => [d.pointer ?? '', d.hint ?? '']));
}

describe('hints to a reference that names nothing', () => {
  it('never offer an invalid id; one that differs only in case is named as the id to fix', () => {
    const h = hints(blueprint(PEOPLE, { owner: 'marco', switchedBy: 'lucia' }));
    expect(h['/business/owner']).toBe(
      'the person is declared with the id "Marco", which is refused (PB024); write that id as "marco" and this matches',
    );
    expect(h['/processes/0/needs/0']).toBe(
      'the service is declared with the id "POS", which is refused (PB024); write that id as "pos" and this matches',
    );
  });

  it('"did you mean" and "use one of" list only the valid ids', () => {
    const h = hints(blueprint(PEOPLE, { owner: 'lucia', switchedBy: 'marcoo' }));
    expect(h['/processes/0/planB/switchedBy/0']).not.toContain('Marco');
    expect(hints(blueprint(PEOPLE, { owner: 'lucia', switchedBy: 'zed' }))['/processes/0/planB/switchedBy/0']).toBe(
      'declare it, or use one of: lucia, marc0-x',
    );
    // A drill scenario's target: "kitchn" is close to the place "Kitchen", whose id is refused.
    expect(h['/drills/scenarios/0/fail/0']).toBe('name a service id, a place id or a vendor as written on its services');
  });

  it('a name written for a reference names its id only when that id is valid', () => {
    expect(hints(blueprint(PEOPLE, { owner: 'lucia', switchedBy: 'Marco Rossi' }))['/processes/0/planB/switchedBy/0']).toBe(
      'declare it, or use one of: lucia, marc0-x',
    );
    expect(hints(blueprint(PEOPLE, { owner: 'lucia', switchedBy: 'Lucia Bruno' }))['/processes/0/planB/switchedBy/0']).toBe(
      'a reference names the id: write lucia',
    );
  });
});
