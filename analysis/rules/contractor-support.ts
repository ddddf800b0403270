import type { Model, Person, Service } from '../../model/model';
import { fp, isCriticalOrHigh } from '../graph';
import type { SupportTerm } from '../i18n/types';
import { defineRule } from './rule';

/** The field research: an urgent incident needs someone on it within an hour. */
export const URGENT_REACTION = 3600;

const TERMS: readonly SupportTerm[] = ['responseTime', 'hours', 'secondContact'];

/**
 * PB115: a service that a critical or high process needs is run by one contractor or freelancer,
 * and its support terms leave the business without an answer: no reaction time, no hours or no
 * second contact; or a declared reaction time longer than the RTO of a process with no plan B
 * that works without the service, or over an hour for a critical process. When that one person is unreachable the service stops being fixed, as surely as an outage.
 */
export const contractorSupport = defineRule({
  code: 'PB115',
  name: 'contractor-without-support-terms',
  severity: 'warning',
  variants: [
    {
      severity: 'error',
      when: 'a critical process needs the service and no reaction time is written, or the reaction time is longer than the RTO',
    },
  ],
  run({ model, graph }, emit) {
    const contractors = contractorsByName(model);
    for (const s of model.services) {
      const runner = soleContractor(contractors, s);
      if (runner === undefined) continue;
      const needing = model.processes.filter((p) => isCriticalOrHigh(p) && graph.normalPath(p).has(fp.service(s.id)));
      if (needing.length === 0) continue;
      const critical = needing.some((p) => p.criticality === 'critical');
      const base = { service: s.name, runner, processes: needing.map((p) => p.name) };
      const missing = TERMS.filter((t) => s.support?.[t] === undefined);
      if (missing.length > 0) {
        // No reaction time at all leaves a critical process waiting on goodwill: an error. Hours or
        // a second contact missing beside a written reaction time: a warning.
        const severity = critical && missing.includes('responseTime') ? 'error' : 'warning';
        emit(s.support ? s.path + '/support' : s.path, 'noTerms', { ...base, missing }, { severity });
      }
      const reaction = s.support?.responseTime;
      if (reaction === undefined) continue;
      // A plan B that works without the service keeps the process within its RTO; the reaction
      // time is then held to the hour of an urgent incident only.
      const uncovered = needing.filter((p) => graph.planBPath(p)?.has(fp.service(s.id)) ?? true);
      const strictest = uncovered.length > 0 ? uncovered.reduce((a, b) => (b.rto < a.rto ? b : a)) : undefined;
      if (strictest && reaction > strictest.rto) {
        emit(
          s.path + '/support/responseTime',
          'slowerThanRto',
          { service: s.name, runner, reaction, process: strictest.name, rto: strictest.rto },
          { severity: 'error' },
        );
      } else if (critical && reaction > URGENT_REACTION) {
        emit(s.path + '/support/responseTime', 'slowForUrgent', { service: s.name, runner, reaction });
      }
    }
  },
});

/**
 * The one contractor or freelancer who runs a service, if that is how it is run: a contractor
 * whose name is the vendor; else an account owned by a contractor or a private person with no
 * staff among the access holders; else access held by contractors only, one of them.
 */
export function soleContractor(contractors: ReadonlyMap<string, Person>, s: Service): string | undefined {
  const asVendor = contractors.get(s.vendorKey);
  if (asVendor) return asVendor.name;
  const holders = [...new Set(s.access?.holders ?? [])];
  if (holders.some((p) => !p.contractor)) return undefined;
  if (holders.length === 1) return holders[0]!.name;
  const owner = s.account?.owner;
  if (holders.length === 0 && (owner === 'contractor' || owner === 'person')) return s.account?.registeredTo ?? s.vendor;
  return undefined;
}

/** Contractors by their name as a vendor key (lower-cased, trimmed), to match a vendor that is a person. */
export function contractorsByName(model: Model): Map<string, Person> {
  const out = new Map<string, Person>();
  for (const p of model.people) if (p.contractor && !out.has(p.name.trim().toLowerCase())) out.set(p.name.trim().toLowerCase(), p);
  return out;
}
