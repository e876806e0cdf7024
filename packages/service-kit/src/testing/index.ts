/**
 * Helpers for tests and the one-process development platform (`@corredor/service-kit/testing`):
 * they sign tokens with the published development secret, so they never ship in the kit's
 * production entry point.
 */
export * from './test-harness';
export * from './test-browser';
export * from './api-conformance';
