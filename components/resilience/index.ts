export * from './resiliency-policy';
