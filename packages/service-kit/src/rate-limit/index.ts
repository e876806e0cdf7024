export * from './rate-limit-settings';
export * from './rate-limit-headers';
export * from './request-rate-limiter';
export * from './rate-limit.mongo';
