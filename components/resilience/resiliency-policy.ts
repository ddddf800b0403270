/**
 * planb:resilience:ResiliencyPolicy: one AWS Resilience Hub policy per
 * recovery tier, so Resilience Hub can assess the business's AWS apps against
 * the RTO/RPO the blueprint declares. The provider takes Go durations.
 */
import * as pulumi from '@pulumi/pulumi';
import { withPhysicalNames } from '../common/physical-names';
import * as aws from '@pulumi/aws';
import { type CommonArgs, checkSlug, planbTags } from '../common/tags';
import { checkUniqueIds, childName } from '../common/names';

export type ResilienceTier = 'MissionCritical' | 'Critical' | 'Important' | 'CoreServices' | 'NonCritical' | 'NotApplicable';

export interface RecoveryTierSpec {
  /** Stable id, e.g. "critical" or a process id. */
  id: string;
  tier: ResilienceTier;
  /** Objectives for application, infrastructure and AZ disruptions, in seconds. */
  rtoSeconds: number;
  rpoSeconds: number;
  /** Objectives for a whole-region disruption; left out when the tier does not plan for one. */
  region?: { rtoSeconds: number; rpoSeconds: number };
  dataLocationConstraint?: 'AnyLocation' | 'SameContinent' | 'SameCountry';
  process?: string;
}

export interface ResiliencyPolicyArgs extends CommonArgs {
  tiers: RecoveryTierSpec[];
  provider?: aws.Provider;
}

/** Seconds as Go's time.Duration prints them ("1h0m0s"), so state reads back unchanged. */
export function goDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}

export function policyName(business: string, id: string): string {
  const name = `planb-${business}-${id}`;
  if (name.length > 60 || !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name)) {
    throw new Error(`tiers[${id}].id: policy name "${name}" must be 2-60 letters, digits, "_" or "-"; shorten the id`);
  }
  return name;
}

export function checkTiers(business: string, tiers: readonly RecoveryTierSpec[]): void {
  if (tiers.length === 0) throw new Error('tiers: empty; give at least one recovery tier');
  checkUniqueIds(
    'tiers',
    tiers.map((t) => t.id),
  );
  for (const t of tiers) {
    policyName(business, t.id);
    const pairs: [string, number][] = [
      ['rtoSeconds', t.rtoSeconds],
      ['rpoSeconds', t.rpoSeconds],
      ...(t.region
        ? ([
            ['region.rtoSeconds', t.region.rtoSeconds],
            ['region.rpoSeconds', t.region.rpoSeconds],
          ] as [string, number][])
        : []),
    ];
    for (const [arg, v] of pairs) {
      if (!Number.isInteger(v) || v < 1) throw new Error(`tiers[${t.id}].${arg}: ${v} must be a whole number of seconds, at least 1`);
    }
  }
}

export class ResiliencyPolicy extends pulumi.ComponentResource {
  static readonly typeToken = 'planb:resilience:ResiliencyPolicy' as const;

  /** Tier id -> policy ARN. */
  readonly policyArns: Record<string, pulumi.Output<string>> = {};

  constructor(name: string, args: ResiliencyPolicyArgs, opts?: pulumi.ComponentResourceOptions) {
    super(ResiliencyPolicy.typeToken, name, {}, withPhysicalNames(opts));
    checkSlug('business', args.business);
    checkTiers(args.business, args.tiers);
    for (const t of args.tiers) {
      const objective = { rto: goDuration(t.rtoSeconds), rpo: goDuration(t.rpoSeconds) };
      const policy = new aws.resiliencehub.ResiliencyPolicy(
        childName(name, t.id),
        {
          name: policyName(args.business, t.id),
          description: `Plan B recovery tier ${t.id} for ${args.business}`,
          tier: t.tier,
          dataLocationConstraint: t.dataLocationConstraint ?? 'AnyLocation',
          policy: {
            az: objective,
            hardware: objective,
            software: objective,
            ...(t.region ? { region: { rto: goDuration(t.region.rtoSeconds), rpo: goDuration(t.region.rpoSeconds) } } : {}),
          },
          tags: planbTags(args, name, t.process),
        },
        // The name is fixed, so a replacement must delete the old policy first.
        { parent: this, provider: args.provider, deleteBeforeReplace: true },
      );
      this.policyArns[t.id] = policy.arn;
    }
    this.registerOutputs({ policyArns: this.policyArns });
  }
}
