/**
 * Alert routes -> AlertRouting args. Which alarms a route carries: those of its severity whose
 * processes meet the route's (a route without processes carries every alarm of its severity).
 * SNS filters and EventBridge patterns list alarm names and have size limits, so a routing with
 * many alarms is split into shards by a stable hash of each alarm's key (see shardCount).
 */
import type * as pulumi from '@pulumi/pulumi';
import type { AlertLevel, Model } from '../../model/model';
import type { AlertRoute, EscalationStage } from '../../components/alerts/routes';
import { checkFilterSize } from '../../components/alerts/routes';
import type { AlertRoutingArgs } from '../../components/alerts/alertRouting';
import { shortHash } from '../../components/common/names';
import { stageContacts } from './contacts';
import { note, refusedByLoader, type Notes } from './notes';
import { routeCarriesAlarm } from '../../model/alarms';
import { soleProcess } from './processes';

/**
 * An alarm as the routing sees it, before it exists: the routing must be planned (which shard,
 * which topic) before the alarms are created, and the alarms' names are known only after.
 */
export interface AlarmRef {
  /** Stable key: the endpoint id or the vault's component name. */
  key: string;
  severity: AlertLevel;
  processes: readonly string[];
  path: string;
}

/** The alarm's physical name for a key; a plain key stands in while planning shards. */
export type AlarmNameOf = (key: string) => pulumi.Input<string>;

export interface MappedRoute {
  id: string;
  severity: AlertLevel;
  /** Empty: every process. */
  processes: string[];
  stages: EscalationStage[];
  path: string;
}

/** Step Functions waits and escalation checks accept 1 minute to 1 day between stages. */
const MIN_AFTER = 60;
const MAX_AFTER = 86400;

export function mapRoutes(model: Model, notes: Notes): MappedRoute[] {
  return model.alerts.map((r) => {
    const stages: EscalationStage[] = [];
    let carried = 0;
    r.stages.forEach((s, i) => {
      const first = i === 0;
      if (!first && Math.min(MAX_AFTER, Math.max(MIN_AFTER, s.after)) !== s.after) refusedByLoader(`${s.path}/after`, 'a later stage waits 1m to 1d (PB045)');
      const contacts = stageContacts(s, notes);
      const after = carried + s.after;
      // A stage that reaches nobody (PB132 in the verdict says so too) is left out; its wait
      // goes to the next stage, so the escalation keeps the blueprint's timing.
      if (contacts.length === 0) {
        note(notes, s.path, `route ${r.id}, stage ${i + 1}: nobody can be reached by AWS (PB132); the stage is left out and its wait added to the next`);
        carried = after;
        return;
      }
      carried = 0;
      const bounded = stages.length === 0 ? 0 : Math.min(MAX_AFTER, after);
      if (stages.length > 0 && bounded !== after) note(notes, `${s.path}/after`, `route ${r.id}, stage ${i + 1}: waits ${bounded} s (at most a day)`);
      // Stage ids come from the blueprint order; they name states and filters, never resources.
      stages.push({ id: `stage-${i + 1}`, afterSeconds: bounded, contacts });
    });
    return { id: r.id, severity: r.severity, processes: r.processes.map((p) => p.id).sort(), stages, path: r.path };
  });
}

export function routeCarries(route: MappedRoute, alarm: Pick<AlarmRef, 'severity' | 'processes'>): boolean {
  return routeCarriesAlarm(route, alarm);
}

/** Most alarms one route may list: keeps the EventBridge pattern and IAM policy well under their limits. */
export const MAX_ALARMS_PER_ROUTE = 50;

function shardOf(key: string, shards: number): number {
  return parseInt(shortHash(key), 16) % shards;
}

function routesFor(routes: readonly MappedRoute[], alarms: readonly AlarmRef[], nameOf: AlarmNameOf = (k) => k): AlertRoute[] {
  const out: AlertRoute[] = [];
  for (const r of routes) {
    if (r.stages.length === 0) continue;
    const carried = alarms.filter((a) => routeCarries(r, a)).sort((a, b) => a.key.localeCompare(b.key));
    if (carried.length === 0) continue;
    const process = soleProcess(r.processes);
    out.push({ id: r.id, severity: r.severity, ...(process !== undefined ? { process } : {}), alarmNames: carried.map((a) => nameOf(a.key)), stages: r.stages });
  }
  return out;
}

function fits(routes: readonly AlertRoute[]): boolean {
  if (routes.some((r) => r.alarmNames.length > MAX_ALARMS_PER_ROUTE)) return false;
  try {
    checkFilterSize(routes);
    return true;
  } catch {
    return false;
  }
}

/** The fewest shards (by hash of alarm key) whose routes all fit; 1 for any ordinary business. */
export function shardCount(routes: readonly MappedRoute[], alarms: readonly AlarmRef[]): number {
  for (let k = 1; k < alarms.length; k++) {
    const groups: AlarmRef[][] = Array.from({ length: k }, () => []);
    for (const a of alarms) groups[shardOf(a.key, k)]?.push(a);
    if (groups.every((g) => fits(routesFor(routes, g)))) return k;
  }
  return Math.max(1, alarms.length);
}

export interface RoutingShard {
  /** `base` for the first shard, `base-shard-<n>` for the others: adding shards renames none. */
  name: string;
  alarms: AlarmRef[];
  routes: MappedRoute[];
}

export function routingShards(base: string, routes: readonly MappedRoute[], alarms: readonly AlarmRef[], notes: Notes): RoutingShard[] {
  // An alarm no route carries is the analysis' PB132 (model/alarms.ts), shown by the plan too.
  const k = shardCount(routes, alarms);
  const shards: RoutingShard[] = [];
  for (let i = 0; i < k; i++) {
    const mine = alarms.filter((a) => k === 1 || shardOf(a.key, k) === i);
    if (mine.length === 0) continue;
    shards.push({ name: i === 0 ? base : `${base}-shard-${i}`, alarms: mine, routes: [...routes] });
  }
  return shards;
}

/** Contacts reached over Telegram need the bot token. */
export function usesTelegram(routes: readonly MappedRoute[]): boolean {
  return routes.some((r) => r.stages.some((s) => s.contacts.some((c) => c.channel === 'telegram')));
}

/** E-mail addresses of everyone paged first, for Cloudflare's health-check notifications. */
export function firstStageEmails(routes: readonly MappedRoute[]): string[] {
  const mails = routes.flatMap((r) => r.stages[0]?.contacts ?? []).filter((c) => c.channel === 'email').map((c) => c.address);
  return [...new Set(mails)].sort();
}

export interface AlertDeps {
  telegramBotToken?: pulumi.Output<string>;
  provider?: AlertRoutingArgs['provider'];
  cloudflare?: AlertRoutingArgs['cloudflare'];
}

export function alertRoutingArgs(model: Model, shard: RoutingShard, nameOf: AlarmNameOf, deps: AlertDeps): AlertRoutingArgs {
  const routes = routesFor(shard.routes, shard.alarms, nameOf);
  const telegram = routes.some((r) => r.stages.some((s) => s.contacts.some((c) => c.channel === 'telegram')));
  return {
    business: model.business.slug,
    routes,
    ...(telegram && deps.telegramBotToken !== undefined ? { telegramBotToken: deps.telegramBotToken } : {}),
    ...(deps.provider !== undefined ? { provider: deps.provider } : {}),
    ...(deps.cloudflare !== undefined ? { cloudflare: deps.cloudflare } : {}),
  };
}
