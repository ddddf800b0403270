import { addSeconds, defineRule } from './rule';

/** PB170: the last drill is older than the drill interval, or there never was one. */
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
    const due = addSeconds(d.last, d.every);
    if (due < today) emit(d.path + '/last', 'overdue', { last: d.last, due });
  },
});
