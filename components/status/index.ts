export * from './page';
export * from './feed';
export * from './status-dns';
export * from './status-page';
