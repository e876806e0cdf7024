// The process harness, built for the benchmark (infra/bench), which runs the services as the end-to-end tests do.
export { startPlatformProcesses, centreFile, type PlatformProcesses, type PlatformOptions } from './platform-processes';
export { spawnNodeProcess, spawnService, waitUntil, freePort, root, SERVICE_NAMES, type ServiceName, type ServiceProcess } from './service-processes';
