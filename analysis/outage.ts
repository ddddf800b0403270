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
import { postOrder } from './post-order';

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
  /** What the service's own loss or its place's or vendor's says, before its dependencies. */
  const direct = (s: Service): string | null =>
    services.has(s)
      ? words.failed
      : vendors.has(s.vendorKey)
        ? words.vendorFails(s.vendor)
        : s.location.length > 0 && s.location.every((p) => places.has(p))
          ? words.placesFail(s.location.map((p) => p.name))
          : null;
  // A dependency still in progress closes a cycle (the loader rejects those): it counts as up.
  const memoOf = (s: Service): string | null => causes.get(s) ?? null;
  /** Down with all its standbys, read from the memo: standbys are judged alone. */
  const withStandbys = (s: Service): string | null => {
    const own = memoOf(s);
    if (own === null || s.standby.length === 0) return own;
    return s.standby.every((t) => memoOf(t) !== null)
      ? words.standbysToo(
          own,
          s.standby.map((t) => t.name),
        )
      : null;
  };
  /** Its dependencies and their standbys: what a service's cause is read from. */
  function* buildsOn(s: Service): Iterable<Service> {
    if (direct(s) !== null) return;
    for (const d of s.dependsOn) {
      yield d;
      yield* d.standby;
    }
  }
  const finish = (s: Service): void => {
    const dep = direct(s) === null ? s.dependsOn.find((d) => withStandbys(d) !== null) : undefined;
    causes.set(s, direct(s) ?? (dep ? words.needs(dep.name) : null));
  };
  const causeAlone = (s: Service): void => {
    if (!causes.has(s)) postOrder(s, (x) => causes.has(x), buildsOn, finish);
  };
  const causeOf = (s: Service): string | null => {
    causeAlone(s);
    for (const t of s.standby) causeAlone(t);
    return withStandbys(s);
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
