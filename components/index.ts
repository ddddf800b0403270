/** Plan B's Pulumi components, one folder per module. */
export * from './common';
export * from './dns';
export * from './backup';
export * from './health';
export * from './status';
export * from './alerts';
export * from './resilience';
export * from './probes';
