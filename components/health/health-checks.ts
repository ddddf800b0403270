/**
 * planb:health:HealthChecks: a Route 53 health check per endpoint and a
 * CloudWatch alarm on it. Route 53 publishes HealthCheckStatus only in
 * us-east-1, so the alarms take an explicit us-east-1 provider. Cloudflare
 * health checks are added where the zone's plan has them (Pro and above).
 */
import * as pulumi from '@pulumi/pulumi';
import { withPhysicalNames } from '../common/physical-names';
import * as aws from '@pulumi/aws';
import * as cloudflare from '@pulumi/cloudflare';
import { type CommonArgs, checkSlug, planbTags } from '../common/tags';
import { childName } from '../common/names';
import { alarmActions } from '../common/alarm-actions';
import type { CloudflarePlan } from '../dns/redundant-dns';
import { type EndpointSpec, checkEndpoints } from './endpoints';

export interface HealthChecksArgs extends CommonArgs {
  endpoints: EndpointSpec[];
  /**
   * MUST be a us-east-1 provider: the only region with Route 53 metrics. The one explicit
   * provider; the (global) health checks and the Cloudflare checks take theirs from the
   * component's `opts.providers` ({ aws, cloudflare }), the Pulumi way.
   */
  alarmProvider: aws.Provider;
  /** Cloudflare health checks, created only on Pro, Business and Enterprise zones. */
  cloudflare?: { zoneId: pulumi.Input<string>; plan: CloudflarePlan };
}

const IPV4 = /^(\d{1,3})(\.\d{1,3}){3}$/;

/** Cloudflare offers standalone health checks only on paid plans. */
export function cloudflareHasHealthChecks(plan: CloudflarePlan): boolean {
  return plan !== 'free';
}

export class HealthChecks extends pulumi.ComponentResource {
  static readonly typeToken = 'planb:health:HealthChecks' as const;

  /** Endpoint id -> Route 53 health check id. */
  readonly healthCheckIds: Record<string, pulumi.Output<string>> = {};
  /** Endpoint id -> alarm ARN / name. */
  readonly alarmArns: Record<string, pulumi.Output<string>> = {};
  readonly alarmNames: Record<string, pulumi.Output<string>> = {};
  /** Endpoint id -> Cloudflare health check id (empty on the free plan). */
  readonly cloudflareHealthCheckIds: Record<string, pulumi.Output<string>> = {};

  constructor(name: string, args: HealthChecksArgs, opts?: pulumi.ComponentResourceOptions) {
    super(HealthChecks.typeToken, name, {}, withPhysicalNames(opts));
    checkSlug('business', args.business);
    checkEndpoints(args.endpoints);
    const cf = args.cloudflare !== undefined && cloudflareHasHealthChecks(args.cloudflare.plan) ? args.cloudflare : undefined;

    for (const e of args.endpoints) {
      const tags = planbTags(args, name, e.process);
      const check = this.route53Check(name, e, tags);
      const alarm = this.statusAlarm(name, e, check, tags, args.alarmProvider);
      this.healthCheckIds[e.id] = check.id;
      this.alarmArns[e.id] = alarm.arn;
      this.alarmNames[e.id] = alarm.name;
      if (cf !== undefined) this.cloudflareHealthCheckIds[e.id] = this.cloudflareCheck(name, e, cf).id;
    }
    this.registerOutputs({
      healthCheckIds: this.healthCheckIds,
      alarmArns: this.alarmArns,
      alarmNames: this.alarmNames,
      cloudflareHealthCheckIds: this.cloudflareHealthCheckIds,
    });
  }

  private route53Check(name: string, e: EndpointSpec, tags: Record<string, string>): aws.route53.HealthCheck {
    return new aws.route53.HealthCheck(
      childName(name, e.id),
      {
        type: e.type,
        // Route 53 resolves `fqdn` through DNS; a bare IPv4 address (a router's VPN port) goes in ipAddress.
        ...(IPV4.test(e.fqdn) ? { ipAddress: e.fqdn } : { fqdn: e.fqdn }),
        port: e.port,
        ...(e.type === 'TCP' ? {} : { resourcePath: e.path ?? '/' }),
        ...(e.searchString !== undefined ? { searchString: e.searchString } : {}),
        // SNI makes HTTPS checks hit the right virtual host and certificate.
        ...(e.type.startsWith('HTTPS') ? { enableSni: true } : {}),
        failureThreshold: e.failureThreshold,
        requestInterval: e.requestInterval,
        regions: [...new Set(e.regions)].sort(),
        tags: { ...tags, Name: `${name}-${e.id}` },
      },
      { parent: this },
    );
  }

  private statusAlarm(
    name: string,
    e: EndpointSpec,
    check: aws.route53.HealthCheck,
    tags: Record<string, string>,
    provider: aws.Provider,
  ): aws.cloudwatch.MetricAlarm {
    return new aws.cloudwatch.MetricAlarm(
      childName(name, e.id, 'alarm'),
      {
        alarmDescription: `${e.fqdn} (${e.type}) is failing its Route 53 health check`,
        namespace: 'AWS/Route53',
        metricName: 'HealthCheckStatus',
        dimensions: { HealthCheckId: check.id },
        statistic: 'Minimum',
        period: 60,
        evaluationPeriods: 1,
        comparisonOperator: 'LessThanThreshold',
        threshold: 1,
        // No data means the check itself is gone or stopped: treat it as down.
        treatMissingData: 'breaching',
        ...alarmActions(e.alarmTopicArn),
        tags,
      },
      { parent: this, provider },
    );
  }

  private cloudflareCheck(name: string, e: EndpointSpec, cf: NonNullable<HealthChecksArgs['cloudflare']>): cloudflare.Healthcheck {
    const http = e.type !== 'TCP';
    return new cloudflare.Healthcheck(
      childName(name, e.id, 'cf'),
      {
        zoneId: cf.zoneId,
        name: childName(name, e.id),
        address: e.fqdn,
        type: http ? (e.type === 'HTTP' || e.type === 'HTTP_STR_MATCH' ? 'HTTP' : 'HTTPS') : 'TCP',
        consecutiveFails: e.failureThreshold,
        interval: 60,
        ...(http
          ? {
              httpConfig: {
                method: 'GET',
                path: e.path ?? '/',
                port: e.port,
                // Route 53 counts any 2xx or 3xx answer as healthy and does not follow redirects;
                // Cloudflare must mean the same, or the two would disagree on a redirect.
                expectedCodes: ['2xx', '3xx'],
                followRedirects: false,
                ...(e.searchString !== undefined ? { expectedBody: e.searchString } : {}),
              },
            }
          : { tcpConfig: { method: 'connection_established', port: e.port } }),
      },
      { parent: this },
    );
  }
}
