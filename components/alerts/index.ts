export * from './args';
export * from './alertRouting';
