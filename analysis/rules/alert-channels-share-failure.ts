import type { Channel, Process } from '../../model/model';
import { domainResolver, hostOf, mailDomain } from '../facts/domains';
import { fp, idIf, type FailurePoint } from '../failure-point';
import { isCriticalOrHigh, subjectOf } from '../graph';
import { namedSharedPoints } from '../shared-points';
import { defineRule } from './rule';

/**
 * PB151: every channel of an alert route (backups included) fails together with a process it
 * reports on: the alarm has nowhere to go. The alert e-mail counts as depending on its domain when
 * the address is at one of the blueprint's domains, and so does a service watched under that domain.
 */
export const alertChannelsShareFailure = defineRule({
  code: 'PB151',
  name: 'alerts-share-failure',
  severity: 'error',
  run({ model, graph }, emit) {
    const domains = domainResolver(model);
    const watchedDomains = new Map<string, Set<string>>();
    for (const e of model.endpoints) {
      const d = domains(hostOf(e.url));
      if (!d) continue;
      const set = watchedDomains.get(e.service.id) ?? new Set<string>();
      set.add(d);
      watchedDomains.set(e.service.id, set);
    }
    const channelPoints = (c: Channel): Set<FailurePoint> => {
      const out = new Set<FailurePoint>(c.service ? graph.serviceFailurePoints(c.service) : []);
      const d = c.kind === 'email' && c.address ? domains(mailDomain(c.address)) : undefined;
      if (d) out.add(fp.domain(d));
      return out;
    };
    const processHas = (p: Process, point: FailurePoint): boolean => {
      const d = idIf(point, 'domain');
      if (d === undefined) return graph.normalPath(p).has(point);
      return p.needs.some((s) => watchedDomains.get(s.id)?.has(d));
    };
    for (const route of model.alerts) {
      let common: Set<FailurePoint> | undefined;
      for (const c of routeChannels(route.stages.flatMap((s) => s.via))) {
        const pts = channelPoints(c);
        common = common ? new Set([...common].filter((x) => pts.has(x))) : pts;
        if (common.size === 0) break;
      }
      if (!common || common.size === 0) continue;
      const covered = (route.processes.length > 0 ? route.processes : model.processes).filter(isCriticalOrHigh);
      const hit = new Map<FailurePoint, Process[]>();
      for (const p of covered) {
        for (const x of common) if (processHas(p, x)) hit.set(x, [...(hit.get(x) ?? []), p]);
      }
      if (hit.size === 0) continue;
      // Every point the channels share with what they report on, grouped: fixing one leaves no other.
      const roots = routeChannels(route.stages.flatMap((s) => s.via)).flatMap((c) => (c.service ? [c.service] : []));
      const named = namedSharedPoints(graph, roots, new Set(hit.keys()));
      const processes = covered.filter((p) => named.some((x) => hit.get(x)?.includes(p)));
      const points = named.map((x) => subjectOf(graph, x));
      emit(route.path, 'shares', { points, processes: processes.map((p) => p.name), route: route.id });
    }
  },
});

/** The channels, each followed by its backup chain, without repeats. */
function routeChannels(channels: readonly Channel[]): Channel[] {
  const seen = new Set<Channel>();
  for (const start of channels) for (let c: Channel | undefined = start; c && !seen.has(c); c = c.backup) seen.add(c);
  return [...seen];
}
