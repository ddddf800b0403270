export * from './addresses';
export * from './drivers';
export * from './formats';
