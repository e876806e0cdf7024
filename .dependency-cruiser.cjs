/**
 * Architecture rules, checked in CI (npm run lint):
 * - services never import each other, and packages never import services;
 * - domain code (*.domain.ts) and the contracts package import no express, mongoose or kafkajs;
 * - only the kafka adapter talks kafkajs, only mongo adapters talk mongoose;
 * - no cycles.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-service-to-service',
      comment: 'Services share only packages/ (contracts above all); they talk through Kafka.',
      severity: 'error',
      from: { path: '^services/([^/]+)/' },
      to: { path: '^services/([^/]+)/', pathNot: '^services/$1/' },
    },
    {
      name: 'packages-do-not-know-services',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^(services|infra)/' },
    },
    {
      name: 'pure-domain',
      comment: 'Domain logic is plain functions over plain data: no web framework, driver or broker client.',
      severity: 'error',
      from: { path: '(\\.domain\\.ts$|^packages/contracts/)' },
      to: { path: 'node_modules/(express|mongoose|mongodb|kafkajs|pino)/|^packages/(service-kit|messaging|persistence)/' },
    },
    {
      name: 'kafkajs-only-in-its-adapter',
      severity: 'error',
      from: { path: '^(packages|services)/', pathNot: '^packages/messaging/src/kafka/' },
      to: { path: 'node_modules/kafkajs/' },
    },
    {
      name: 'mongoose-only-in-adapters',
      severity: 'error',
      from: {
        path: '^(packages|services)/',
        pathNot: ['\\.mongo(\\.int\\.test)?\\.ts$', '^packages/persistence/src/mongo/', '^packages/service-kit/src/runtime/', '^services/[^/]+/src/service\\.ts$'],
      },
      to: { path: 'node_modules/mongoose/' },
      comment: 'A Connection passes through the runtime and each composition (service.ts); queries live in *.mongo.ts adapters.',
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/|\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['require', 'node', 'default', 'types'] },
    combinedDependencies: true,
  },
};
