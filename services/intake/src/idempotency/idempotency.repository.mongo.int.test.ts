import { describeWithMongo, prepareModels } from '@corredor/persistence';
import { describeIdempotencyRepositoryContract } from './idempotency.repository.contract';
import { MongoIdempotencyRepository } from './idempotency.repository.mongo';

describeWithMongo('idempotency key store', (connection) => {
  describeIdempotencyRepositoryContract('mongodb', async () => prepareModels(connection(), { keys: new MongoIdempotencyRepository(connection()) }));
});
