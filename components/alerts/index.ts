export * from './args';
export * from './alert-routing';
