export { startPlatform, SERVICES, type Platform, type PlatformOptions } from './platform';
export { seedDemoCentre, DEMO_CENTRE } from './demo-centre';
