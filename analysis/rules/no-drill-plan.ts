import { DAY, defineRule } from './rule';

/** PB171: no drills are planned, or they are planned outside every 6 to 12 months. */
export const noDrillPlan = defineRule({
  code: 'PB171',
  name: 'drill-plan-missing',
  severity: 'warning',
  variants: [{ severity: 'info', when: 'drills are planned more often than every 6 months' }],
  run({ model }, emit) {
    const d = model.drills;
    if (!d) emit('', 'none', {});
    else if (d.every > 365 * DAY) emit(d.path + '/every', 'rare', {});
    else if (d.every < 180 * DAY) emit(d.path + '/every', 'frequent', {}, { severity: 'info' });
  },
});
