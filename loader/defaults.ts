/**
 * Every default the loader applies, in one table, so docs and code cannot disagree.
 * Durations are in seconds.
 */
export const DEFAULTS = {
  language: 'en',
  currency: 'EUR',
  escalationTryFor: 15 * 60,
  recordTtl: 5 * 60,
  failoverTtl: 60,
  checkInterval: 30,
  /** DNS answers are compared by a probe that runs every 5 minutes (components/probes). */
  dnsCheckInterval: 300,
  failureThreshold: 3,
  expectStatus: 200,
  checkerRegions: ['us-east-1', 'eu-west-1', 'ap-southeast-1'],
  endpointSeverity: 'critical',
  businessCheckSeverity: 'warning',
  statusPageHosting: 'aws',
  cloudflarePlan: 'free',
  retainVersions: 90 * 86400,
  awsRegion: 'eu-central-1',
  replicaRegion: 'eu-west-1',
} as const;
