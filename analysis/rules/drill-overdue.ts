import { addSeconds, defineRule } from './rule';

/** PB170: the last drill is older than the drill interval, or there never was one. */
export const drillOverdue = defineRule({
  code: 'PB170',
  name: 'drill-overdue',
  severity: 'warning',
  summary: 'The drill is overdue against the date given with --today, or no drill was ever held.',
  why: 'A plan that is never rehearsed has stale phone numbers, lost passwords and steps nobody remembers.',
  fix: 'Hold a drill of one scenario now and record its date in drills.last.',
  run({ model, today }, emit) {
    const d = model.drills;
    if (!d) return;
    if (!d.last) {
      emit(d.path, 'The plan has never been drilled.');
      return;
    }
    const due = addSeconds(d.last, d.every);
    if (due < today) emit(d.path + '/last', `The last drill was on ${d.last}; the next was due by ${due}.`);
  },
});
