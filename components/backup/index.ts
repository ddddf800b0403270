export * from './hardenedBucket';
export * from './replication';
export * from './backupVault';
