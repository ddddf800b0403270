/**
 * Types of handler.js, the probe Lambda (kept as plain JS so the tested file is the shipped file).
 * The shapes here are what Probes writes into the Lambda's TARGETS environment variable.
 */
import type { LookupFunction } from 'node:net';

export type DnsRrType = 'A' | 'AAAA' | 'CNAME' | 'TXT' | 'MX' | 'CAA';

export type ProbeTargetJson =
  | { id: string; kind: 'business'; url: string; field?: string; floor: number; activeHours?: string }
  | { id: string; kind: 'tls'; host: string; port: number }
  | { id: string; kind: 'domain'; expires: string }
  /** `providers`: provider name -> its nameservers, as "ip", "ip:port" or "name[:port]". */
  | { id: string; kind: 'dns'; name: string; rrtype: DnsRrType; providers: Record<string, string[]> }
  /** Up the way a Route 53 health check judges it: 2xx or 3xx, not following redirects, optional text in the first 5,120 bytes. */
  | { id: string; kind: 'http'; url: string; searchString?: string }
  | { id: string; kind: 'tcp'; host: string; port: number };

export type ProbeMetric = 'BusinessValue' | 'TlsDaysLeft' | 'DomainDaysLeft' | 'DnsConsistent' | 'Up';

export interface MeasureOptions {
  /** Epoch milliseconds; injected so day counts are exact in tests. */
  now: number;
  timeoutMs?: number;
  /** IANA zone for business checks' active hours (the blueprint's business.timezone). */
  timeZone?: string;
  /** Socket-level name lookup for HTTP(S) and TLS, as in net.connect. */
  lookup?: LookupFunction;
  /** Resolves a nameserver given by name to an address. */
  lookupAddress?: (host: string) => Promise<{ address: string }>;
  /** Pause before the second attempt at a down endpoint; 1000 ms unless a test shortens it. */
  retryDelayMs?: number;
}

export interface Measured {
  value?: number;
  error?: string;
  detail?: string;
}

export interface TargetResult extends Measured {
  id: string;
  metric: ProbeMetric | undefined;
  quiet?: boolean;
}

export interface MetricDatum {
  MetricName: ProbeMetric;
  Dimensions: { Name: 'Business' | 'Check'; Value: string }[];
  Value: number;
  Unit: 'None';
  Timestamp: Date;
}

export const NAMESPACE: 'PlanB/Probes';
export function daysLeft(atMs: number, nowMs: number): number;
export function measureDomain(target: { expires: string }, opts: MeasureOptions): Measured;
export function measureTls(target: { host: string; port: number }, opts: MeasureOptions): Promise<Measured>;
export function measureBusiness(target: { url: string; field?: string }, opts: MeasureOptions): Promise<Measured>;
export function measureDns(
  target: { name: string; rrtype: DnsRrType; providers: Record<string, string[]> },
  opts: MeasureOptions,
): Promise<Measured>;
export function measureUp(
  target: { kind: 'http'; url: string; searchString?: string } | { kind: 'tcp'; host: string; port: number },
  opts: MeasureOptions,
): Promise<Measured>;
export function due(target: Pick<ProbeTargetJson, 'kind'>, atMs: number, scheduleMinutes: number): boolean;
export function readNumber(body: string, field?: string): Measured;
export function withinHours(activeHours: string | undefined, timeZone: string, nowMs: number): boolean;
export function normalise(rrtype: DnsRrType, records: unknown[]): string[];
export function parseServer(server: string): { host: string; port: number } | undefined;
export function measureTarget(target: ProbeTargetJson, opts: MeasureOptions): Promise<Omit<TargetResult, 'id'>>;
export function measureAll(targets: readonly ProbeTargetJson[], opts: MeasureOptions): Promise<TargetResult[]>;
export function metricData(results: readonly TargetResult[], business: string, nowMs: number): MetricDatum[];
export function run(
  env: Record<string, string | undefined>,
  opts?: Partial<MeasureOptions> & { publish?: (data: MetricDatum[]) => Promise<void>; scheduledAt?: number },
): Promise<{ results: TargetResult[]; data: MetricDatum[] }>;
export function handler(event?: { time?: string }): Promise<void>;
