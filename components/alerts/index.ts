export * from './routes';
export * from './escalation';
export * from './telegram';
export * from './alertRouting';
