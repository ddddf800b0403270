/**
 * The reference states every default the loader applies (loader/defaults.ts), and every duration
 * key has an example that fits it (not the generic one of the duration type).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../loader/defaults';

interface Node {
  $ref?: string;
  default?: unknown;
  description?: string;
  examples?: unknown[];
  properties?: Record<string, Node>;
}
const schema = JSON.parse(readFileSync(require.resolve('../../schemas/blueprint.schema.json'), 'utf8')) as Node & {
  $defs: Record<string, Node>;
};

/** Where each default applies: [definition (or "" for the top level), key path]. */
const WHERE: Record<keyof typeof DEFAULTS, [string, string]> = {
  language: ['', 'business/language'],
  currency: ['', 'business/currency'],
  escalationTryFor: ['escalationStep', 'tryFor'],
  recordTtl: ['dnsRecord', 'ttl'],
  failoverTtl: ['failover', 'ttl'],
  checkInterval: ['endpoint', 'interval'],
  dnsCheckInterval: ['endpoint', 'interval'],
  failureThreshold: ['endpoint', 'failureThreshold'],
  expectStatus: ['endpoint', 'expectStatus'],
  checkerRegions: ['endpoint', 'regions'],
  endpointSeverity: ['endpoint', 'severity'],
  businessCheckSeverity: ['businessCheck', 'severity'],
  statusPageHosting: ['statusPage', 'hosting'],
  cloudflarePlan: ['domain', 'cloudflarePlan'],
  retainVersions: ['dataCopy', 'retainVersions'],
  awsRegion: ['infrastructure', 'awsRegion'],
  replicaRegion: ['infrastructure', 'replicaRegion'],
};

const SECONDS_DEFAULTS = new Set(['escalationTryFor', 'recordTtl', 'failoverTtl', 'checkInterval', 'dnsCheckInterval', 'retainVersions']);

function duration(seconds: number): string {
  for (const [unit, size] of [
    ['w', 604800],
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
  ] as const) {
    if (seconds % size === 0 && !(unit === 'w' && seconds % 86400 === 0 && seconds / 86400 < 28)) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}

describe('defaults in the reference', () => {
  it.each(Object.entries(WHERE))('%s is stated on its key', (name, [def, path]) => {
    let node: Node | undefined = def ? schema.$defs[def] : schema;
    for (const key of path.split('/')) node = node?.properties?.[key];
    expect(node, `${def}/${path}`).toBeDefined();
    const value = DEFAULTS[name as keyof typeof DEFAULTS];
    const text = Array.isArray(value) ? value.join(', ') : SECONDS_DEFAULTS.has(name) ? duration(value as number) : String(value);
    if (node?.default !== undefined) expect(node.default).toEqual(value);
    else expect(node?.description).toContain(`Default ${text}`);
  });

  it('every duration key has its own example', () => {
    const missing: string[] = [];
    for (const [name, def] of Object.entries(schema.$defs)) {
      for (const [key, prop] of Object.entries(def.properties ?? {})) {
        if (prop.$ref === '#/$defs/duration' && !prop.examples?.length) missing.push(`${name}/${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
