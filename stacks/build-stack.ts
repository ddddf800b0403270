/**
 * The model -> components, with explicit providers. Shared by `pulumi up` (stacks/index.ts) and
 * the offline plan (generators/plan), so the plan shows exactly what the program creates.
 * Each mapping lives in stacks/map/ as a pure function; this file only wires their results.
 */
import * as pulumi from '@pulumi/pulumi';
import type { Model } from '../model/model';
import { AlertRouting, BackupVaults, HealthChecks, Probes, RedundantDns, ResiliencyPolicy, StatusPage } from '../components';
import { makeProviders, type Providers } from './providers';
import { DeferredTopics } from './topics';
import { mapEndpoints, healthChecksArgs, splitEndpoints, type MappedEndpoint } from './map/health';
import { mapProbes, probesArgs, upProbe, upProbeId, type MappedProbe } from './map/probes';
import { mapDomains, redundantDnsArgs, type MappedDomain } from './map/dns';
import { BACKUP_COMPONENT, backupVaultsArgs, mapBackups } from './map/backup';
import { alertRoutingArgs, firstStageEmails, mapRoutes, routingShards, usesTelegram, type AlarmRef, type MappedRoute } from './map/alerts';
import { mapStatusPage, statusPageArgs } from './map/status';
import { resilienceTiers, resiliencyPolicyArgs } from './map/resilience';
import { sortNotes, type MappingNote, type Notes } from './map/notes';
import { CONFIG_KEYS, TELEGRAM_ENV, type DeployPhase } from './config';

export interface StackSecrets {
  cloudflareApiToken?: pulumi.Output<string>;
  telegramBotToken?: pulumi.Output<string>;
  /** `planb:protect` (default true): zones and backup buckets refuse deletion and replacement. */
  protect?: boolean;
  /** `planb:phase` (default all): `zones` leaves out what needs the domain delegated first. */
  phase?: DeployPhase;
}

export interface BuiltStack {
  /** Stack outputs: name servers, status page URL, bucket names, topic ARNs. */
  outputs: Record<string, unknown>;
  /** What the blueprint asks for that is not built, with where it is written. */
  notes: MappingNote[];
}

export function buildStack(model: Model, secrets: StackSecrets): BuiltStack {
  const notes: Notes = [];
  const providers = makeProviders(model.infrastructure, secrets.cloudflareApiToken);
  const routes = mapRoutes(model, notes);
  if (usesTelegram(routes) && secrets.telegramBotToken === undefined) {
    throw new pulumi.RunError(
      `the blueprint's alerts reach people over Telegram, but no bot token is configured; run ` +
        `\`pulumi config set --secret ${CONFIG_KEYS.telegramBotToken} <token>\` or set ${TELEGRAM_ENV}`,
    );
  }
  const topics = new DeferredTopics();
  // Route 53 checks only what DNS failover needs; the probe watches every other endpoint.
  const { route53, probed } = splitEndpoints(model, mapEndpoints(model, notes));
  const domains = mapDomains(model, new Set(route53.map((e) => e.spec.id)), notes);
  const probes = [...probed.map(upProbe), ...mapProbes(model, new Set(domains.map((d) => d.domain.name)), notes)];
  const health = buildHealth(model, route53, probes, domains, routes, topics, providers, notes);
  // Components protect zones and backup buckets themselves (keeperOpts); a component-level
  // protect would reach every child, so only planb:protect=false is passed down.
  const keep: pulumi.ComponentResourceOptions = secrets.protect === false ? { protect: false } : {};
  const dns = buildDns(model, domains, health?.checks, providers, keep);
  health?.settleZone(dns);
  health?.buildProbes(dns);
  const backups = buildBackups(model, routes, topics, providers, notes, keep);
  const routings = [
    ...(health?.routings(secrets.telegramBotToken) ?? []),
    ...backups.routings(secrets.telegramBotToken),
  ];
  topics.assertSettled();
  const status = secrets.phase === 'zones' ? withheldStatus(model, notes) : buildStatus(model, health, dns, providers, notes);
  const tiers = resilienceTiers(model);
  if (tiers.length > 0) new ResiliencyPolicy('resilience', resiliencyPolicyArgs(model, tiers, providers.primary));

  return {
    notes: sortNotes(notes),
    outputs: {
      nameServers: Object.fromEntries(dns.map((d) => [d.zone, { cloudflare: d.component.cloudflareNameServers, route53: d.component.route53NameServers }])),
      failoverGap: Object.fromEntries(dns.map((d) => [d.zone, d.component.failoverGap])),
      ...(status !== undefined ? { statusPageUrl: status.url } : {}),
      buckets: backups.buckets,
      // An alarm the sandbox smoke test sets to ALARM, to page people through the real path.
      smokeTestAlarm: smokeTestAlarm(health, backups.alarmNames),
      topicArns: Object.fromEntries(routings.map((r) => [r.name, r.component.topicArns])),
    },
  };
}

function smokeTestAlarm(health: HealthWiring | undefined, backupAlarms: readonly pulumi.Output<string>[]): pulumi.Output<string> | undefined {
  const first = health?.endpointIds()[0];
  return first !== undefined ? health?.endpointAlarm(first) : backupAlarms[0];
}

interface BuiltZone {
  zone: string;
  name: string;
  component: RedundantDns;
}

function buildDns(model: Model, domains: readonly MappedDomain[], checks: HealthChecks | undefined, p: Providers, keep: pulumi.ComponentResourceOptions): BuiltZone[] {
  const accountId = model.infrastructure.cloudflareAccountId ?? '';
  return domains.map((d) => ({
    zone: d.domain.name,
    name: d.name,
    component: new RedundantDns(
      d.name,
      redundantDnsArgs(model, d, {
        accountId,
        // mapDomains keeps only failovers whose endpoint has a check, so the lookup always hits.
        healthCheckId: (id) => checks?.healthCheckIds[id] ?? pulumi.output(''),
      }),
      { ...keep, providers: { aws: p.primary, cloudflare: p.cloudflare } },
    ),
  }));
}

/** Probe alarms share the us-east-1 routing with the health alarms; their keys never meet an endpoint id. */
const probeKey = (id: string) => `probe:${id}`;

type TopicOf = (key: string, severity: MappedEndpoint['severity']) => pulumi.Output<string>;

/** What the stack needs from the monitoring side once it is built. */
interface HealthWiring {
  checks: HealthChecks | undefined;
  /** Ids of the endpoints that have an up/down alarm (a Route 53 check's or the probe's), sorted. */
  endpointIds(): string[];
  /** The up/down alarm of an endpoint, wherever it lives. */
  endpointAlarm(id: string): pulumi.Output<string>;
  settleZone(dns: readonly BuiltZone[]): void;
  buildProbes(dns: readonly BuiltZone[]): void;
  routings(telegramBotToken: pulumi.Output<string> | undefined): { name: string; component: AlertRouting }[];
}

/**
 * Route 53 health checks (failover endpoints only) and the probes (every other endpoint and what
 * Route 53 cannot see), with the us-east-1 alert routing both page through: one set of topics
 * (and confirmations) for everything that watches the business from outside.
 */
function buildHealth(
  model: Model,
  endpoints: readonly MappedEndpoint[],
  probes: readonly MappedProbe[],
  domains: readonly MappedDomain[],
  routes: readonly MappedRoute[],
  topics: DeferredTopics,
  p: Providers,
  notes: Notes,
): HealthWiring | undefined {
  if (endpoints.length === 0 && probes.length === 0) return undefined;
  const alarms: AlarmRef[] = [
    ...endpoints.map((e) => ({ key: e.spec.id, severity: e.severity, processes: e.processes, path: e.path })),
    ...probes.map((pr) => ({ key: probeKey(pr.id), severity: pr.severity, processes: pr.processes, path: pr.path })),
  ];
  const shards = routingShards('alerts-health', routes, alarms, notes);
  const shardOf = new Map(shards.flatMap((s) => s.alarms.map((a) => [a.key, s.name] as const)));
  const topicOf: TopicOf = (key, severity) => topics.arn(shardOf.get(key) ?? 'alerts-health', severity);
  // Cloudflare health checks live in one zone: the first domain whose plan has them.
  const cfDomain = domains.find((d) => d.domain.cloudflarePlan !== 'free');
  const [zoneId, resolveZone] = pulumi.deferredOutput<string>();
  const checks = endpoints.length === 0 ? undefined : newHealthChecks(model, endpoints, topicOf, p, cfDomain, zoneId);
  let probeAlarms: Record<string, pulumi.Output<string>> = {};
  const alarmName = (key: string) =>
    (key.startsWith('probe:') ? probeAlarms[key.slice('probe:'.length)] : checks?.alarmNames[key]) as pulumi.Output<string>;
  const upIds = probes.filter((pr) => pr.check.kind === 'http' || pr.check.kind === 'tcp').map((pr) => pr.id);
  const probedEndpoints = endpointIdsOfUpProbes(model, upIds);
  return {
    checks,
    endpointIds: () => [...endpoints.map((e) => e.spec.id), ...probedEndpoints].sort(),
    endpointAlarm: (id) => (checks?.alarmNames[id] ?? probeAlarms[upProbeId(id)]) as pulumi.Output<string>,
    settleZone(dns) {
      const zone = dns.find((z) => z.name === cfDomain?.name);
      if (zone !== undefined) resolveZone(zone.component.cloudflareZoneId);
    },
    buildProbes(dns) {
      if (probes.length > 0) probeAlarms = newProbes(model, probes, topicOf, dns, p).alarmNames;
    },
    routings: (telegramBotToken) => healthRoutings(model, shards, routes, checks, alarmName, telegramBotToken, topics, p),
  };
}

/** Endpoint ids behind the probe's up checks (`up-<endpoint id>`), as the blueprint spells them. */
function endpointIdsOfUpProbes(model: Model, upIds: readonly string[]): string[] {
  const wanted = new Set(upIds);
  return model.endpoints.map((e) => e.id).filter((id) => wanted.has(upProbeId(id)));
}

function newHealthChecks(
  model: Model,
  endpoints: readonly MappedEndpoint[],
  topicOf: TopicOf,
  p: Providers,
  cfDomain: MappedDomain | undefined,
  zoneId: pulumi.Output<string>,
): HealthChecks {
  return new HealthChecks(
    'health',
    healthChecksArgs(model, endpoints, {
      topicArn: (e) => topicOf(e.spec.id, e.severity),
      alarmProvider: p.usEast1,
      ...(cfDomain !== undefined ? { cloudflare: { zoneId, plan: cfDomain.domain.cloudflarePlan } } : {}),
    }),
    { providers: { aws: p.primary, cloudflare: p.cloudflare } },
  );
}

/** After the zones: a DNS probe asks the name servers they were given. */
function newProbes(model: Model, probes: readonly MappedProbe[], topicOf: TopicOf, dns: readonly BuiltZone[], p: Providers): Probes {
  return new Probes(
    'probes',
    probesArgs(model, probes, {
      topicArn: (probe) => topicOf(probeKey(probe.id), probe.severity),
      nameServers(zone) {
        // mapProbes keeps only DNS checks on zones built here, so the lookup always hits.
        const built = dns.find((z) => z.zone === zone)?.component;
        if (built === undefined) throw new Error(`internal: no zone ${zone} for a DNS probe`);
        return { cloudflare: built.cloudflareNameServers, route53: built.route53NameServers };
      },
    }),
    // With the topics of alerts-health: alarm actions are regional. One region, so the provider
    // comes the Pulumi way, through the component's options.
    { providers: { aws: p.usEast1 } },
  );
}

function healthRoutings(
  model: Model,
  shards: ReturnType<typeof routingShards>,
  routes: readonly MappedRoute[],
  checks: HealthChecks | undefined,
  alarmName: (key: string) => pulumi.Output<string>,
  telegramBotToken: pulumi.Output<string> | undefined,
  topics: DeferredTopics,
  p: Providers,
): { name: string; component: AlertRouting }[] {
  const cfIds = checks?.cloudflareHealthCheckIds ?? {};
  const cfChecks = Object.keys(cfIds).sort().map((k) => cfIds[k] as pulumi.Output<string>);
  const emails = firstStageEmails(routes);
  return shards.map((shard, i) => {
    const cloudflare =
      i === 0 && cfChecks.length > 0 && emails.length > 0 && model.infrastructure.cloudflareAccountId !== undefined
        ? { accountId: model.infrastructure.cloudflareAccountId, healthCheckIds: cfChecks, emails, provider: p.cloudflare }
        : undefined;
    const component = new AlertRouting(
      shard.name,
      alertRoutingArgs(model, shard, alarmName, {
        ...(telegramBotToken !== undefined ? { telegramBotToken } : {}),
        provider: p.usEast1,
        ...(cloudflare !== undefined ? { cloudflare } : {}),
      }),
    );
    topics.settle(shard.name, component.topicArns);
    return { name: shard.name, component };
  });
}

/** One BackupVaults for every backup copy: a vault per lock class, a prefix and an alarm per copy. */
function buildBackups(model: Model, routes: readonly MappedRoute[], topics: DeferredTopics, p: Providers, notes: Notes, keep: pulumi.ComponentResourceOptions) {
  const sets = mapBackups(model, notes);
  const alarms: AlarmRef[] = sets.map((v) => ({ key: v.name, severity: v.severity, processes: v.processes, path: v.copy.path }));
  const shards = routingShards('alerts-backup', routes, alarms, notes);
  const shardOf = new Map(shards.flatMap((s) => s.alarms.map((a) => [a.key, s.name] as const)));
  const accountId = model.infrastructure.cloudflareAccountId;
  const vaults =
    sets.length === 0
      ? undefined
      : new BackupVaults(
          BACKUP_COMPONENT,
          backupVaultsArgs(model, sets, {
            alarmTopicArn: (v) => topics.arn(shardOf.get(v.name) ?? 'alerts-backup', v.severity),
            replicaProvider: p.replica,
            ...(accountId !== undefined ? { cloudflareAccountId: accountId } : {}),
          }),
          // The vaults' region and the Cloudflare account reach the children through opts.providers;
          // only the replica's second region is an argument.
          { ...keep, providers: { aws: p.primary, cloudflare: p.cloudflare } },
        );
  const alarmNames = vaults?.freshnessAlarmNames ?? {};
  return {
    buckets: vaults === undefined ? {} : backupOutputs(vaults),
    alarmNames: Object.keys(alarmNames).sort().map((k) => alarmNames[k] as pulumi.Output<string>),
    routings(telegramBotToken: pulumi.Output<string> | undefined) {
      return shards.map((shard) => {
        const component = new AlertRouting(
          shard.name,
          alertRoutingArgs(model, shard, (key) => alarmNames[key] as pulumi.Output<string>, {
            ...(telegramBotToken !== undefined ? { telegramBotToken } : {}),
            // Alarm actions are regional: the vaults' alarms publish to topics in their own region.
            provider: p.primary,
          }),
        );
        topics.settle(shard.name, component.topicArns);
        return { name: shard.name, component };
      });
    },
  };
}

/** Stack output, per copy: where its backup job writes (vault and prefix), and the shared copies' buckets. */
function backupOutputs(vaults: BackupVaults): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(vaults.locations).map(([id, at]) => [id, { vault: at.bucket, prefix: at.prefix, replica: vaults.replicaBucketName, r2: vaults.r2BucketName }]),
  );
}

/** Phase `zones`: the status page's certificate needs the delegation the registrar has not made yet. */
function withheldStatus(model: Model, notes: Notes): undefined {
  if (model.statusPage !== undefined) {
    notes.push({
      path: model.statusPage.path,
      message: 'phase zones: the status page waits for phase all (its certificate is validated through the new zones, so set the name servers at the registrar first)',
    });
  }
  return undefined;
}

function buildStatus(model: Model, health: HealthWiring | undefined, dns: readonly BuiltZone[], p: Providers, notes: Notes): StatusPage | undefined {
  const page = mapStatusPage(model, new Set(health?.endpointIds() ?? []), notes);
  if (page === undefined || health === undefined) return undefined;
  const zone = dns.find((z) => z.zone === page.domain)?.component;
  return new StatusPage(
    'status',
    statusPageArgs(model, page, {
      provider: p.primary,
      alarmProvider: p.usEast1,
      certificateProvider: p.usEast1,
      bucketRegion: model.infrastructure.awsRegion,
      ...(zone !== undefined
        ? { dns: { route53ZoneId: zone.route53ZoneId, route53Provider: p.primary, cloudflareZoneId: zone.cloudflareZoneId, cloudflareProvider: p.cloudflare } }
        : {}),
      alarmName: (id) => health.endpointAlarm(id),
    }),
  );
}
