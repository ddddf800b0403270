import { describe, expect, it } from 'vitest';
import { formatSimulationText } from '../../analysis/report/simulation';
import { simulate } from '../../analysis/simulate';
import { buildModel, type ModelSpec } from './build-model';

/**
 * A clinic, checked by hand:
 *   crm (Cloudy)  <- booking (critical, RTO 30 min); plan B: paper, switched by ann, 10 min
 *   pos -> isp (office) <- payments (critical); plan B: QR on messenger -> isp (same line!)
 *   chat runs on messenger; sms on the phone company. Endpoint on crm: 30 s x 3 = 90 s.
 *   Alert route: ann via chat at once, then ann via sms after 15 min.
 */
const clinic: ModelSpec = {
  people: [{ id: 'ann' }, { id: 'bob' }],
  places: ['office', 'dc'],
  services: [
    { id: 'isp', vendor: 'Lineco', location: ['office'] },
    { id: 'crm', vendor: 'Cloudy', location: ['office', 'dc'] },
    { id: 'pos', vendor: 'Bank', dependsOn: ['isp'] },
    { id: 'messenger', vendor: 'Chatco', dependsOn: ['isp'] },
    { id: 'phone', vendor: 'Telco' },
    { id: 'mail', vendor: 'Cloudy' },
  ],
  processes: [
    { id: 'booking', needs: ['crm'], rto: 1800, planB: { needs: [], switchedBy: ['ann'], switchTime: 600 } },
    { id: 'payments', needs: ['pos'], planB: { needs: ['messenger'], switchedBy: ['ann'] } },
    { id: 'email', criticality: 'low', needs: ['mail'] },
  ],
  endpoints: [{ id: 'crm-up', service: 'crm', interval: 30, failureThreshold: 3 }],
  channels: [
    { id: 'chat', service: 'messenger' },
    { id: 'sms', service: 'phone' },
  ],
  alerts: [
    {
      id: 'oncall',
      stages: [
        { notify: ['ann'], via: ['chat'] },
        { notify: ['ann'], via: ['sms'], after: 900 },
      ],
    },
  ],
  escalation: [{ person: 'bob', tryFor: 1200 }, { person: 'ann' }],
};

const byId = (sim: ReturnType<typeof simulate>, id: string) => sim.processes.find((p) => p.id === id)!;

describe('simulate (cases checked by hand)', () => {
  it('the CRM down: booking runs on paper after 90 s + 0 s + 10 min, within its 30 min RTO', () => {
    const sim = simulate(buildModel(clinic), ['crm']);
    const p = byId(sim, 'booking');
    expect(p.outcome).toBe('plan-b');
    expect(p.recovery).toMatchObject({
      detection: { seconds: 90 },
      reach: { seconds: 0, person: 'Person ann', how: 'alert' },
      switchTime: 600,
      total: 690,
    });
    expect(p.withinRto).toBe(true);
    expect(byId(sim, 'payments').outcome).toBe('running');
    expect(sim.servicesDown.map((s) => s.id)).toEqual(['crm']);
  });

  it('the office line down: payments stop because the plan B messenger is on the same line', () => {
    const sim = simulate(buildModel(clinic), ['isp']);
    expect(sim.servicesDown.map((s) => `${s.id}: ${s.cause}`)).toEqual([
      'isp: failed',
      'pos: needs Service isp',
      'messenger: needs Service isp',
    ]);
    const p = byId(sim, 'payments');
    expect(p.outcome).toBe('stopped');
    expect(p.reason).toBe('its plan B needs Service messenger, which is down too');
    expect(sim.channelsDown).toEqual(['Channel chat']);
  });

  it('the CRM and the office place down: the chat is dark, so ann hears by SMS after 15 min', () => {
    const sim = simulate(buildModel(clinic), ['crm', 'office']);
    const p = byId(sim, 'booking');
    expect(p.recovery?.reach).toEqual({ seconds: 900, person: 'Person ann', how: 'alert' });
    expect(p.recovery?.total).toBe(90 + 900 + 600);
    expect(p.withinRto).toBe(true);
    const route = sim.alerts.find((a) => a.route === 'oncall')!;
    expect(route.stages.map((s) => s.via)).toEqual([[], ['Channel sms']]);
  });

  it('a place fails a service only when every one of its places fails', () => {
    expect(simulate(buildModel(clinic), ['office']).servicesDown.map((s) => s.id)).not.toContain('crm');
    expect(simulate(buildModel(clinic), ['office', 'dc']).servicesDown.map((s) => s.id)).toContain('crm');
  });

  it('a vendor fails every one of its services (the mass-outage day)', () => {
    const sim = simulate(buildModel(clinic), ['cloudy']);
    expect(sim.failed).toEqual([{ token: 'cloudy', kind: 'vendor', label: 'Cloudy (every service)' }]);
    expect(sim.servicesDown.map((s) => s.id)).toEqual(['crm', 'mail']);
    expect(byId(sim, 'email')).toMatchObject({ outcome: 'stopped', reason: 'it has no plan B' });
  });

  it('the only person who may switch is unreachable: the process stops', () => {
    const sim = simulate(buildModel(clinic), ['crm', 'ann']);
    expect(byId(sim, 'booking')).toMatchObject({ outcome: 'stopped', reason: 'nobody who may switch to the plan B can be reached' });
    expect(sim.alerts[0]!.stages[0]!.notify).toEqual([{ name: 'Person ann', reachable: false, why: 'failed' }]);
  });

  it('with no alert route, the CRM check tells nobody: customers notice first, and the time is unknown', () => {
    const sim = simulate(buildModel({ ...clinic, alerts: [] }), ['crm']);
    const p = byId(sim, 'booking');
    expect(p.outcome).toBe('plan-b');
    expect(p.recovery?.unheard).toEqual(['Check crm-up']);
    expect(p.recovery?.reach).toBeUndefined();
    expect(p.recovery?.total).toBeUndefined();
    expect(p.withinRto).toBeUndefined();
  });

  it("an alert that reaches bob starts the escalation order, which reaches ann after bob's 20 minutes: later than the RTO", () => {
    const sim = simulate(buildModel({ ...clinic, alerts: [{ id: 'oncall', stages: [{ notify: ['bob'], via: ['sms'] }] }] }), ['crm']);
    const p = byId(sim, 'booking');
    expect(p.recovery?.reach).toEqual({ seconds: 1200, person: 'Person ann', how: 'escalation' });
    expect(p.recovery?.total).toBe(90 + 1200 + 600);
    expect(p.withinRto).toBe(false);
  });

  it('an alert to somebody with no address on its channel reaches nobody', () => {
    const people = [{ id: 'ann', contacts: [{ kind: 'email' as const, value: 'ann@clinic.example' }] }, { id: 'bob' }];
    const sim = simulate(buildModel({ ...clinic, people }), ['crm']);
    const p = byId(sim, 'booking');
    expect(p.recovery?.unheard).toEqual(['Check crm-up']);
    expect(p.recovery?.total).toBeUndefined();
  });

  it('a person with no address on the stage’s channels is marked unreachable there, as the time to plan B skips them', () => {
    // bob has only an e-mail: the chat cannot reach him; ann is reached over it at once.
    const people = [{ id: 'ann' }, { id: 'bob', contacts: [{ kind: 'email' as const, value: 'bob@clinic.example' }] }];
    const alerts = [
      {
        id: 'oncall',
        stages: [
          { notify: ['bob', 'ann'], via: ['chat'] },
          { notify: ['bob'], via: ['chat', 'sms'], after: 900 },
        ],
      },
    ];
    const sim = simulate(buildModel({ ...clinic, people, alerts }), ['crm']);
    const stages = sim.alerts[0]!.stages;
    expect(stages[0]!.notify).toEqual([
      { name: 'Person bob', reachable: false, why: 'no-address' },
      { name: 'Person ann', reachable: true },
    ]);
    expect(stages[1]!.via).toEqual(['Channel chat', 'Channel sms']);
    expect(byId(sim, 'booking').recovery?.reach).toEqual({ seconds: 0, person: 'Person ann', how: 'alert' });
    const en = formatSimulationText(sim, { color: false });
    expect(en).toContain('+0 s: Person bob (unreachable: no address on this channel), Person ann via Channel chat\n');
    expect(en).toContain('+15 min: Person bob (unreachable: no address on these channels) via Channel chat, Channel sms\n');
    const ru = formatSimulationText(simulate(buildModel({ ...clinic, people, alerts }), ['crm'], { locale: 'ru' }), { color: false });
    expect(ru).toContain('Person bob (оповещение не дойдёт: нет адреса в этом канале), Person ann через «Channel chat»\n');
  });

  it('names what it does not know', () => {
    expect(simulate(buildModel(clinic), ['nope', 'crm']).unknown).toEqual(['nope']);
  });
});

describe('simulate in the report language', () => {
  it('writes causes, reasons and the text report in Russian with locale ru, and in English by default', () => {
    const model = buildModel(clinic);
    const ru = simulate(model, ['isp'], { locale: 'ru' });
    expect(ru.servicesDown.find((s) => s.id === 'isp')?.cause).toBe('отказал');
    expect(byId(ru, 'payments').reason).toMatch(/^запасному варианту нужны «Service messenger»/);
    const text = formatSimulationText(ru, { color: false });
    for (const heading of ['Отказывает:', 'Не работают сервисы', 'Процессы', 'встали: ']) expect(text).toContain(heading);
    for (const english of ['Failing', 'Services down', 'Processes', 'keeps running', 'STOPS', 'on plan B', 'stopped,'])
      expect(text).not.toContain(english);
    const en = formatSimulationText(simulate(model, ['isp']), { color: false });
    expect(en).toContain('Services down (3)');
    expect(en).toContain('its plan B needs Service messenger, which is down too');
  });

  it('says the time to plan B is unknown as a clause of its own, in both languages', () => {
    const model = buildModel({ ...clinic, endpoints: [] });
    const en = formatSimulationText(simulate(model, ['crm']), { color: false });
    expect(en).toContain('Process booking (critical): on plan B, time unknown: nothing detects the failure; down: Service crm\n');
    const ru = formatSimulationText(simulate(model, ['crm'], { locale: 'ru' }), { color: false });
    expect(ru).toContain('на запасном варианте, время неизвестно: сбой ничто не замечает; не работают: «Service crm»\n');
  });

  it('refuses a language it has no words for', () => {
    expect(() => simulate(buildModel(clinic), ['crm'], { locale: 'de' })).toThrow(/available: en, ru/);
  });
});
