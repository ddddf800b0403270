import { DAY, defineRule } from './rule';

/** PB171: no drills are planned, or they are planned outside every 6 to 12 months. */
export const noDrillPlan = defineRule({
  code: 'PB171',
  name: 'drill-plan-missing',
  severity: 'warning',
  summary: 'There is no drill plan, or drills are planned less often than once a year or more often than twice.',
  why: 'Practitioners drill every 6 to 12 months: less often and the plan rots, more often and it is not kept up.',
  fix: 'Add drills with every: 180d to 365d, a plan owner, and a scenario such as "CRM down for two hours".',
  run({ model }, emit) {
    const d = model.drills;
    if (!d) emit('', 'No drills are planned and nobody owns keeping the plan current.');
    else if (d.every > 365 * DAY) emit(d.path + '/every', 'Drills are planned less often than once a year.');
    else if (d.every < 180 * DAY) emit(d.path + '/every', 'Drills are planned more often than every 6 months, which rarely lasts.', { severity: 'info' });
  },
});
