export * from './records';
export * from './redundantDns';
