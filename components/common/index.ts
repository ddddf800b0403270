export * from './tags';
export * from './names';
export * from './policy';
export * from './lambda';
export * from './physical-names';
export * from './protect';
export * from './alarm-actions';
export * from './batches';
