/**
 * The model -> components, with explicit providers. Shared by `pulumi up` (stacks/index.ts) and
 * the offline plan (generators/plan), so the plan shows exactly what the program creates.
 * Each mapping lives in stacks/map/ as a pure function; this file only wires their results.
 */
import * as pulumi from '@pulumi/pulumi';
import type { Model } from '../model/model';
import { AlertRouting, BackupVault, HealthChecks, RedundantDns, ResiliencyPolicy, StatusPage } from '../components';
import { makeProviders, type Providers } from './providers';
import { DeferredTopics } from './topics';
import { mapEndpoints, healthChecksArgs, type MappedEndpoint } from './map/health';
import { mapDomains, redundantDnsArgs, type MappedDomain } from './map/dns';
import { mapBackups, backupVaultArgs } from './map/backup';
import { alertRoutingArgs, firstStageEmails, mapRoutes, routingShards, usesTelegram, type AlarmRef, type MappedRoute } from './map/alerts';
import { mapStatusPage, statusPageArgs } from './map/status';
import { resilienceTiers, resiliencyPolicyArgs } from './map/resilience';
import { sortNotes, type MappingNote, type Notes } from './map/notes';
import { CONFIG_KEYS, TELEGRAM_ENV } from './config';

export interface StackSecrets {
  cloudflareApiToken?: pulumi.Output<string>;
  telegramBotToken?: pulumi.Output<string>;
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
    throw new Error(
      `the blueprint's alerts reach people over Telegram, but no bot token is configured; run ` +
        `\`pulumi config set --secret ${CONFIG_KEYS.telegramBotToken} <token>\` or set ${TELEGRAM_ENV}`,
    );
  }
  const topics = new DeferredTopics();
  const endpoints = mapEndpoints(model, notes);
  const domains = mapDomains(model, new Set(endpoints.map((e) => e.spec.id)), notes);
  const health = buildHealth(model, endpoints, domains, routes, topics, providers, notes);
  const dns = buildDns(model, domains, health?.checks, providers);
  health?.settleZone(dns);
  const backups = buildBackups(model, routes, topics, providers, notes);
  const routings = [
    ...(health?.routings(secrets.telegramBotToken) ?? []),
    ...backups.routings(secrets.telegramBotToken),
  ];
  topics.assertSettled();
  const status = buildStatus(model, health?.checks, dns, providers, notes);
  const tiers = resilienceTiers(model);
  if (tiers.length > 0) new ResiliencyPolicy('resilience', resiliencyPolicyArgs(model, tiers, providers.primary));

  return {
    notes: sortNotes(notes),
    outputs: {
      nameServers: Object.fromEntries(dns.map((d) => [d.zone, { cloudflare: d.component.cloudflareNameServers, route53: d.component.route53NameServers }])),
      failoverGap: Object.fromEntries(dns.map((d) => [d.zone, d.component.failoverGap])),
      ...(status !== undefined ? { statusPageUrl: status.url } : {}),
      buckets: backups.buckets,
      topicArns: Object.fromEntries(routings.map((r) => [r.name, r.component.topicArns])),
    },
  };
}

interface BuiltZone {
  zone: string;
  name: string;
  component: RedundantDns;
}

function buildDns(model: Model, domains: readonly MappedDomain[], checks: HealthChecks | undefined, p: Providers): BuiltZone[] {
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
    ),
  }));
}

function buildHealth(
  model: Model,
  endpoints: readonly MappedEndpoint[],
  domains: readonly MappedDomain[],
  routes: readonly MappedRoute[],
  topics: DeferredTopics,
  p: Providers,
  notes: Notes,
) {
  if (endpoints.length === 0) return undefined;
  const alarms: AlarmRef[] = endpoints.map((e) => ({ key: e.spec.id, severity: e.severity, processes: e.processes, path: e.path }));
  const shards = routingShards('alerts-health', routes, alarms, notes);
  const shardOf = new Map(shards.flatMap((s) => s.alarms.map((a) => [a.key, s.name] as const)));
  // Cloudflare health checks live in one zone: the first domain whose plan has them.
  const cfDomain = domains.find((d) => d.domain.cloudflarePlan !== 'free');
  const [zoneId, resolveZone] = pulumi.deferredOutput<string>();
  const checks = new HealthChecks(
    'health',
    healthChecksArgs(model, endpoints, {
      topicArn: (e) => topics.arn(shardOf.get(e.spec.id) ?? 'alerts-health', e.severity),
      alarmProvider: p.usEast1,
      provider: p.primary,
      ...(cfDomain !== undefined ? { cloudflare: { zoneId, plan: cfDomain.domain.cloudflarePlan, provider: p.cloudflare } } : {}),
    }),
  );
  return {
    checks,
    settleZone(dns: readonly BuiltZone[]): void {
      const zone = dns.find((z) => z.name === cfDomain?.name);
      if (zone !== undefined) resolveZone(zone.component.cloudflareZoneId);
    },
    routings(telegramBotToken: pulumi.Output<string> | undefined) {
      const cfChecks = Object.keys(checks.cloudflareHealthCheckIds).sort().map((k) => checks.cloudflareHealthCheckIds[k] as pulumi.Output<string>);
      const emails = firstStageEmails(routes);
      return shards.map((shard, i) => {
        const cloudflare =
          i === 0 && cfChecks.length > 0 && emails.length > 0 && model.infrastructure.cloudflareAccountId !== undefined
            ? { accountId: model.infrastructure.cloudflareAccountId, healthCheckIds: cfChecks, emails, provider: p.cloudflare }
            : undefined;
        const component = new AlertRouting(
          shard.name,
          alertRoutingArgs(model, shard, (key) => checks.alarmNames[key] as pulumi.Output<string>, {
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

function buildBackups(model: Model, routes: readonly MappedRoute[], topics: DeferredTopics, p: Providers, notes: Notes) {
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
    built.set(v.name, new BackupVault(v.name, args));
  }
  const buckets = Object.fromEntries(
    [...built].map(([name, vault]) => [name, { vault: vault.bucketName, replica: vault.replicaBucketName, r2: vault.r2BucketName }]),
  );
  return {
    buckets,
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

function buildStatus(model: Model, checks: HealthChecks | undefined, dns: readonly BuiltZone[], p: Providers, notes: Notes): StatusPage | undefined {
  const page = mapStatusPage(model, new Set(Object.keys(checks?.alarmNames ?? {})), notes);
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
