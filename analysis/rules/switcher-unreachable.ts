import { failureTimelines, reach } from '../timeline';
import { defineRule } from './rule';

/**
 * PB131: nobody who may switch to the plan B is ever told. Either no alert route and no escalation
 * step reaches a switcher at all (`unreached`), or some needed service's failure is noticed only by
 * checks whose alerts (of their severity, over channels that still work) reach no switcher, and the
 * escalation order does not either (`unalerted`): what `planb simulate --fail <service>` reports as
 * "nobody who may switch is alerted".
 */
export const switcherUnreachable = defineRule({
  code: 'PB131',
  name: 'plan-b-switcher-never-alerted',
  severity: 'warning',
  run({ model }, emit) {
    for (const p of model.processes) {
      if (!p.planB) continue;
      const people = [...new Set(p.planB.switchedBy)].map((x) => x.name);
      if (!reach(model, p, p.planB.switchedBy, undefined)) {
        emit(p.planB.path + '/switchedBy', 'unreached', { people, process: p.name });
        continue;
      }
      const services: string[] = [];
      const checks = new Set<string>();
      for (const f of failureTimelines(model, p)) {
        if (!f.planBWorks || !f.timeline.detection || f.timeline.reach) continue;
        services.push(f.service.name);
        for (const d of f.timeline.detections) checks.add(d.by);
      }
      if (services.length === 0) continue;
      emit(p.planB.path + '/switchedBy', 'unalerted', { people, process: p.name, services, checks: [...checks] });
    }
  },
});
