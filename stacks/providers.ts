/**
 * Explicit providers for every resource, so nothing silently lands in whatever region the
 * environment happens to default to. Explicit providers do not read the stack's `aws:*` or
 * `cloudflare:*` config, so the Cloudflare token is passed in from config here (or, when unset,
 * the provider plugin reads CLOUDFLARE_API_TOKEN from the environment itself).
 */
import type * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import * as cloudflare from '@pulumi/cloudflare';
import type { Infrastructure } from '../model/model';

export interface Providers {
  /** The business's region: backups, their alarms, the status page bucket, Resilience Hub. */
  primary: aws.Provider;
  /** Route 53 metrics, their alarms and CloudFront certificates exist only here. */
  usEast1: aws.Provider;
  /** The backup replicas. */
  replica: aws.Provider;
  cloudflare: cloudflare.Provider;
}

export const PROVIDER_NAMES = {
  primary: 'aws-primary',
  usEast1: 'aws-us-east-1',
  replica: 'aws-replica',
  cloudflare: 'cloudflare',
} as const;

export function makeProviders(infra: Infrastructure, cloudflareApiToken: pulumi.Output<string> | undefined): Providers {
  return {
    primary: new aws.Provider(PROVIDER_NAMES.primary, { region: infra.awsRegion as aws.Region }),
    usEast1: new aws.Provider(PROVIDER_NAMES.usEast1, { region: 'us-east-1' }),
    replica: new aws.Provider(PROVIDER_NAMES.replica, { region: infra.replicaRegion as aws.Region }),
    cloudflare: new cloudflare.Provider(
      PROVIDER_NAMES.cloudflare,
      cloudflareApiToken === undefined ? {} : { apiToken: cloudflareApiToken },
    ),
  };
}
