export * from './records';
export * from './redundant-dns';
export * from './txt';
