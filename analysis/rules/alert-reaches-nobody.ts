import { builtAlarms, routeForAlarm } from '../../model/alarms';
import { hasAddressOn, stageReaches } from '../delivery';
import { defineRule } from './rule';

/**
 * PB132: a check or an alert route that tells nobody. An alarm the stack builds (model/alarms.ts:
 * health, certificate, DNS, domain expiry, business check, missed backup) that no route carries,
 * matched as the pager matches it (model/alarms.ts routeForAlarm); a route none of whose stages reaches anyone (its escalation never starts); a
 * route whose first stage notifies people who have no address on any of its channels (the alert
 * waits for a later stage). Such a check watches nothing: the time budget (PB130) then says that
 * customers notice the failure first.
 */
export const alertReachesNobody = defineRule({
  code: 'PB132',
  name: 'alert-reaches-nobody',
  severity: 'warning',
  run({ model }, emit) {
    for (const a of builtAlarms(model)) {
      // The pager's own choice (runtime/config.ts), so the verdict and the stack agree.
      if (routeForAlarm(model.alerts, a) !== undefined) continue;
      if (a.watch === 'health' || a.watch === 'dns' || a.watch === 'business')
        emit(a.path, 'noRoute', { check: a.name, severity: a.severity });
      else emit(a.path, 'noRouteWatch', { watch: a.watch, name: a.name, severity: a.severity });
    }
    for (const route of model.alerts) {
      if (route.stages.every((s) => stageReaches(s).length === 0)) {
        const people = [...new Set(route.stages.flatMap((s) => s.notify))].map((p) => p.name);
        const channels = [...new Set(route.stages.flatMap((s) => s.via))].map((c) => c.name);
        emit(route.path + '/stages', 'nobody', { route: route.id, people, channels });
        continue;
      }
      const first = route.stages[0];
      if (!first) continue;
      const unaddressed = first.notify.filter((p) => !first.via.some((c) => hasAddressOn(p, c)));
      if (unaddressed.length > 0) {
        emit(first.path, 'firstUnaddressed', {
          route: route.id,
          people: unaddressed.map((p) => p.name),
          channels: first.via.map((c) => c.name),
        });
      }
    }
  },
});
