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
import { alarmNamePrefixes, endpointAlarms, mapAlerts, probeAlarms, vaultAlarm, type MappedAlerts } from './map/alerts';
import type { PagedAlarm } from '../components/alerts/args';
import { mapStatusPage, statusPageArgs } from './map/status';
import { resilienceTiers, resiliencyPolicyArgs } from './map/resilience';
import { sortNotes, type MappingNote, type Notes } from './map/notes';
import { CONFIG_KEYS, TELEGRAM_ENV, type DeployPhase } from './config';
import { alertSecrets, firstStageEmails } from './alert-secrets';

export interface StackSecrets {
  cloudflareApiToken?: pulumi.Output<string>;
  telegramBotToken?: pulumi.Output<string>;
  /** `planb:telegramWebhookSecret`: Telegram sends it with every update to the webhook. */
  telegramWebhookSecret?: pulumi.Output<string>;
  /** `planb:ackLinkKey`: the HMAC key of acknowledgement links. */
  ackLinkKey?: pulumi.Output<string>;
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
  const alerts = mapAlerts(model, notes);
  const alertKeys = alerts !== undefined ? alertSecrets(alerts, secrets) : undefined;
  const topics = new DeferredTopics();
  // Alarm actions are regional: each alarm names a topic of its own region.
  const usEast1 = model.infrastructure.awsRegion === 'us-east-1' ? 'primary' : 'us-east-1';
  const endpoints = mapEndpoints(model, notes);
  const domains = mapDomains(model, new Set(endpoints.map((e) => e.spec.id)), notes);
  const probes = mapProbes(model, new Set(domains.map((d) => d.domain.name)), notes);
  const health = buildHealth(model, endpoints, probes, domains, topics.arn(usEast1), providers);
  // Components protect zones and backup buckets themselves (keeperOpts); a component-level
  // protect would reach every child, so only planb:protect=false is passed down.
  const keep: pulumi.ComponentResourceOptions = secrets.protect === false ? { protect: false } : {};
  const dns = buildDns(model, domains, health?.checks, providers, keep);
  health?.settleZone(dns);
  health?.buildProbes(dns);
  const backups = buildBackups(model, topics.arn('primary'), providers, notes, keep);
  const routing =
    alerts !== undefined && alertKeys !== undefined
      ? buildAlertRouting(model, alerts, alertKeys, [...(health?.alarms() ?? []), ...backups.alarms], health?.cloudflare(alerts), backups.journalBucket, [...(health?.components ?? []), ...backups.components], usEast1, providers)
      : undefined;
  if (routing !== undefined) topics.settle(routing.alarmActionArns);
  else if (endpoints.length + probes.length + backups.alarmNames.length > 0) {
    throw new pulumi.RunError('the blueprint watches things but has no alert route; add one under `alerts` so its alarms reach a person');
  }
  topics.assertSettled();
  const status = secrets.phase === 'zones' ? withheldStatus(model, notes) : buildStatus(model, health?.checks, dns, providers, notes);
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
      // Give `<webhookUrl>/telegram` to Telegram's setWebhook with the webhook secret (docs/operations.md).
      ...(routing !== undefined ? { webhookUrl: routing.webhookUrl, failingTopicArn: routing.failingTopicArn } : {}),
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

/**
 * Route 53 health checks and the probes, in us-east-1 (Route 53's metrics live there), both
 * watching the business from outside; their alarms reach the pager through EventBridge.
 */
function buildHealth(
  model: Model,
  endpoints: readonly MappedEndpoint[],
  probes: readonly MappedProbe[],
  domains: readonly MappedDomain[],
  alarmAction: pulumi.Output<string>,
  p: Providers,
) {
  if (endpoints.length === 0 && probes.length === 0) return undefined;
  // Cloudflare health checks live in one zone: the first domain whose plan has them.
  const cfDomain = domains.find((d) => d.domain.cloudflarePlan !== 'free');
  const [zoneId, resolveZone] = pulumi.deferredOutput<string>();
  const checks =
    endpoints.length === 0
      ? undefined
      : new HealthChecks(
          'health',
          healthChecksArgs(model, endpoints, {
            topicArn: () => alarmAction,
            alarmProvider: p.usEast1,
            provider: p.primary,
            ...(cfDomain !== undefined ? { cloudflare: { zoneId, plan: cfDomain.domain.cloudflarePlan, provider: p.cloudflare } } : {}),
          }),
        );
  let probeAlarmNames: Record<string, pulumi.Output<string>> = {};
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
          topicArn: () => alarmAction,
          nameServers(zone) {
            // mapProbes keeps only DNS checks on zones built here, so the lookup always hits.
            const built = dns.find((z) => z.zone === zone)?.component;
            if (built === undefined) throw new Error(`internal: no zone ${zone} for a DNS probe`);
            return { cloudflare: built.cloudflareNameServers, route53: built.route53NameServers };
          },
          provider: p.usEast1,
        }),
      );
      probeAlarmNames = component.alarmNames;
    },
    alarms(): PagedAlarm[] {
      return [...endpointAlarms(checks?.alarmNames ?? {}), ...probeAlarms(model, probes, probeAlarmNames)];
    },
    /** Components whose alarms the pager serves (their names are the alarm-name prefixes). */
    components: [...(endpoints.length > 0 ? ['health'] : []), ...(probes.length > 0 ? ['probes'] : [])],
    /** Cloudflare's own health checks e-mail the people paged first. */
    cloudflare(alerts: MappedAlerts) {
      const cfIds = checks?.cloudflareHealthCheckIds ?? {};
      const cfChecks = Object.keys(cfIds).sort().map((k) => cfIds[k] as pulumi.Output<string>);
      const emails = firstStageEmails(alerts);
      const accountId = model.infrastructure.cloudflareAccountId;
      return cfChecks.length > 0 && emails.length > 0 && accountId !== undefined ? { accountId, healthCheckIds: cfChecks, emails, provider: p.cloudflare } : undefined;
    },
  };
}

function buildBackups(model: Model, alarmAction: pulumi.Output<string>, p: Providers, notes: Notes, keep: pulumi.ComponentResourceOptions) {
  const vaults = mapBackups(model, notes);
  const accountId = model.infrastructure.cloudflareAccountId;
  const built = new Map<string, BackupVault>();
  for (const v of vaults) {
    const args = backupVaultArgs(model, v, {
      alarmTopicArns: [alarmAction],
      provider: p.primary,
      replicaProvider: p.replica,
      ...(accountId !== undefined ? { cloudflare: { accountId, provider: p.cloudflare } } : {}),
    });
    built.set(v.name, new BackupVault(v.name, args, keep));
  }
  const buckets = Object.fromEntries(
    [...built].map(([name, vault]) => [name, { vault: vault.bucketName, replica: vault.replicaBucketName, r2: vault.r2BucketName }]),
  );
  // The journal goes into the first vault (by name): object-locked and replicated like the backups.
  const first = [...built.keys()].sort()[0];
  return {
    buckets,
    alarmNames: [...built.values()].map((vault) => vault.freshnessAlarmName),
    alarms: vaults.map((v) => vaultAlarm(v, (built.get(v.name) as BackupVault).freshnessAlarmName)),
    components: vaults.map((v) => v.name),
    journalBucket: first !== undefined ? (built.get(first) as BackupVault).bucketName : undefined,
  };
}

/** The one pager, in the primary region; us-east-1's alarms come through a cross-region rule. */
function buildAlertRouting(
  model: Model,
  alerts: MappedAlerts,
  keys: ReturnType<typeof alertSecrets>,
  alarms: PagedAlarm[],
  cloudflare: ReturnType<NonNullable<ReturnType<typeof buildHealth>>['cloudflare']>,
  journalBucket: pulumi.Output<string> | undefined,
  components: readonly string[],
  usEast1: string,
  p: Providers,
): AlertRouting {
  return new AlertRouting('alerts', {
    business: model.business.slug,
    runtime: alerts.runtime,
    alarms,
    alarmNamePrefixes: alarmNamePrefixes(components),
    secrets: keys,
    ...(journalBucket !== undefined ? { journal: { bucketName: journalBucket, prefix: 'planb/' } } : {}),
    ...(alerts.emailFrom !== undefined ? { emailFrom: alerts.emailFrom } : {}),
    fallback: alerts.fallback,
    provider: p.primary,
    region: model.infrastructure.awsRegion,
    ...(usEast1 !== 'primary' ? { forwardFrom: [{ region: 'us-east-1', provider: p.usEast1 }] } : {}),
    ...(cloudflare !== undefined ? { cloudflare } : {}),
  });
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
