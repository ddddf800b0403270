import { addSeconds, defineRule } from './rule';

/**
 * PB170: the last drill is older than the drill interval, or there never was one, or its date is
 * after the day the plan is judged on (a typo, or a drill only planned: either way not held).
 */
export const drillOverdue = defineRule({
  code: 'PB170',
  name: 'drill-overdue',
  severity: 'warning',
  run({ model, today }, emit) {
    const d = model.drills;
    if (!d) return;
    if (!d.last) {
      emit(d.path, 'never', {});
      return;
    }
    if (d.last > today) {
      emit(d.path + '/last', 'future', { last: d.last, today });
      return;
    }
    const due = addSeconds(d.last, d.every);
    if (due < today) emit(d.path + '/last', 'overdue', { last: d.last, due });
  },
});
