/**
 * Which services are down when some services, vendors or places fail. The one definition shared
 * by `planb simulate` and the time-budget rules (which judge each needed service's failure as
 * `planb simulate --fail <service>` would), so the two can never disagree.
 *
 * A service is down when it is failed itself, its vendor is failed, every one of its places is
 * failed, or a service it depends on is down; with standbys, only when every standby is down as
 * well (standbys taken alone, so two lines backing each other do not keep each other up).
 * Evaluated lazily and memoised: asking about a few services costs only their dependencies.
 */
import type { Channel, Place, Process, Service } from '../model/model';
import { SIMULATION_WORDS, type SimulationWords } from './i18n/simulation-words';

export interface OutageTargets {
  services?: ReadonlySet<Service>;
  vendors?: ReadonlySet<string>;
  places?: ReadonlySet<Place>;
}

export interface Outage {
  /** Why the service is down, in words ("failed", "Beget fails", "needs Office line"), or null when it is up. */
  cause(service: Service): string | null;
  isDown(service: Service): boolean;
  /** A channel is down when the service it runs on is (its backups are judged separately). */
  channelDown(channel: Channel): boolean;
}

/** English causes unless the simulation passes its language's words. */
const ENGLISH_CAUSES: SimulationWords['cause'] = SIMULATION_WORDS.en.cause;

export function outage(targets: OutageTargets, words: SimulationWords['cause'] = ENGLISH_CAUSES): Outage {
  const services = targets.services ?? new Set<Service>();
  const vendors = targets.vendors ?? new Set<string>();
  const places = targets.places ?? new Set<Place>();
  const causes = new Map<Service, string | null>();
  const causeOf = (s: Service): string | null => {
    const own = causeAlone(s);
    if (own === null || s.standby.length === 0) return own;
    return s.standby.every((t) => causeAlone(t) !== null) ? words.standbysToo(own, s.standby.map((t) => t.name)) : null;
  };
  const causeAlone = (s: Service): string | null => {
    if (causes.has(s)) return causes.get(s)!;
    causes.set(s, null); // cycle guard; the loader rejects cycles
    let cause: string | null = null;
    if (services.has(s)) cause = words.failed;
    else if (vendors.has(s.vendorKey)) cause = words.vendorFails(s.vendor);
    else if (s.location.length > 0 && s.location.every((p) => places.has(p))) cause = words.placesFail(s.location.map((p) => p.name));
    else {
      const dep = s.dependsOn.find((d) => causeOf(d) !== null);
      if (dep) cause = words.needs(dep.name);
    }
    causes.set(s, cause);
    return cause;
  };
  const isDown = (s: Service): boolean => causeOf(s) !== null;
  return { cause: causeOf, isDown, channelDown: (c) => (c.service ? isDown(c.service) : false) };
}

/**
 * The services of a process that are down and whose checks notice it: each needed service that is
 * down, and, through its dependencies and standbys, every service behind it that is down too. A
 * service with a standby counts with its own checks (the standby's failure point set does not hide
 * them). Without `isDown`, every service behind the process counts.
 */
export function downServices(process: Process, isDown?: (s: Service) => boolean): Service[] {
  const seen = new Set<Service>();
  const out: Service[] = [];
  const stack = [...process.needs].reverse();
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    if (isDown && !isDown(s)) continue;
    out.push(s);
    for (let i = s.standby.length - 1; i >= 0; i--) stack.push(s.standby[i]!);
    for (let i = s.dependsOn.length - 1; i >= 0; i--) stack.push(s.dependsOn[i]!);
  }
  return out;
}
