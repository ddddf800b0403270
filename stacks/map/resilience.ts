/**
 * Process criticality -> Resilience Hub tiers: one policy per criticality level in use, with the
 * tightest RTO and RPO of that level's processes, so the AWS console assesses against the blueprint.
 */
import type { Level, Model } from '../../model/model';
import type { RecoveryTierSpec, ResiliencyPolicyArgs, ResilienceTier } from '../../components/resilience/resiliency-policy';

const TIER: Record<Level, ResilienceTier> = {
  critical: 'MissionCritical',
  high: 'Critical',
  medium: 'Important',
  low: 'NonCritical',
};
const LEVELS: readonly Level[] = ['critical', 'high', 'medium', 'low'];

export function resilienceTiers(model: Model): RecoveryTierSpec[] {
  if (!model.infrastructure.resilienceHub) return [];
  return LEVELS.flatMap((level) => {
    const ps = model.processes.filter((p) => p.criticality === level);
    if (ps.length === 0) return [];
    // Resilience Hub needs objectives of at least one second.
    const rto = Math.max(1, Math.min(...ps.map((p) => p.rto)));
    const rpo = Math.max(1, Math.min(...ps.map((p) => p.rpo)));
    return [{ id: level, tier: TIER[level], rtoSeconds: rto, rpoSeconds: rpo }];
  });
}

export function resiliencyPolicyArgs(
  model: Model,
  tiers: RecoveryTierSpec[],
  provider?: ResiliencyPolicyArgs['provider'],
): ResiliencyPolicyArgs {
  return { business: model.business.slug, tiers, ...(provider !== undefined ? { provider } : {}) };
}
