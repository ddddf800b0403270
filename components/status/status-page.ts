/**
 * planb:status:StatusPage: a static page at status.<domain>, on S3 (private)
 * behind CloudFront with Origin Access Control and an ACM certificate from
 * us-east-1. It lives on AWS, apart from the business's own hosting. It is kept
 * current by the pager (AlertRouting), which the stack gives this page's `feed`.
 */
import * as pulumi from '@pulumi/pulumi';
import { withPhysicalNames } from '../common/physical-names';
import * as aws from '@pulumi/aws';
import * as cloudflare from '@pulumi/cloudflare';
import { type CommonArgs, checkSlug, planbTags } from '../common/tags';
import { checkUniqueIds, childName } from '../common/names';
import { policy } from '../common/policy';
import { tlsOnlyPolicy } from '../backup/hardened-bucket';
import type { StatusFeed } from '../alerts/args';
import { STATUS_KEY } from './feed';
import { siteDns, validationDns, type StatusPageZones } from './status-dns';
import { isZoneName } from '../dns/records';

/** AWS managed CloudFront policies (stable, documented ids). */
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const SECURITY_HEADERS = '67f7725c-6f97-4210-82d7-5512b31e9d03';

export interface StatusComponent {
  id: string;
  name: string;
  /** Alarms whose state decides this component's status; all in `alarmRegion`. */
  alarmNames: pulumi.Input<string>[];
}

export interface StatusPageArgs extends CommonArgs {
  /** The page is served at status.<domain>. */
  domain: string;
  /** Full HTML of the page (see placeholderStatusPage); it must read status.json from its origin. */
  html: string;
  components: StatusComponent[];
  /** Region of the components' alarms (us-east-1 for Route 53 health alarms), for the pager. */
  alarmRegion: string;
  /** MUST be us-east-1: CloudFront accepts certificates only from there. */
  certificateProvider: aws.Provider;
  /** The bucket's region name, for the pager's S3 client. */
  bucketRegion: string;
  /** Where to create validation and status records; without it, use validationRecords. */
  dns?: StatusPageZones;
}

export function checkStatusPageArgs(args: StatusPageArgs): void {
  checkSlug('business', args.business);
  if (!isZoneName(args.domain)) {
    throw new Error(`domain: "${args.domain}" is not a domain name; write it like "example.com"`);
  }
  if (args.components.length === 0) throw new Error('components: empty; a status page must show at least one component');
  checkUniqueIds(
    'components',
    args.components.map((c) => c.id),
  );
  const silent = args.components.find((c) => c.alarmNames.length === 0);
  if (silent !== undefined) throw new Error(`components[${silent.id}].alarmNames: empty; list the alarms that decide its status`);
  if (!args.html.includes(STATUS_KEY)) {
    throw new Error(`html: the page never reads ${STATUS_KEY}, so it cannot show live status; fetch it from the same origin`);
  }
}

export class StatusPage extends pulumi.ComponentResource {
  static readonly typeToken = 'planb:status:StatusPage' as const;

  readonly url: string;
  readonly bucketName: pulumi.Output<string>;
  readonly distributionId: pulumi.Output<string>;
  readonly distributionDomainName: pulumi.Output<string>;
  readonly certificateArn: pulumi.Output<string>;
  /** What the pager needs to keep status.json current: pass it as AlertRouting's `status`. */
  readonly feed: StatusFeed;
  /** DNS records that prove domain ownership to ACM (create them if `dns` was not given). */
  readonly validationRecords: pulumi.Output<{ name: string; type: string; value: string }[]>;

  constructor(name: string, args: StatusPageArgs, opts?: pulumi.ComponentResourceOptions) {
    super(StatusPage.typeToken, name, {}, withPhysicalNames(opts));
    checkStatusPageArgs(args);
    const host = `status.${args.domain}`;
    const tags = planbTags(args, name);
    const bucket = this.privateBucket(name, tags);

    const cert = new aws.acm.Certificate(
      childName(name, 'cert'),
      { domainName: host, validationMethod: 'DNS', keyAlgorithm: 'EC_prime256v1', tags },
      { parent: this, provider: args.certificateProvider },
    );
    this.validationRecords = cert.domainValidationOptions.apply((options) =>
      options.map((o) => ({ name: o.resourceRecordName, type: o.resourceRecordType, value: o.resourceRecordValue })),
    );
    const fqdns = args.dns === undefined ? [] : validationDns(this, name, this.validationRecords, args.dns);
    const validation = new aws.acm.CertificateValidation(
      childName(name, 'cert-validation'),
      { certificateArn: cert.arn, ...(fqdns.length > 0 ? { validationRecordFqdns: fqdns } : {}) },
      { parent: this, provider: args.certificateProvider },
    );

    const distribution = this.distribution(name, host, bucket, validation.certificateArn, tags);
    this.readPolicy(name, bucket, distribution);
    new aws.s3.BucketObjectv2(
      childName(name, 'index'),
      { bucket: bucket.id, key: 'index.html', content: args.html, contentType: 'text/html; charset=utf-8', cacheControl: 'max-age=300' },
      { parent: this },
    );
    if (args.dns !== undefined) siteDns(this, name, host, distribution.domainName, args.dns);

    this.feed = {
      bucketName: bucket.bucket,
      bucketArn: bucket.arn,
      bucketRegion: args.bucketRegion,
      key: STATUS_KEY,
      alarmRegion: args.alarmRegion,
      components: args.components.map((c) => ({ id: c.id, name: c.name, alarmNames: c.alarmNames })),
    };

    this.url = `https://${host}/`;
    this.bucketName = bucket.bucket;
    this.distributionId = distribution.id;
    this.distributionDomainName = distribution.domainName;
    this.certificateArn = cert.arn;
    this.registerOutputs({
      url: this.url,
      bucketName: this.bucketName,
      distributionId: this.distributionId,
      distributionDomainName: this.distributionDomainName,
      certificateArn: this.certificateArn,
      validationRecords: this.validationRecords,
    });
  }

  private privateBucket(name: string, tags: Record<string, string>): aws.s3.Bucket {
    const opts = { parent: this };
    const bucket = new aws.s3.Bucket(childName(name, 'site'), { forceDestroy: false, tags }, opts);
    new aws.s3.BucketPublicAccessBlock(
      childName(name, 'site-pab'),
      { bucket: bucket.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
      opts,
    );
    // Neither BucketOwnershipControls nor an encryption configuration: a new bucket is
    // BucketOwnerEnforced (ACLs off) and encrypts with SSE-S3 by default, exactly what the page
    // needs (CloudFront's OAC reads SSE-S3 objects without a KMS key policy). The AWS docs are
    // cited in docs/infrastructure.md ("The lean stack"); test/stacks/no-acls.test.ts guards both.
    return bucket;
  }

  private distribution(
    name: string,
    host: string,
    bucket: aws.s3.Bucket,
    certificateArn: pulumi.Input<string>,
    tags: Record<string, string>,
  ): aws.cloudfront.Distribution {
    const opts = { parent: this };
    const oac = new aws.cloudfront.OriginAccessControl(
      childName(name, 'oac'),
      {
        originAccessControlOriginType: 's3',
        signingBehavior: 'always',
        signingProtocol: 'sigv4',
        description: `Plan B status page ${host}`,
      },
      opts,
    );
    const behaviour = {
      targetOriginId: 'site',
      viewerProtocolPolicy: 'redirect-to-https',
      allowedMethods: ['GET', 'HEAD'],
      cachedMethods: ['GET', 'HEAD'],
      compress: true,
      responseHeadersPolicyId: SECURITY_HEADERS,
    };
    return new aws.cloudfront.Distribution(
      childName(name, 'cdn'),
      {
        enabled: true,
        comment: `Plan B status page ${host}`,
        aliases: [host],
        defaultRootObject: 'index.html',
        isIpv6Enabled: true,
        httpVersion: 'http2and3',
        priceClass: 'PriceClass_100',
        origins: [{ originId: 'site', domainName: bucket.bucketRegionalDomainName, originAccessControlId: oac.id }],
        defaultCacheBehavior: { ...behaviour, cachePolicyId: CACHING_OPTIMIZED },
        // status.json changes with every alarm; never serve it stale from the edge.
        orderedCacheBehaviors: [{ ...behaviour, pathPattern: STATUS_KEY, cachePolicyId: CACHING_DISABLED }],
        restrictions: { geoRestriction: { restrictionType: 'none' } },
        viewerCertificate: { acmCertificateArn: certificateArn, sslSupportMethod: 'sni-only', minimumProtocolVersion: 'TLSv1.2_2021' },
        tags,
      },
      opts,
    );
  }

  /** Only this distribution may read, and only over TLS. */
  private readPolicy(name: string, bucket: aws.s3.Bucket, distribution: aws.cloudfront.Distribution): void {
    new aws.s3.BucketPolicy(
      childName(name, 'site-policy'),
      {
        bucket: bucket.id,
        policy: pulumi.all([bucket.arn, distribution.arn]).apply(([b, d]) =>
          JSON.stringify(
            policy(...tlsOnlyPolicy(b).Statement, {
              Sid: 'CloudFrontReads',
              Effect: 'Allow',
              Principal: { Service: 'cloudfront.amazonaws.com' },
              Action: 's3:GetObject',
              Resource: `${b}/*`,
              Condition: { StringEquals: { 'AWS:SourceArn': d } },
            }),
          ),
        ),
      },
      { parent: this },
    );
  }
}
