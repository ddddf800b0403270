/**
 * PF002: every physical name within its provider's limit. A resource without an explicit name
 * would get Pulumi's auto-name (the logical name, "-" and 7 characters), so that is what is
 * measured for it. components/common/physical-names.ts makes names fit; this check proves it on
 * the plan, for every type in NAME_LIMITS, whatever a later component forgets.
 */
import { NAME_LIMITS } from '../../../components/common/physical-names';
import { UNKNOWN, type PlanResource } from '../types';
import type { ResourceLocator } from './locate';
import type { PreflightFinding } from './types';

/** Pulumi's auto-naming suffix: "-" and 7 random characters. */
const AUTONAME_SUFFIX = 8;

export function checkNameLengths(resources: readonly PlanResource[], locator: ResourceLocator): PreflightFinding[] {
  const findings: PreflightFinding[] = [];
  for (const r of resources) {
    const limit = NAME_LIMITS[r.type];
    if (limit === undefined) continue;
    const given = r.inputs[limit.property];
    if (given === UNKNOWN) continue;
    const length = typeof given === 'string' ? given.length : r.name.length + AUTONAME_SUFFIX;
    if (length <= limit.limit) continue;
    const shown = typeof given === 'string' ? `"${given}"` : `the auto-name of ${r.name}`;
    findings.push({
      code: 'PF002',
      severity: 'error',
      message: `${r.name}: ${shown} is ${length} characters, over the limit of ${limit.limit}; shorten the blueprint id it comes from`,
      resource: r.name,
      location: locator.of(r),
      rule: limit.rule,
      doc: limit.doc,
    });
  }
  return findings;
}
