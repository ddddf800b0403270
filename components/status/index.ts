export * from './page';
export * from './updater';
export * from './status-dns';
export * from './status-page';
