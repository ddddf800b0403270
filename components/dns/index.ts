export * from './records';
export * from './redundantDns';
export * from './txt';
