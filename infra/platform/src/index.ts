export { startPlatform, SERVICE_NAMES, type Platform, type PlatformOptions } from './platform';
export { bringUpDemoCentres, DEMO_CENTRE_FILES, DEMO_PASSWORD, type DemoAccount } from './demo-centres';
export { demoIntake, DEMO_INTAKE_FILE } from './demo-intake';
