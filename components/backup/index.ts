export * from './hardenedBucket';
export * from './replication';
export * from './vaultClasses';
export * from './freshness';
export * from './backupVaults';
