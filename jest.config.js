/**
 * Test tiers by file suffix: *.unit.test.ts (in-process, in-memory adapters),
 * *.int.test.ts (real Kafka protocol against the mock cluster, MongoDB when MONGO_URL is set),
 * *.e2e.test.ts (the five services as separate processes, driven over HTTP).
 * Workspace packages resolve to their sources, so unit and integration tests need no build;
 * the end-to-end tier runs the built services (npm run build first).
 */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2024' }, module: { type: 'commonjs' } }];
const common = {
  transform: { '^.+\\.ts$': swc },
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
};
const packages = ['contracts', 'crypto', 'disclosure', 'messaging', 'persistence', 'service-kit'].map((name) => [name, `packages/${name}/src/index.ts`]);
const services = ['intake', 'case', 'referral', 'notification', 'reporting', 'centre'].map((name) => [`${name}-service`, `services/${name}/src/service.ts`]);
const infra = ['kafka-mock', 'platform', 'centre-cli'].map((name) => [name, `infra/${name}/src/index.ts`]);
common.moduleNameMapper = {
  '^@corredor/service-kit/(config|telemetry|healthcheck)$': '<rootDir>/packages/service-kit/src/$1/$1.ts',
  '^@corredor/web-service$': '<rootDir>/services/web/src/server/web-service.ts',
  '^@corredor/service-kit/testing$': '<rootDir>/packages/service-kit/src/testing/index.ts',
  ...Object.fromEntries([...packages, ...services, ...infra].map(([name, file]) => [`^@corredor/${name}$`, `<rootDir>/${file}`])),
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{packages,services,infra}/**/*.unit.test.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/{packages,services,infra}/**/*.int.test.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/{packages,services,infra}/**/*.e2e.test.ts'] },
  ],
};
