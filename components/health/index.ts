export * from './endpoints';
export * from './healthChecks';
