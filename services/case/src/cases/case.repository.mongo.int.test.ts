import { TestCentreKeys } from '@corredor/service-kit/testing';
import { describeWithMongo, MongoOutbox, prepareModels } from '@corredor/persistence';
import { describeCaseRepositoryContract } from './case.repository.contract';
import { MongoCaseRepository } from './case.repository.mongo';

describeWithMongo('case repository', (connection) => {
  describeCaseRepositoryContract('mongodb', async () => {
    const outbox = new MongoOutbox(connection());
    const cases = new MongoCaseRepository(connection(), outbox, new TestCentreKeys());
    return prepareModels(connection(), { cases, outbox });
  });
});
