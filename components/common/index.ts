export * from './tags';
export * from './names';
export * from './policy';
