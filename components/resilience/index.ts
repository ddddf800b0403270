export * from './resiliencyPolicy';
