export * from './page';
export * from './updater';
export * from './statusDns';
export * from './statusPage';
