/** Endpoint specs for HealthChecks and the pure checks that guard them. */
import type * as pulumi from '@pulumi/pulumi';
import { checkUniqueIds } from '../common/names';

/** The regions Route 53 runs health checkers in. */
export const ROUTE53_CHECKER_REGIONS = [
  'us-east-1',
  'us-west-1',
  'us-west-2',
  'eu-west-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-northeast-1',
  'sa-east-1',
] as const;
export type Route53CheckerRegion = (typeof ROUTE53_CHECKER_REGIONS)[number];

export type EndpointType = 'HTTP' | 'HTTPS' | 'HTTP_STR_MATCH' | 'HTTPS_STR_MATCH' | 'TCP';

export interface EndpointSpec {
  /** Stable id from the blueprint; names every resource made for this endpoint. */
  id: string;
  type: EndpointType;
  fqdn: string;
  port: number;
  /** Request path for HTTP(S) checks, e.g. "/health". */
  path?: string;
  /** Required for HTTP(S)_STR_MATCH: text the first 5,120 bytes of the body must contain. */
  searchString?: string;
  /** Consecutive failures before unhealthy: 1..10. */
  failureThreshold: number;
  /** Seconds between checks from each region: 10 (fast, costs more) or 30. */
  requestInterval: 10 | 30;
  /** At least three checker regions, so one region's trouble cannot fail the check. */
  regions: Route53CheckerRegion[];
  /**
   * SNS topic for ALARM and OK. Optional: every alarm state change also reaches EventBridge
   * (CloudWatch guarantees that delivery), which is how Plan B's pager hears it; give a topic only
   * to notify something else as well.
   */
  alarmTopicArn?: pulumi.Input<string>;
  /** Blueprint process this endpoint serves, for tags. */
  process?: string;
}

export function checkEndpoints(endpoints: readonly EndpointSpec[]): void {
  checkUniqueIds(
    'endpoints',
    endpoints.map((e) => e.id),
  );
  endpoints.forEach(checkEndpoint);
}

export function checkEndpoint(e: EndpointSpec): void {
  const arg = `endpoints[${e.id}]`;
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(e.id)) {
    throw new Error(`${arg}.id: use letters, digits and dashes so resource names stay stable`);
  }
  if (!Number.isInteger(e.port) || e.port < 1 || e.port > 65535) throw new Error(`${arg}.port: ${e.port} is not a TCP port (1..65535)`);
  if (!Number.isInteger(e.failureThreshold) || e.failureThreshold < 1 || e.failureThreshold > 10) {
    throw new Error(`${arg}.failureThreshold: ${e.failureThreshold} must be 1..10`);
  }
  if (e.requestInterval !== 10 && e.requestInterval !== 30) {
    throw new Error(`${arg}.requestInterval: ${String(e.requestInterval)} must be 10 or 30 seconds`);
  }
  const regions = new Set(e.regions);
  const unknown = e.regions.filter((r) => !(ROUTE53_CHECKER_REGIONS as readonly string[]).includes(r));
  if (unknown.length > 0)
    throw new Error(`${arg}.regions: ${unknown.join(', ')} not Route 53 checker regions; use ${ROUTE53_CHECKER_REGIONS.join(', ')}`);
  if (regions.size < 3) throw new Error(`${arg}.regions: ${regions.size} distinct region(s); Route 53 needs at least 3`);
  const matchesBody = e.type === 'HTTP_STR_MATCH' || e.type === 'HTTPS_STR_MATCH';
  if (matchesBody && (e.searchString === undefined || e.searchString === '' || e.searchString.length > 255)) {
    throw new Error(`${arg}.searchString: ${e.type} needs 1..255 characters to look for in the body`);
  }
  if (!matchesBody && e.searchString !== undefined) {
    throw new Error(`${arg}.searchString: only HTTP_STR_MATCH and HTTPS_STR_MATCH read the body; change the type or drop searchString`);
  }
  if (e.type === 'TCP' && e.path !== undefined) throw new Error(`${arg}.path: a TCP check sends no request; drop path`);
}
