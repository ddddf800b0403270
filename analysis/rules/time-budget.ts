import { isCriticalOrHigh } from '../graph';
import { failureTimelines, type ServiceFailureTimeline } from '../timeline';
import { defineRule } from './rule';

/**
 * PB130: detection + DNS TTL + reaching someone who may switch + switch time exceeds the RTO.
 * Judged per service the process needs, as `planb simulate --fail <service>` would (only that
 * service's checks notice it), and the worst one reported. A failure noticed only by checks whose
 * alerts reach nobody is reported as noticed by customers (`unheard`). Failures that nothing detects
 * or after which nobody who may switch is reached are left to PB140/PB131; those that stop the plan B
 * too, to PB103.
 */
export const timeBudget = defineRule({
  code: 'PB130',
  name: 'recovery-slower-than-rto',
  severity: 'error',
  run({ model }, emit) {
    for (const p of model.processes) {
      if (!isCriticalOrHigh(p) || !p.planB) continue;
      let worst: ServiceFailureTimeline | undefined;
      const unheard: ServiceFailureTimeline[] = [];
      for (const f of failureTimelines(model, p)) {
        if (f.planBWorks && f.timeline.detections.length === 0 && f.timeline.unheard.length > 0) unheard.push(f);
        const total = f.timeline.total;
        if (!f.planBWorks || total === undefined) continue;
        if (!worst || total > worst.timeline.total!) worst = f;
      }
      if (unheard.length > 0) {
        // Checks notice these failures but tell nobody: the clock starts when customers complain.
        const checks = [...new Set(unheard.flatMap((f) => f.timeline.unheard.map((d) => d.by)))];
        emit(p.path + '/rto', 'unheard', { process: p.name, services: unheard.map((f) => f.service.name), checks });
      }
      const t = worst?.timeline;
      if (!worst || !t || t.total! <= p.rto) continue;
      emit(p.path + '/rto', 'slow', {
        process: p.name,
        service: worst.service.name,
        total: t.total!,
        rto: p.rto,
        detection: t.detection!.seconds,
        dnsTtl: t.dnsTtl,
        reach: t.reach!.seconds,
        person: t.reach!.person.name,
        switchTime: t.switchTime,
      });
    }
  },
});
