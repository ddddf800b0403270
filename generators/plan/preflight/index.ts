/**
 * The preflight: checks on the plan `planb plan` and `planb build` produce, for what the mock
 * runtime cannot see and a real `pulumi up` would refuse. Each check is a pure function of the
 * planned resources (and the model, for blueprint lines); the judging day is an argument, never
 * the clock, so the same blueprint and day give the same findings.
 */
import type { Model } from '../../../model/model';
import type { PlanResource } from '../types';
import { checkCloudflarePlans } from './check-cloudflare-plan';
import { checkLambdaRuntimes } from './check-runtime';
import { checkDefaultQuotas } from './check-quotas';
import { checkDnssec } from './check-dnssec';
import { checkDeployPhase } from './check-phase';
import { checkSms } from './check-sms';
import { checkLambdaEnvironment } from './check-lambda-environment';
import { checkNameLengths } from './check-names';
import { checkTxtRecords } from './check-txt';
import { checkEventPatterns } from './check-event-patterns';
import { checkSes } from './check-ses';
import { checkFunctionUrls } from './check-function-urls';
import { ResourceLocator } from './locate';
import { runtimeConfig } from '../../../runtime/config';
import type { PreflightFinding, PreflightReport } from './types';

export interface PreflightOptions {
  /** The judging day, YYYY-MM-DD. */
  today: string;
  phase: 'zones' | 'all';
}

export function runPreflight(model: Model, resources: readonly PlanResource[], options: PreflightOptions): PreflightReport {
  const { today, phase } = options;
  const locator = new ResourceLocator(model, resources);
  const findings = [
    ...checkLambdaRuntimes(resources, today, locator),
    ...checkNameLengths(resources, locator),
    ...checkTxtRecords(resources, locator),
    ...checkCloudflarePlans(model, resources, locator),
    ...checkDefaultQuotas(resources, locator),
    ...checkLambdaEnvironment(resources, locator),
    ...checkDeployPhase(resources, phase, locator),
    ...checkSms(resources, locator, smsPeople(model)),
    ...checkEventPatterns(resources, locator),
    ...checkSes(resources, locator),
    ...checkFunctionUrls(resources, locator),
    ...checkDnssec(model, locator),
  ];
  return { today, findings: findings.sort(byCodeThenResource) };
}

/** People the pager may page by SMS (a phone channel is paged by SMS too). */
function smsPeople(model: Model): number {
  return Object.values(runtimeConfig(model).reach).filter((ways) => ways.some((w) => w.kind === 'sms' || w.kind === 'phone')).length;
}

export function preflightErrors(report: PreflightReport): number {
  return report.findings.filter((f) => f.severity === 'error').length;
}

function byCodeThenResource(a: PreflightFinding, b: PreflightFinding): number {
  return cmp(a.code, b.code) || cmp(a.resource, b.resource) || cmp(a.message, b.message);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type { PreflightFinding, PreflightReport } from './types';
