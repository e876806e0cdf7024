import { TestCentreKeys } from '@corredor/service-kit/testing';
import { describeWithMongo, MongoOutbox, prepareModels } from '@corredor/persistence';
import { describeLabourClaimRepositoryContract } from './labour-claim.repository.contract';
import { MongoLabourClaimRepository } from './labour-claim.repository.mongo';

describeWithMongo('labour claim repository', (connection) => {
  describeLabourClaimRepositoryContract('mongodb', async () => {
    const outbox = new MongoOutbox(connection());
    const claims = new MongoLabourClaimRepository(connection(), outbox, new TestCentreKeys());
    return prepareModels(connection(), { claims, outbox });
  });
});
