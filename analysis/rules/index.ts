/**
 * The typed registry of every rule. The mapped type makes `tsc` fail when a code in RULE_CODES
 * has no rule here, or a rule is filed under the wrong code.
 */
import type { Rule, RuleCode } from '../types';
import { RULE_CODES } from '../types';
import { accountNotCompany } from './account-not-company';
import { alertReachesNobody } from './alert-reaches-nobody';
import { alertChannelsShareFailure } from './alert-channels-share-failure';
import { backupChannels } from './backup-channels';
import { contractorSupport } from './contractor-support';
import { copiesWithSource } from './copies-with-source';
import { copyIntervalRpo } from './copy-interval-rpo';
import { dnsFailoverOneProvider } from './dns-failover-one-provider';
import { domainExpiring } from './domain-expiring';
import { domainExpiryWatch } from './domain-expiry-watch';
import { drillOverdue } from './drill-overdue';
import { manualCopy } from './manual-copy';
import { minimumSetOffline } from './minimum-set-offline';
import { noCustomerMessage } from './no-customer-message';
import { noDrillPlan } from './no-drill-plan';
import { noPlanB } from './no-plan-b';
import { noVaultReference } from './no-vault-reference';
import { orderPathCheck } from './order-path-check';
import { planBOnePerson } from './plan-b-one-person';
import { planBSharesFailure } from './plan-b-shares-failure';
import { restoreNotTested } from './restore-not-tested';
import { sharedSinglePoint } from './shared-single-point';
import { singleAccessHolder } from './single-access-holder';
import { singleDnsProvider } from './single-dns-provider';
import { singlePersonEscalation } from './single-person-escalation';
import { statusPageSharesFailure } from './status-page-shares-failure';
import { statusPageNotBuilt } from './status-page-not-built';
import { dnsNotManaged } from './dns-not-managed';
import { switcherUnreachable } from './switcher-unreachable';
import { timeBudget } from './time-budget';
import { tlsWatch } from './tls-watch';
import { unmonitoredProcess } from './unmonitored-process';

type Registry = { readonly [C in RuleCode]: Rule<C> };

export const RULES: Registry = {
  PB101: sharedSinglePoint,
  PB102: noPlanB,
  PB103: planBSharesFailure,
  PB104: noCustomerMessage,
  PB110: accountNotCompany,
  PB111: singleAccessHolder,
  PB112: noVaultReference,
  PB113: singlePersonEscalation,
  PB114: planBOnePerson,
  PB115: contractorSupport,
  PB120: copiesWithSource,
  PB121: minimumSetOffline,
  PB122: copyIntervalRpo,
  PB123: restoreNotTested,
  PB124: manualCopy,
  PB130: timeBudget,
  PB131: switcherUnreachable,
  PB132: alertReachesNobody,
  PB140: unmonitoredProcess,
  PB141: domainExpiryWatch,
  PB142: tlsWatch,
  PB143: orderPathCheck,
  PB144: domainExpiring,
  PB150: statusPageSharesFailure,
  PB151: alertChannelsShareFailure,
  PB152: backupChannels,
  PB153: statusPageNotBuilt,
  PB160: dnsFailoverOneProvider,
  PB161: singleDnsProvider,
  PB162: dnsNotManaged,
  PB170: drillOverdue,
  PB171: noDrillPlan,
};

/** Every rule in code order. */
export function allRules(): Rule[] {
  return RULE_CODES.map((c) => RULES[c]);
}

/** The rule for a code given on the command line; an unknown code is an error that names it. */
export function ruleFor(code: string): Rule {
  const rule = (RULES as Partial<Record<string, Rule>>)[code];
  if (!rule) throw new Error(`unknown rule code ${code}; known codes: ${RULE_CODES.join(', ')}`);
  return rule;
}
