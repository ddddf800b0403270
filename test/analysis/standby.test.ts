/**
 * Standby services take over by themselves: an office line with a 4G router behind it stops only
 * when both do. Cases checked by hand.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../analysis/graph';
import { simulate } from '../../analysis/simulate';
import { analyze } from '../../analysis';
import { buildModel, type ModelSpec } from './build-model';

const office: ModelSpec = {
  people: [{ id: 'ann' }],
  places: ['office'],
  services: [
    { id: 'fibre', vendor: 'Lineco', location: ['office'], standby: ['lte'] },
    { id: 'lte', vendor: 'Mobileco', location: ['office'] },
    { id: 'pos', vendor: 'Bank', dependsOn: ['fibre'] },
    { id: 'tills', vendor: 'Tillco', dependsOn: ['fibre'] },
  ],
  processes: [
    { id: 'payments', needs: ['pos'] },
    { id: 'sales', needs: ['tills'] },
  ],
};

describe('standby services', () => {
  it('only what stops the line and its standby together is a failure point', () => {
    const model = buildModel(office);
    const graph = buildGraph(model);
    expect([...graph.serviceFailurePoints(model.index.services.get('fibre')!)]).toEqual(['place:office']);
    const payments = graph.normalPath(model.index.processes.get('payments')!);
    expect(payments.has('service:fibre')).toBe(false);
    expect(payments.has('vendor:lineco')).toBe(false);
    expect(payments.has('place:office')).toBe(true);
  });

  it('the fibre down alone stops nothing; fibre and 4G down stop both processes', () => {
    const model = buildModel(office);
    expect(simulate(model, ['fibre']).processes.map((p) => p.outcome)).toEqual(['running', 'running']);
    const both = simulate(model, ['fibre', 'lte']);
    expect(both.processes.map((p) => p.outcome)).toEqual(['stopped', 'stopped']);
    expect(both.servicesDown.find((s) => s.id === 'fibre')?.cause).toBe('failed, and Service lte too');
    expect(simulate(model, ['office']).processes.map((p) => p.outcome)).toEqual(['stopped', 'stopped']);
  });

  it('the fibre is no longer reported as a shared single point; the office still is', () => {
    const findings = analyze(buildModel(office), { today: '2026-11-01' }).findings.filter((f) => f.code === 'PB101');
    const withoutStandby = analyze(buildModel({ ...office, services: office.services.map((s) => ({ ...s, standby: [] })) }), {
      today: '2026-11-01',
    }).findings.filter((f) => f.code === 'PB101');
    expect(withoutStandby.some((f) => f.message.includes('Service fibre'))).toBe(true);
    expect(findings.some((f) => f.message.includes('Service fibre'))).toBe(false);
    expect(findings.some((f) => f.message.includes('Place office'))).toBe(true);
  });

  it('two lines backing each other do not keep each other up', () => {
    const mutual: ModelSpec = {
      ...office,
      services: [
        { id: 'fibre', vendor: 'Lineco', standby: ['lte'] },
        { id: 'lte', vendor: 'Mobileco', standby: ['fibre'] },
        { id: 'pos', vendor: 'Bank', dependsOn: ['fibre'] },
        { id: 'tills', vendor: 'Tillco', dependsOn: ['lte'] },
      ],
    };
    const model = buildModel(mutual);
    expect(simulate(model, ['fibre']).processes.map((p) => p.outcome)).toEqual(['running', 'running']);
    expect(simulate(model, ['fibre', 'lte']).processes.map((p) => p.outcome)).toEqual(['stopped', 'stopped']);
  });
});
