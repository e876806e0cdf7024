import { TestCentreKeys } from '@corredor/service-kit/testing';
import { describeWithMongo, MongoOutbox, prepareModels } from '@corredor/persistence';
import { describeTransferRepositoryContract } from './transfer.repository.contract';
import { MongoTransferRepository } from './transfer.repository.mongo';

describeWithMongo('transfer repository', (connection) => {
  describeTransferRepositoryContract('mongodb', async () => {
    const outbox = new MongoOutbox(connection());
    const transfers = new MongoTransferRepository(connection(), outbox, new TestCentreKeys());
    return prepareModels(connection(), { transfers, outbox });
  });
});
