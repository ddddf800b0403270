export * from './hardened-bucket';
export * from './replication';
export * from './vault-classes';
export * from './freshness';
export * from './backup-vaults';
