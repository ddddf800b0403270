export * from './endpoints';
export * from './health-checks';
