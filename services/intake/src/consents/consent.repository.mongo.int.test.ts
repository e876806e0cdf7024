import { describeWithMongo, MongoOutbox, prepareModels } from '@corredor/persistence';
import { describeConsentRepositoryContract } from './consent.repository.contract';
import { MongoConsentRepository } from './consent.repository.mongo';

describeWithMongo('consent repository', (connection) => {
  describeConsentRepositoryContract('mongodb', async () => {
    const outbox = new MongoOutbox(connection());
    const consents = new MongoConsentRepository(connection(), outbox);
    return prepareModels(connection(), { consents, outbox });
  });
});
