/**
 * The model -> components, with explicit providers. Shared by `pulumi up` (stacks/index.ts) and
 * the offline plan (generators/plan), so the plan shows exactly what the program creates.
 * Each mapping lives in stacks/map/ as a pure function; this file only wires their results.
 */
import * as pulumi from '@pulumi/pulumi';
import type { Model } from '../model/model';
import { AlertRouting, BackupVaults, HealthChecks, Probes, RedundantDns, ResiliencyPolicy, StatusPage } from '../components';
import { makeProviders, type Providers } from './providers';
import { mapEndpoints, healthChecksArgs, splitEndpoints, type MappedEndpoint } from './map/health';
import { mapProbes, probesArgs, upProbe, upProbeId, type MappedProbe } from './map/probes';
import { mapDomains, redundantDnsArgs, type MappedDomain } from './map/dns';
import { BACKUP_COMPONENT, backupVaultsArgs, mapBackups, type MappedVault } from './map/backup';
import { alarmNamePrefixes, endpointAlarms, mapAlerts, probeAlarms, vaultAlarm, type MappedAlerts } from './map/alerts';
import type { PagedAlarm, StatusFeed } from '../components/alerts/args';
import { mapStatusPage, statusPageArgs } from './map/status';
import { resilienceTiers, resiliencyPolicyArgs } from './map/resilience';
import { sortNotes, type MappingNote, type Notes } from './map/notes';
import { builtAlarms } from '../model/alarms';
import { statusPageBuilt } from '../model/buildable';
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
  // The pager needs both alarms to carry and routes to carry them; without either it is left out
  // with a note (the analysis reports alarms no route carries as PB132), as validate promised.
  // Its secrets are asked for first, so a missing one stops the program before it registers anything.
  const firstAlarm = builtAlarms(model)[0];
  const alertKeys = alerts !== undefined && firstAlarm !== undefined ? alertSecrets(alerts, secrets) : undefined;
  if (alertKeys === undefined) notePagerLeftOut(model, firstAlarm?.path, notes);
  // The pager lives in the primary region; alarms in us-east-1 (where Route 53's metrics are)
  // reach it through a cross-region EventBridge rule. Alarms need no action: EventBridge hears
  // every state change (components/common/alarm-actions.ts).
  const usEast1 = model.infrastructure.awsRegion === 'us-east-1' ? 'primary' : 'us-east-1';
  // Route 53 checks only what DNS failover needs; the probe watches every other endpoint.
  const { route53, probed } = splitEndpoints(model, mapEndpoints(model, notes));
  const domains = mapDomains(model, new Set(route53.map((e) => e.spec.id)));
  const probes = [...probed.map(upProbe), ...mapProbes(model, new Set(domains.map((d) => d.domain.name)))];
  // A Cloudflare health check tells someone only through the notification policy (first-stage
  // e-mails on the Cloudflare account); without one it would watch for nobody, beside the Route 53
  // check and alarm that already page, so none is made.
  const cloudflareNotifies =
    alerts !== undefined && firstStageEmails(alerts).length > 0 && model.infrastructure.cloudflareAccountId !== undefined;
  const health = buildHealth(model, route53, probes, domains, providers, cloudflareNotifies);
  // Components protect zones and backup buckets themselves (keeperOpts); a component-level
  // protect would reach every child, so only planb:protect=false is passed down.
  const keep: pulumi.ComponentResourceOptions = secrets.protect === false ? { protect: false } : {};
  const dns = buildDns(model, domains, health?.checks, providers, keep);
  health?.settleZone(dns);
  health?.buildProbes(dns);
  const backups = buildBackups(model, providers, notes, keep);
  // Before the pager, which keeps the page's status.json current.
  const status = secrets.phase === 'zones' ? withheldStatus(model, notes) : buildStatus(model, health, dns, providers);
  const routing =
    alerts !== undefined && alertKeys !== undefined
      ? buildAlertRouting(
          model,
          alerts,
          alertKeys,
          [...(health?.alarms() ?? []), ...backups.alarms],
          health?.cloudflare(alerts),
          backups.journalBucket,
          [...(health?.components ?? []), ...backups.components],
          { usEast1, status: status?.feed },
          providers,
        )
      : undefined;
  const tiers = resilienceTiers(model);
  if (tiers.length > 0) new ResiliencyPolicy('resilience', resiliencyPolicyArgs(model, tiers, providers.primary));

  return {
    notes: sortNotes(notes),
    outputs: {
      nameServers: Object.fromEntries(
        dns.map((d) => [d.zone, { cloudflare: d.component.cloudflareNameServers, route53: d.component.route53NameServers }]),
      ),
      failoverGap: Object.fromEntries(dns.map((d) => [d.zone, d.component.failoverGap])),
      ...(status !== undefined ? { statusPageUrl: status.url } : {}),
      buckets: backups.buckets,
      // An alarm the sandbox smoke test sets to ALARM, to page people through the real path.
      smokeTestAlarm: smokeTestAlarm(health, backups.alarmNames),
      // Give `<webhookUrl>/telegram` to Telegram's setWebhook with the webhook secret (docs/operations.md).
      ...(routing !== undefined ? { webhookUrl: routing.webhookUrl, failingTopicArn: routing.failingTopicArn } : {}),
    },
  };
}

/** Why no pager is built, said where the blueprint would change. */
function notePagerLeftOut(model: Model, firstAlarm: string | undefined, notes: Notes): void {
  const first = model.alerts[0];
  if (first !== undefined) {
    notes.push({
      path: first.path,
      message:
        'no pager is built: nothing in the blueprint raises an alarm (no monitoring endpoint, business check, domain expiryWatch or backup-bucket copy), so the alert routes have nothing to carry',
    });
  } else if (firstAlarm !== undefined) {
    const page =
      model.statusPage !== undefined && statusPageBuilt(model.statusPage.hosting) ? ', and the status page is never updated' : '';
    notes.push({
      path: firstAlarm,
      message: `no pager is built: there is no alert route, so the alarms page nobody (PB132)${page}; add a route under alerts`,
    });
  }
}

function smokeTestAlarm(
  health: HealthWiring | undefined,
  backupAlarms: readonly pulumi.Output<string>[],
): pulumi.Output<string> | undefined {
  const first = health?.endpointIds()[0];
  return first !== undefined ? health?.endpointAlarm(first) : backupAlarms[0];
}

interface BuiltZone {
  zone: string;
  name: string;
  component: RedundantDns;
}

function buildDns(
  model: Model,
  domains: readonly MappedDomain[],
  checks: HealthChecks | undefined,
  p: Providers,
  keep: pulumi.ComponentResourceOptions,
): BuiltZone[] {
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

/** What the stack needs from the monitoring side once it is built. */
interface HealthWiring {
  checks: HealthChecks | undefined;
  /** Ids of the endpoints that have an up/down alarm (a Route 53 check's or the probe's), sorted. */
  endpointIds(): string[];
  /** The up/down alarm of an endpoint, wherever it lives. */
  endpointAlarm(id: string): pulumi.Output<string>;
  settleZone(dns: readonly BuiltZone[]): void;
  /** After the zones: a DNS probe asks the name servers they were given. */
  buildProbes(dns: readonly BuiltZone[]): void;
  /** Every alarm the pager serves, with its journal id. */
  alarms(): PagedAlarm[];
  /** Components whose alarms the pager serves (their names are the alarm-name prefixes). */
  components: string[];
  /** Cloudflare's own health checks e-mail the people paged first. */
  cloudflare(alerts: MappedAlerts): CloudflareAlerts | undefined;
}

type CloudflareAlerts = { accountId: string; healthCheckIds: pulumi.Output<string>[]; emails: string[] };

/**
 * Route 53 health checks (failover endpoints only) and the probes (every other endpoint and what
 * Route 53 cannot see), in us-east-1 (Route 53's metrics live there), both watching the business
 * from outside; their alarms reach the pager through EventBridge.
 */
function buildHealth(
  model: Model,
  endpoints: readonly MappedEndpoint[],
  probes: readonly MappedProbe[],
  domains: readonly MappedDomain[],
  p: Providers,
  cloudflareNotifies: boolean,
): HealthWiring | undefined {
  if (endpoints.length === 0 && probes.length === 0) return undefined;
  // Cloudflare health checks live in one zone: the first domain whose plan has them, when someone is told.
  const cfDomain = cloudflareNotifies ? domains.find((d) => d.domain.cloudflarePlan !== 'free') : undefined;
  const [zoneId, resolveZone] = pulumi.deferredOutput<string>();
  const checks = endpoints.length === 0 ? undefined : newHealthChecks(model, endpoints, p, cfDomain, zoneId);
  let probeAlarmNames: Record<string, pulumi.Output<string>> = {};
  const upIds = new Set(probes.filter((pr) => pr.check.kind === 'http' || pr.check.kind === 'tcp').map((pr) => pr.id));
  const probedEndpoints = model.endpoints.map((e) => e.id).filter((id) => upIds.has(upProbeId(id)));
  return {
    checks,
    endpointIds: () => [...endpoints.map((e) => e.spec.id), ...probedEndpoints].sort(),
    endpointAlarm: (id) => (checks?.alarmNames[id] ?? probeAlarmNames[upProbeId(id)]) as pulumi.Output<string>,
    settleZone(dns) {
      const zone = dns.find((z) => z.name === cfDomain?.name);
      if (zone !== undefined) resolveZone(zone.component.cloudflareZoneId);
    },
    buildProbes(dns) {
      if (probes.length > 0) probeAlarmNames = newProbes(model, probes, dns, p).alarmNames;
    },
    alarms: () => [...endpointAlarms(checks?.alarmNames ?? {}), ...probeAlarms(model, probes, probeAlarmNames)],
    components: [...(endpoints.length > 0 ? ['health'] : []), ...(probes.length > 0 ? ['probes'] : [])],
    cloudflare(alerts) {
      const cfIds = checks?.cloudflareHealthCheckIds ?? {};
      const cfChecks = Object.keys(cfIds)
        .sort()
        .map((k) => cfIds[k] as pulumi.Output<string>);
      const emails = firstStageEmails(alerts);
      const accountId = model.infrastructure.cloudflareAccountId;
      return cfChecks.length > 0 && emails.length > 0 && accountId !== undefined
        ? { accountId, healthCheckIds: cfChecks, emails }
        : undefined;
    },
  };
}

function newHealthChecks(
  model: Model,
  endpoints: readonly MappedEndpoint[],
  p: Providers,
  cfDomain: MappedDomain | undefined,
  zoneId: pulumi.Output<string>,
): HealthChecks {
  return new HealthChecks(
    'health',
    healthChecksArgs(model, endpoints, {
      alarmProvider: p.usEast1,
      ...(cfDomain !== undefined ? { cloudflare: { zoneId, plan: cfDomain.domain.cloudflarePlan } } : {}),
    }),
    { providers: { aws: p.primary, cloudflare: p.cloudflare } },
  );
}

function newProbes(model: Model, probes: readonly MappedProbe[], dns: readonly BuiltZone[], p: Providers): Probes {
  return new Probes(
    'probes',
    probesArgs(model, probes, {
      nameServers(zone) {
        // mapProbes keeps only DNS checks on zones built here, so the lookup always hits.
        const built = dns.find((z) => z.zone === zone)?.component;
        if (built === undefined) throw new Error(`internal: no zone ${zone} for a DNS probe`);
        return { cloudflare: built.cloudflareNameServers, route53: built.route53NameServers };
      },
    }),
    // One region (us-east-1, like the health alarms), so the provider comes the Pulumi way,
    // through the component's options.
    { providers: { aws: p.usEast1 } },
  );
}

/** One BackupVaults for every backup copy: a vault per lock class, a prefix and an alarm per copy. */
function buildBackups(model: Model, p: Providers, notes: Notes, keep: pulumi.ComponentResourceOptions) {
  const sets = mapBackups(model, notes);
  const accountId = model.infrastructure.cloudflareAccountId;
  const vaults =
    sets.length === 0
      ? undefined
      : new BackupVaults(
          BACKUP_COMPONENT,
          backupVaultsArgs(model, sets, {
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
    alarmNames: Object.keys(alarmNames)
      .sort()
      .map((k) => alarmNames[k] as pulumi.Output<string>),
    alarms: sets.map((v) => vaultAlarm(v, alarmNames[v.name] as pulumi.Output<string>)),
    components: vaults === undefined ? [] : [BACKUP_COMPONENT],
    journalBucket: vaults === undefined ? undefined : journalVault(sets, vaults),
  };
}

/**
 * The journal goes into a vault, object-locked and replicated like the backups: the first locked
 * data set's vault (by id), else the first data set's. Its `planb/` prefix never meets a data
 * set's, whose ids always hold a dash (`<data>-<copy>`).
 */
function journalVault(sets: readonly MappedVault[], vaults: BackupVaults): pulumi.Output<string> {
  const byId = [...sets].sort((a, b) => a.name.localeCompare(b.name));
  const chosen = byId.find((v) => v.objectLock !== undefined) ?? byId[0]!;
  return vaults.locations[chosen.name]!.bucket;
}

/** Stack output, per copy: where its backup job writes (vault and prefix), and the shared copies' buckets. */
function backupOutputs(vaults: BackupVaults): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(vaults.locations).map(([id, at]) => [
      id,
      { vault: at.bucket, prefix: at.prefix, replica: vaults.replicaBucketName, r2: vaults.r2BucketName },
    ]),
  );
}

/** The one pager, in the primary region; us-east-1's alarms come through a cross-region rule. */
function buildAlertRouting(
  model: Model,
  alerts: MappedAlerts,
  keys: ReturnType<typeof alertSecrets>,
  alarms: PagedAlarm[],
  cloudflare: CloudflareAlerts | undefined,
  journalBucket: pulumi.Output<string> | undefined,
  components: readonly string[],
  where: { usEast1: string; status: StatusFeed | undefined },
  p: Providers,
): AlertRouting {
  const { usEast1, status } = where;
  return new AlertRouting(
    'alerts',
    {
      business: model.business.slug,
      runtime: alerts.runtime,
      alarms,
      alarmNamePrefixes: alarmNamePrefixes(components),
      secrets: keys,
      ...(journalBucket !== undefined ? { journal: { bucketName: journalBucket, prefix: 'planb/' } } : {}),
      ...(alerts.emailFrom !== undefined ? { emailFrom: alerts.emailFrom } : {}),
      fallback: alerts.fallback,
      region: model.infrastructure.awsRegion,
      ...(usEast1 !== 'primary' ? { forwardFrom: [{ region: 'us-east-1', provider: p.usEast1 }] } : {}),
      ...(cloudflare !== undefined ? { cloudflare } : {}),
      ...(status !== undefined ? { status } : {}),
    },
    { providers: { aws: p.primary, cloudflare: p.cloudflare } },
  );
}

/** Phase `zones`: the status page's certificate needs the delegation the registrar has not made yet. */
function withheldStatus(model: Model, notes: Notes): undefined {
  if (model.statusPage !== undefined) {
    notes.push({
      path: model.statusPage.path,
      message:
        'phase zones: the status page waits for phase all (its certificate is validated through the new zones, so set the name servers at the registrar first)',
    });
  }
  return undefined;
}

function buildStatus(model: Model, health: HealthWiring | undefined, dns: readonly BuiltZone[], p: Providers): StatusPage | undefined {
  const page = mapStatusPage(model, new Set(health?.endpointIds() ?? []));
  if (page === undefined || health === undefined) return undefined;
  const zone = dns.find((z) => z.zone === page.domain)?.component;
  return new StatusPage(
    'status',
    statusPageArgs(model, page, {
      // The health alarms live in us-east-1 (where Route 53 publishes its metrics).
      alarmRegion: 'us-east-1',
      certificateProvider: p.usEast1,
      bucketRegion: model.infrastructure.awsRegion,
      ...(zone !== undefined
        ? {
            dns: {
              route53ZoneId: zone.route53ZoneId,
              cloudflareZoneId: zone.cloudflareZoneId,
            },
          }
        : {}),
      alarmName: (id) => health.endpointAlarm(id),
    }),
    // The bucket's region and both zones' providers come the Pulumi way; only the certificate's us-east-1 is an argument.
    { providers: { aws: p.primary, cloudflare: p.cloudflare } },
  );
}
