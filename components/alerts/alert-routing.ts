/**
 * planb:alerts:AlertRouting: the live loop in the cloud. CloudWatch alarm state changes and a
 * minute's tick reach one pager function through one EventBridge rule (events.ts), which also
 * keeps the status page's status.json current when given `status`; a webhook
 * behind a function URL takes acknowledgements (functions.ts); whatever fails lands in a queue
 * whose alarm tells people, over plain SNS e-mail and SMS, that the pager itself is failing
 * (failure.ts). Deploy it in the primary region; `forwardFrom` brings other regions' alarms.
 */
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import * as cloudflare from '@pulumi/cloudflare';
import { withPhysicalNames } from '../common/physical-names';
import { keeperOpts } from '../common/protect';
import { checkSlug, planbTags } from '../common/tags';
import { childName } from '../common/names';
import { alarmEventPattern, checkAlertRoutingArgs, type AlertRoutingArgs } from './args';
import { forwardRule, pagerRule } from './events';
import { failureAlarms, failureQueue, failureTopic } from './failure';
import { pagerFunctions } from './functions';

export class AlertRouting extends pulumi.ComponentResource {
  static readonly typeToken = 'planb:alerts:AlertRouting' as const;

  /** The webhook's function URL: give `<url>/telegram` to Telegram's setWebhook. */
  readonly webhookUrl: pulumi.Output<string>;
  /** The topic that says the pager is failing (plain e-mail and SMS subscriptions). */
  readonly failingTopicArn: pulumi.Output<string>;
  readonly journalBucket: pulumi.Output<string>;
  /** The pager's and the webhook's function ARNs. */
  readonly functionArns: Record<'pager' | 'webhook', pulumi.Output<string>>;

  constructor(name: string, args: AlertRoutingArgs, opts?: pulumi.ComponentResourceOptions) {
    super(AlertRouting.typeToken, name, {}, withPhysicalNames(opts));
    checkSlug('business', args.business);
    checkAlertRoutingArgs(args);
    // Children inherit the providers given in opts (aws for the pager's region, cloudflare).
    const copts: pulumi.CustomResourceOptions = { parent: this };
    const tags = planbTags(args, name);
    const identity = aws.getCallerIdentityOutput({}, copts);
    const region = pulumi.output(args.region);

    const journal = args.journal ?? this.ownJournalBucket(name, tags, opts, copts);
    const failed = failureQueue(name, identity.accountId, tags, copts);
    const topic = failureTopic(name, identity.accountId, args.fallback, tags, copts);
    const pattern = alarmEventPattern(args.alarmNamePrefixes);
    // Before the functions: the pager watches these rules' failures (runtime/watch/forwarding.ts).
    const forwards = [...(args.forwardFrom ?? [])]
      .sort((a, b) => a.region.localeCompare(b.region))
      .map((f) => ({
        region: f.region,
        rule: forwardRule(name, f.region, pattern, { region, accountId: identity.accountId }, tags, { parent: this, provider: f.provider }),
      }));
    const watch = { failingTopicArn: topic.arn, forwards };
    const pager = pagerFunctions(name, args, { journal, failed, watch }, { accountId: identity.accountId, region }, tags, copts);
    failureAlarms(name, failed, pager.functions.webhook, topic, tags, copts);
    pagerRule(name, pattern, pager.functions.pager, failed, tags, copts);
    if (args.emailFrom !== undefined) {
      // SES e-mails this address a link once; pages by e-mail go out after it is clicked.
      new aws.sesv2.EmailIdentity(childName(name, 'sender'), { emailIdentity: args.emailFrom, tags }, copts);
    }
    if (args.cloudflare !== undefined) this.cloudflarePolicy(name, args.cloudflare);

    this.webhookUrl = pager.url.functionUrl;
    this.functionArns = { pager: pager.functions.pager.arn, webhook: pager.functions.webhook.arn };
    this.failingTopicArn = topic.arn;
    this.journalBucket = pulumi.output(journal.bucketName);
    this.registerOutputs({
      webhookUrl: this.webhookUrl,
      functionArns: this.functionArns,
      failingTopicArn: this.failingTopicArn,
      journalBucket: this.journalBucket,
    });
  }

  /**
   * A journal bucket of its own when the stack has no vault to put it in: private (S3 blocks
   * public access), encrypted (SSE-S3 by default) and versioned with object lock, protected.
   */
  private ownJournalBucket(
    name: string,
    tags: Record<string, string>,
    component: pulumi.ComponentResourceOptions | undefined,
    opts: pulumi.CustomResourceOptions,
  ) {
    const bucket = new aws.s3.Bucket(childName(name, 'journal'), { objectLockEnabled: true, tags }, keeperOpts(component, opts));
    new aws.s3.BucketPublicAccessBlock(
      childName(name, 'journal-private'),
      { bucket: bucket.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
      opts,
    );
    return { bucketName: bucket.bucket, prefix: '' };
  }

  private cloudflarePolicy(name: string, cf: NonNullable<AlertRoutingArgs['cloudflare']>): void {
    if (cf.emails.length === 0 || cf.healthCheckIds.length === 0) {
      throw new Error('cloudflare: give at least one email and one healthCheckId, or leave cloudflare out');
    }
    new cloudflare.NotificationPolicy(
      childName(name, 'cf-health'),
      {
        accountId: cf.accountId,
        name: `Plan B health checks (${name})`,
        alertType: 'health_check_status_notification',
        enabled: true,
        filters: { healthCheckIds: cf.healthCheckIds },
        mechanisms: { emails: [...cf.emails].sort().map((id) => ({ id })) },
      },
      { parent: this },
    );
  }
}
