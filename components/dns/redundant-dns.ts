/**
 * planb:dns:RedundantDns: one zone served by both Cloudflare and Route 53, so
 * the loss of either DNS provider leaves the names resolving. Failover records
 * are health-checked on Route 53; Cloudflare follows the strategy in
 * cloudflare-failover.ts.
 */
import * as pulumi from '@pulumi/pulumi';
import { withPhysicalNames } from '../common/physical-names';
import { keeperOpts } from '../common/protect';
import * as aws from '@pulumi/aws';
import * as cloudflare from '@pulumi/cloudflare';
import { type CommonArgs, checkSlug, planbTags } from '../common/tags';
import { childName } from '../common/names';
import {
  type DnsRecordSpec,
  type FailoverRecordSpec,
  checkRecords,
  checkZoneName,
  cloudflareValues,
  fqdn,
  recordKey,
  route53Values,
} from './records';
import { type CloudflareFailoverContext, loadBalancedRecord, staticPrimaryRecord } from './cloudflare-failover';

export type CloudflarePlan = 'free' | 'pro' | 'business' | 'enterprise';

export interface RedundantDnsArgs extends CommonArgs {
  /** The zone, e.g. "example.com". */
  zoneName: string;
  /** Records served identically by both providers. */
  records: DnsRecordSpec[];
  /** Health-checked records (primary while healthy, secondary otherwise). */
  failoverRecords?: FailoverRecordSpec[];
  cloudflare: {
    accountId: pulumi.Input<string>;
    plan: CloudflarePlan;
    /** True when the account has Cloudflare Load Balancing (a paid add-on). */
    loadBalancer: boolean;
  };
}

export class RedundantDns extends pulumi.ComponentResource {
  static readonly typeToken = 'planb:dns:RedundantDns' as const;

  readonly cloudflareZoneId: pulumi.Output<string>;
  readonly route53ZoneId: pulumi.Output<string>;
  readonly cloudflareNameServers: pulumi.Output<string[]>;
  readonly route53NameServers: pulumi.Output<string[]>;
  /**
   * FQDN and type ("www.example.com A") of every failover record that Cloudflare
   * serves without failover. Plain data, known before deployment, for the analysis.
   */
  readonly failoverGap: string[];

  constructor(name: string, args: RedundantDnsArgs, opts?: pulumi.ComponentResourceOptions) {
    super(RedundantDns.typeToken, name, {}, withPhysicalNames(opts));
    checkSlug('business', args.business);
    checkZoneName(args.zoneName);
    const failover = args.failoverRecords ?? [];
    checkRecords(args.records, failover);

    // Providers the Pulumi way: Route 53 (global) and Cloudflare come from `opts.providers`
    // ({ aws, cloudflare }), which the children inherit by package.
    const cfOpts: pulumi.CustomResourceOptions = { parent: this };
    const awsOpts: pulumi.CustomResourceOptions = { parent: this };
    const { cfZone, paidZoneId, r53Zone } = this.zones(name, args, cfOpts, awsOpts, opts);

    args.records.forEach((r) => {
      this.cloudflareRecord(name, args.zoneName, cfZone.id, r, cfOpts);
      this.route53Record(name, args.zoneName, r53Zone.zoneId, r, awsOpts);
    });
    const ctx: CloudflareFailoverContext = {
      component: name,
      zoneName: args.zoneName,
      zoneId: paidZoneId,
      accountId: args.cloudflare.accountId,
      opts: cfOpts,
    };
    const gap: string[] = [];
    failover.forEach((f) => {
      this.route53Failover(name, args.zoneName, r53Zone.zoneId, f, awsOpts);
      if (args.cloudflare.loadBalancer) {
        loadBalancedRecord(ctx, f);
      } else {
        staticPrimaryRecord(ctx, f);
        gap.push(`${fqdn(args.zoneName, f.name)} ${f.type}`);
      }
    });

    // Health checks are created with this id, so they wait for the paid plan too.
    this.cloudflareZoneId = paidZoneId;
    this.route53ZoneId = r53Zone.zoneId;
    this.cloudflareNameServers = cfZone.nameServers;
    this.route53NameServers = r53Zone.nameServers;
    this.failoverGap = gap.sort();
    this.registerOutputs({
      cloudflareZoneId: this.cloudflareZoneId,
      route53ZoneId: this.route53ZoneId,
      cloudflareNameServers: this.cloudflareNameServers,
      route53NameServers: this.route53NameServers,
      failoverGap: this.failoverGap,
    });
  }

  /** Both zones (protected), the Cloudflare plan the blueprint names, and multi-provider DNS on Cloudflare. */
  private zones(
    name: string,
    args: RedundantDnsArgs,
    cfOpts: pulumi.CustomResourceOptions,
    awsOpts: pulumi.CustomResourceOptions,
    opts: pulumi.ComponentResourceOptions | undefined,
  ): { cfZone: cloudflare.Zone; paidZoneId: pulumi.Output<string>; r53Zone: aws.route53.Zone } {
    const cfZone = new cloudflare.Zone(
      childName(name, 'cf-zone'),
      { account: { id: args.cloudflare.accountId }, name: args.zoneName, type: 'full' },
      keeperOpts(opts, cfOpts),
    );
    // A new zone starts on Free, where health checks and load balancers cannot be created: the
    // plan the blueprint names is subscribed explicitly, and everything that needs it waits for
    // it through `paidZoneId`. Enterprise is a contract, not a self-serve subscription.
    const subscription =
      args.cloudflare.plan === 'pro' || args.cloudflare.plan === 'business'
        ? new cloudflare.ZoneSubscription(
            childName(name, 'cf-plan'),
            { zoneId: cfZone.id, frequency: 'monthly', ratePlan: { id: args.cloudflare.plan } },
            cfOpts,
          )
        : undefined;
    const paidZoneId = subscription === undefined ? cfZone.id : pulumi.all([cfZone.id, subscription.id]).apply(([id]) => id);
    // Both providers answer for the zone; Cloudflare must accept foreign NS records.
    new cloudflare.ZoneDnsSettings(childName(name, 'cf-dns-settings'), { zoneId: cfZone.id, multiProvider: true }, cfOpts);
    const r53Zone = new aws.route53.Zone(
      childName(name, 'r53-zone'),
      { name: args.zoneName, comment: `Plan B redundant zone for ${args.business}`, tags: planbTags(args, name) },
      keeperOpts(opts, awsOpts),
    );
    return { cfZone, paidZoneId, r53Zone };
  }

  private cloudflareRecord(
    name: string,
    zone: string,
    zoneId: pulumi.Input<string>,
    r: DnsRecordSpec,
    opts: pulumi.CustomResourceOptions,
  ): void {
    for (const v of cloudflareValues(r)) {
      new cloudflare.DnsRecord(
        childName(name, 'cf', recordKey(r.name, r.type), v.key),
        {
          zoneId,
          name: fqdn(zone, r.name),
          type: r.type,
          ttl: r.ttl,
          // Proxying would make Cloudflare's answers differ from Route 53's.
          proxied: false,
          ...(v.content !== undefined ? { content: v.content } : {}),
          ...(v.priority !== undefined ? { priority: v.priority } : {}),
          ...(v.data !== undefined ? { data: v.data } : {}),
        },
        opts,
      );
    }
  }

  private route53Record(
    name: string,
    zone: string,
    zoneId: pulumi.Input<string>,
    r: DnsRecordSpec,
    opts: pulumi.CustomResourceOptions,
  ): void {
    new aws.route53.Record(
      childName(name, 'r53', recordKey(r.name, r.type)),
      { zoneId, name: fqdn(zone, r.name), type: r.type, ttl: r.ttl, records: route53Values(r) },
      opts,
    );
  }

  private route53Failover(
    name: string,
    zone: string,
    zoneId: pulumi.Input<string>,
    f: FailoverRecordSpec,
    opts: pulumi.CustomResourceOptions,
  ): void {
    const key = recordKey(f.name, f.type);
    const common = { zoneId, name: fqdn(zone, f.name), type: f.type, ttl: f.ttl };
    new aws.route53.Record(
      childName(name, 'r53-fo', key, 'primary'),
      {
        ...common,
        records: [f.primaryValue],
        setIdentifier: `${key}-primary`,
        failoverRoutingPolicies: [{ type: 'PRIMARY' }],
        healthCheckId: f.healthCheckId,
      },
      opts,
    );
    new aws.route53.Record(
      childName(name, 'r53-fo', key, 'secondary'),
      { ...common, records: [f.secondaryValue], setIdentifier: `${key}-secondary`, failoverRoutingPolicies: [{ type: 'SECONDARY' }] },
      opts,
    );
  }
}
