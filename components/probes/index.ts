export * from './targets';
export * from './probes';
export * from './source';
