/**
 * Regressions from the analysis audit, each on a small real blueprint (test/fixtures/analysis, the
 * well-designed shop changed in a few lines) or an example: the time budget per needed service,
 * detected failures that alert nobody who may switch, checks of services with a standby, the
 * readiness under --only, unique SARIF fingerprints, plurals, and the status page's domain.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis';
import { en } from '../../analysis/i18n/en';
import { ru } from '../../analysis/i18n/ru';
import { formatSarif } from '../../analysis/report';
import { simulate } from '../../analysis/simulate';
import { failureTimelines } from '../../analysis/timeline';
import { loadModel, WELL_DESIGNED } from './load';

const ROOT = join(__dirname, '../..');
const FIX = (name: string) => join(__dirname, '../fixtures/analysis', name);
const TODAY = '2026-11-20';
const findings = (file: string, code: string) => analyze(loadModel(file), { today: TODAY }).findings.filter((f) => f.code === code);

describe('PB130 judges each needed service on its own checks', () => {
  it('a payment API noticed after 5 min breaks a 30 min RTO, though the shop is checked every minute', () => {
    const [f, ...rest] = findings(FIX('pb130-payment-check-slower-than-rto.yaml'), 'PB130');
    expect(rest).toEqual([]);
    expect(f?.message).toBe(
      'When Card payments fails, Selling online is back on its plan B after 31 min at best ' +
        '(5 min to notice, 0 s to reach Ann Becker, 26 min to switch), longer than its RTO of 30 min.',
    );
    expect(f?.params).toMatchObject({ service: 'Card payments', detection: 300, total: 1860 });
  });

  it('agrees with `planb simulate --fail payments`', () => {
    const model = loadModel(FIX('pb130-payment-check-slower-than-rto.yaml'));
    const p = simulate(model, ['payments']).processes.find((x) => x.id === 'sell-online')!;
    expect(p.recovery).toMatchObject({ detection: { seconds: 300, by: 'Payment API' }, total: 1860 });
    expect(p.withinRto).toBe(false);
  });

  it('stays silent when every needed service is checked often enough', () => {
    expect(findings(FIX('pb130-fast-checks-on-every-needed-service.yaml'), 'PB130')).toEqual([]);
  });
});

describe('PB131: a failure that is detected but alerts nobody who may switch', () => {
  const file = FIX('pb131-warning-check-alerts-no-switcher.yaml');

  it('is reported, naming the service, the check and the switcher', () => {
    const list = findings(file, 'PB131');
    expect(list.map((f) => f.key)).toEqual(['unalerted']);
    expect(list[0]!.message).toBe(
      'When Shop phone line fails, SIP trunk notices it, but neither its alerts nor the escalation order reaches Ben Vogel, ' +
        'who alone may switch Answering customers to its plan B.',
    );
    expect(list[0]!.pointer).toBe('/processes/1/planB/switchedBy');
  });

  it('is what `planb simulate --fail phone` says: detected, nobody who may switch alerted', () => {
    const p = simulate(loadModel(file), ['phone']).processes.find((x) => x.id === 'answer-calls')!;
    expect(p.outcome).toBe('plan-b');
    expect(p.recovery?.detection?.by).toBe('SIP trunk');
    expect(p.recovery?.reach).toBeUndefined();
    expect(p.recovery?.total).toBeUndefined();
  });

  it('is in Russian too', () => {
    const [f] = analyze(loadModel(file), { today: TODAY, locale: 'ru' }).findings.filter((x) => x.code === 'PB131');
    expect(f?.message).toBe(
      'Сбой сервиса «Shop phone line» заметит проверка «SIP trunk», но ни её оповещения, ни порядок эскалации не доходят ' +
        'до единственного, кто может переключить процесс «Answering customers» на запасной вариант: Ben Vogel.',
    );
  });
});

describe('a service with a standby keeps its own checks', () => {
  const file = FIX('pb130-slow-check-on-a-line-with-standby.yaml');

  it("PB130 counts the line's check when the line and its standby fail", () => {
    const [f] = findings(file, 'PB130');
    expect(f?.params).toMatchObject({ process: 'Answering customers', service: 'Shop phone line', detection: 300, total: 1860 });
  });

  it('the simulation detects it by that check, and fires its alert for the process', () => {
    const sim = simulate(loadModel(file), ['phone', 'phone2']);
    const p = sim.processes.find((x) => x.id === 'answer-calls')!;
    expect(p.recovery).toMatchObject({ detection: { seconds: 300, by: 'SIP trunk' }, total: 1860 });
    expect(p.withinRto).toBe(false);
    expect(sim.alerts.map((a) => [a.route, a.triggeredBy])).toEqual([['oncall', ['SIP trunk']]]);
  });

  it('the online shop: the office down is detected by the Office router check', () => {
    const sim = simulate(loadModel(join(ROOT, 'blueprints/online-shop.yaml')), ['office']);
    const p = sim.processes.find((x) => x.outcome === 'plan-b')!;
    expect(p.recovery?.detection?.by).toBe('Office router (VPN port)');
    expect(p.recovery?.total).toBeDefined();
    expect(sim.alerts.flatMap((a) => a.triggeredBy)).toContain('Office router (VPN port)');
  });
});

describe('the time budget of the analysis is that of the simulation', () => {
  const dirs = [join(ROOT, 'blueprints'), join(ROOT, 'test/fixtures/analysis')];
  const files = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(d, f)),
  );

  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s: every needed service failing', (_, file) => {
    const model = loadModel(file);
    for (const p of model.processes) {
      if (!p.planB) continue;
      for (const f of failureTimelines(model, p)) {
        const fail = [f.service.id, ...f.service.standby.map((s) => s.id)];
        const r = simulate(model, fail).processes.find((x) => x.id === p.id)!;
        const where = `${p.id} with ${fail.join(', ')} down`;
        if (!f.planBWorks) {
          expect(r.outcome, where).toBe('stopped');
          continue;
        }
        expect(r.outcome, where).toBe('plan-b');
        expect(r.recovery?.total, where).toBe(f.timeline.total);
        expect(r.recovery?.detection?.by, where).toBe(f.timeline.detection?.by);
        expect(r.recovery?.reach?.seconds, where).toBe(f.timeline.reach?.seconds);
      }
    }
  });
});

describe('--only narrows the findings, never the readiness', () => {
  it('the online shop scores the same with only PB130', () => {
    const model = loadModel(join(ROOT, 'blueprints/online-shop.yaml'));
    const all = analyze(model, { today: TODAY });
    const only = analyze(model, { today: TODAY, only: ['PB130'] });
    expect(only.findings.map((f) => f.code)).toEqual(['PB130']);
    expect(all.findings.some((f) => f.code === 'PB170')).toBe(true); // judged by the drills item
    expect(only.readiness).toEqual(all.readiness);
  });
});

describe('SARIF fingerprints', () => {
  const fingerprints = (file: string, locale = 'en'): string[] => {
    const sarif = JSON.parse(formatSarif(analyze(loadModel(file), { today: TODAY, locale }), { baseDir: ROOT, toolVersion: '0' }));
    return sarif.runs[0].results.map((r: { partialFingerprints: { planbFinding: string } }) => r.partialFingerprints.planbFinding);
  };

  it('are unique per finding, even four at one pointer', () => {
    const list = fingerprints(FIX('pb121-no-minimum-set-declared.yaml'));
    expect(list.filter((x) => x.startsWith('PB121:/data:undeclared:'))).toHaveLength(4);
    expect(new Set(list).size).toBe(list.length);
    for (const name of ['online-shop.yaml', 'dental-clinic.yaml', 'b2b-portal.yaml']) {
      const more = fingerprints(join(ROOT, 'blueprints', name));
      expect(new Set(more).size, name).toBe(more.length);
    }
  });

  it('are stable across runs and languages', () => {
    const file = join(ROOT, 'blueprints/online-shop.yaml');
    expect(fingerprints(file)).toEqual(fingerprints(file));
    expect([...fingerprints(file, 'ru')].sort()).toEqual([...fingerprints(file)].sort());
  });
});

describe('plurals in the readiness evidence', () => {
  it('English: one person, one single point, one process has', () => {
    const e = en.readiness['escalation-and-messages'].evidence;
    expect(e({ people: 1, messages: 1, important: 1 }, en.format)).toBe(
      '1 person in the escalation order; 1 of 1 important process has a customer message',
    );
    expect(e({ people: 2, messages: 1, important: 2 }, en.format)).toBe(
      '2 people in the escalation order; 1 of 2 important processes has a customer message',
    );
    expect(e({ people: 2, messages: 2, important: 2 }, en.format)).toBe(
      '2 people in the escalation order; 2 of 2 important processes have a customer message',
    );
    const s = en.readiness['shared-failure-points'].evidence;
    expect(s({ spof: 1 }, en.format)).toBe('1 single point of failure (PB101)');
    expect(s({ spof: 2 }, en.format)).toBe('2 single points of failure (PB101)');
    expect(en.readiness['plan-b'].evidence({ withPlanB: 1, important: 2, shared: 1 }, en.format)).toBe(
      '1 of 2 has a plan B; 1 fails with the normal path (PB103)',
    );
    expect(en.readiness['plan-b'].evidence({ withPlanB: 2, important: 3, shared: 2 }, en.format)).toBe(
      '2 of 3 have a plan B; 2 fail with the normal path (PB103)',
    );
  });

  it('English messages agree with their subjects', () => {
    const pb151 = en.rules.PB151.messages.shares;
    const points = [{ kind: 'service', name: 'Line' } as const];
    expect(pb151({ points, processes: ['A'], route: 'r' }, en.format)).toContain('A stops and');
    expect(pb151({ points, processes: ['A', 'B'], route: 'r' }, en.format)).toContain('A and B stop and');
  });

  it('Russian: 1 человек, 2 человека, 5 человек', () => {
    const e = ru.readiness['escalation-and-messages'].evidence;
    expect(e({ people: 1, messages: 0, important: 1 }, ru.format)).toMatch(/^в порядке эскалации — 1 человек;/);
    expect(e({ people: 2, messages: 0, important: 1 }, ru.format)).toMatch(/^в порядке эскалации — 2 человека;/);
    expect(e({ people: 5, messages: 0, important: 1 }, ru.format)).toMatch(/^в порядке эскалации — 5 человек;/);
  });
});

describe('PB150 counts the domain, as PB151 does', () => {
  it('a status page under the domain it reports on shares its failure', () => {
    const [f, ...rest] = findings(FIX('pb150-status-page-under-the-shop-domain.yaml'), 'PB150');
    expect(rest).toEqual([]);
    expect(f?.message).toBe('The status page status.corner.example goes down with the domain corner.example, which it reports on.');
    expect(f?.pointer).toBe('/statusPage/host');
  });

  it('one on a domain of its own does not', () => {
    expect(findings(WELL_DESIGNED, 'PB150')).toEqual([]);
  });
});

describe('a drill dated after the day the plan is judged on', () => {
  it('is not taken as held (PB170 says the date is in the future)', () => {
    const [f] = findings(FIX('pb170-drill-dated-after-today.yaml'), 'PB170');
    expect(f?.message).toMatch(/^The last drill is dated 2026-12-01, after 2026-11-20/);
    expect(findings(FIX('pb170-drill-recent.yaml'), 'PB170')).toEqual([]);
  });
});
