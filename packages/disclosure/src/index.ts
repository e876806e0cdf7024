export * from './disclosure.types';
export { protectFamily, forRelease } from './protect-family';
export { roundCount } from './rounding';
