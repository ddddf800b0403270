/**
 * List prices for what the stack creates, per month in USD, from the providers' public price
 * pages (AWS us-east-1 list prices; Cloudflare monthly billing). Checked on PRICES_CHECKED; prices
 * change, so the plan prints that date next to every estimate. Usage-priced services (Lambda,
 * SNS, Step Functions, EventBridge, SQS, CloudFront, S3 requests and storage, SMS) are not in the
 * estimate: at alerting volumes they stay within free tiers or cents, and storage depends on the
 * backups' size, which the blueprint does not say.
 */
export const PRICES_CHECKED = '2026-12-02';

/** The currency of every price here and of the estimate: the providers' own (no exchange rate is guessed). */
export const PRICES_CURRENCY = 'USD';

export const PRICES = {
  /** Route 53: hosted zone, first 25 zones. https://aws.amazon.com/route53/pricing/ */
  route53Zone: 0.5,
  /** Route 53 health check of a non-AWS endpoint (the business's own hosting). */
  route53HealthCheck: 0.75,
  /** Each optional feature of a non-AWS endpoint check: HTTPS, string matching, fast interval. */
  route53HealthCheckFeature: 2.0,
  /** CloudWatch standard-resolution alarm, per metric. https://aws.amazon.com/cloudwatch/pricing/ */
  cloudwatchAlarm: 0.1,
  /** CloudWatch custom metric (the probes' metrics; S3 request metrics are billed the same). */
  cloudwatchMetric: 0.3,
  /** CloudWatch metrics API requests (the probe's PutMetricData), per 1,000 requests. https://aws.amazon.com/cloudwatch/pricing/ */
  cloudwatchApiPer1000: 0.01,
  /** S3 request metrics: one filter publishes this many metrics. https://docs.aws.amazon.com/AmazonS3/latest/userguide/metrics-dimensions.html */
  s3RequestMetricsPerFilter: 16,
  /** KMS customer managed key. https://aws.amazon.com/kms/pricing/ */
  kmsKey: 1.0,
  /** Cloudflare zone plans, billed monthly. https://www.cloudflare.com/plans/ */
  cloudflarePro: 25,
  cloudflareBusiness: 250,
  /** Cloudflare Load Balancing, base subscription (two origins). https://www.cloudflare.com/application-services/products/load-balancing/ */
  cloudflareLoadBalancing: 5,
} as const;
