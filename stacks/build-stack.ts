/**
 * The model -> components, with explicit providers. Shared by `pulumi up` (stacks/index.ts) and
 * the offline plan (generators/plan), so the plan shows exactly what the program creates.
 * Each mapping lives in stacks/map/ as a pure function; this file only wires their results.
 */
import * as pulumi from '@pulumi/pulumi';
import type { Model } from '../model/model';
import { AlertRouting, BackupVault, HealthChecks, Probes, RedundantDns, ResiliencyPolicy, StatusPage } from '../components';
import { makeProviders, type Providers } from './providers';
import { DeferredTopics } from './topics';
import { mapEndpoints, healthChecksArgs, type MappedEndpoint } from './map/health';
import { mapProbes, probesArgs, type MappedProbe } from './map/probes';
import { mapDomains, redundantDnsArgs, type MappedDomain } from './map/dns';
import { mapBackups, backupVaultArgs } from './map/backup';
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
  const endpoints = mapEndpoints(model, notes);
  const domains = mapDomains(model, new Set(endpoints.map((e) => e.spec.id)));
  const probes = mapProbes(model, new Set(domains.map((d) => d.domain.name)));
  const health = buildHealth(model, endpoints, probes, domains, routes, topics, providers, notes);
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
  const status = secrets.phase === 'zones' ? withheldStatus(model, notes) : buildStatus(model, health?.checks, dns, providers);
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
      smokeTestAlarm: smokeTestAlarm(health?.checks, backups.alarmNames),
      topicArns: Object.fromEntries(routings.map((r) => [r.name, r.component.topicArns])),
    },
  };
}

function smokeTestAlarm(checks: HealthChecks | undefined, backupAlarms: readonly pulumi.Output<string>[]): pulumi.Output<string> | undefined {
  const health = Object.keys(checks?.alarmNames ?? {}).sort()[0];
  return health !== undefined ? checks?.alarmNames[health] : backupAlarms[0];
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
        route53Provider: p.primary,
        cloudflareProvider: p.cloudflare,
      }),
      keep,
    ),
  }));
}

/** Probe alarms share the us-east-1 routing with the health alarms; their keys never meet an endpoint id. */
const probeKey = (id: string) => `probe:${id}`;

/**
 * Route 53 health checks and the probes, with the us-east-1 alert routing both page through:
 * one set of topics (and confirmations) for everything that watches the business from outside.
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
) {
  if (endpoints.length === 0 && probes.length === 0) return undefined;
  const alarms: AlarmRef[] = [
    ...endpoints.map((e) => ({ key: e.spec.id, severity: e.severity, processes: e.processes, path: e.path })),
    ...probes.map((p) => ({ key: probeKey(p.id), severity: p.severity, processes: p.processes, path: p.path })),
  ];
  const shards = routingShards('alerts-health', routes, alarms, notes);
  const shardOf = new Map(shards.flatMap((s) => s.alarms.map((a) => [a.key, s.name] as const)));
  // Cloudflare health checks live in one zone: the first domain whose plan has them.
  const cfDomain = domains.find((d) => d.domain.cloudflarePlan !== 'free');
  const [zoneId, resolveZone] = pulumi.deferredOutput<string>();
  const topicOf = (key: string, severity: MappedEndpoint['severity']) => topics.arn(shardOf.get(key) ?? 'alerts-health', severity);
  const checks =
    endpoints.length === 0
      ? undefined
      : new HealthChecks(
          'health',
          healthChecksArgs(model, endpoints, {
            topicArn: (e) => topicOf(e.spec.id, e.severity),
            alarmProvider: p.usEast1,
            provider: p.primary,
            ...(cfDomain !== undefined ? { cloudflare: { zoneId, plan: cfDomain.domain.cloudflarePlan, provider: p.cloudflare } } : {}),
          }),
        );
  let probeAlarms: Record<string, pulumi.Output<string>> = {};
  const alarmName = (key: string) =>
    (key.startsWith('probe:') ? probeAlarms[key.slice('probe:'.length)] : checks?.alarmNames[key]) as pulumi.Output<string>;
  return {
    checks,
    settleZone(dns: readonly BuiltZone[]): void {
      const zone = dns.find((z) => z.name === cfDomain?.name);
      if (zone !== undefined) resolveZone(zone.component.cloudflareZoneId);
    },
    /** After the zones: a DNS probe asks the name servers they were given. */
    buildProbes(dns: readonly BuiltZone[]): void {
      if (probes.length === 0) return;
      const component = new Probes(
        'probes',
        probesArgs(model, probes, {
          topicArn: (probe) => topicOf(probeKey(probe.id), probe.severity),
          nameServers(zone) {
            // mapProbes keeps only DNS checks on zones built here, so the lookup always hits.
            const built = dns.find((z) => z.zone === zone)?.component;
            if (built === undefined) throw new Error(`internal: no zone ${zone} for a DNS probe`);
            return { cloudflare: built.cloudflareNameServers, route53: built.route53NameServers };
          },
          // With the topics of alerts-health: alarm actions are regional.
          provider: p.usEast1,
        }),
      );
      probeAlarms = component.alarmNames;
    },
    routings(telegramBotToken: pulumi.Output<string> | undefined) {
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
    },
  };
}

function buildBackups(model: Model, routes: readonly MappedRoute[], topics: DeferredTopics, p: Providers, notes: Notes, keep: pulumi.ComponentResourceOptions) {
  const vaults = mapBackups(model, notes);
  const alarms: AlarmRef[] = vaults.map((v) => ({ key: v.name, severity: v.severity, processes: v.processes, path: v.copy.path }));
  const shards = routingShards('alerts-backup', routes, alarms, notes);
  const shardOf = new Map(shards.flatMap((s) => s.alarms.map((a) => [a.key, s.name] as const)));
  const accountId = model.infrastructure.cloudflareAccountId;
  const built = new Map<string, BackupVault>();
  for (const v of vaults) {
    const args = backupVaultArgs(model, v, {
      alarmTopicArns: [topics.arn(shardOf.get(v.name) ?? 'alerts-backup', v.severity)],
      provider: p.primary,
      replicaProvider: p.replica,
      ...(accountId !== undefined ? { cloudflare: { accountId, provider: p.cloudflare } } : {}),
    });
    built.set(v.name, new BackupVault(v.name, args, keep));
  }
  const buckets = Object.fromEntries(
    [...built].map(([name, vault]) => [name, { vault: vault.bucketName, replica: vault.replicaBucketName, r2: vault.r2BucketName }]),
  );
  return {
    buckets,
    alarmNames: [...built.values()].map((vault) => vault.freshnessAlarmName),
    routings(telegramBotToken: pulumi.Output<string> | undefined) {
      return shards.map((shard) => {
        const component = new AlertRouting(
          shard.name,
          alertRoutingArgs(model, shard, (key) => (built.get(key) as BackupVault).freshnessAlarmName, {
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

function buildStatus(model: Model, checks: HealthChecks | undefined, dns: readonly BuiltZone[], p: Providers): StatusPage | undefined {
  const page = mapStatusPage(model, new Set(Object.keys(checks?.alarmNames ?? {})));
  if (page === undefined || checks === undefined) return undefined;
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
      alarmName: (id) => checks.alarmNames[id] as pulumi.Output<string>,
    }),
  );
}
