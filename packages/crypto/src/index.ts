export * from './data-key';
export * from './sealed-value';
export * from './blind-index';
export * from './key-wrapper';
