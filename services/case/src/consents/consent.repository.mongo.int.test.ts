import { describeWithMongo, prepareModels } from '@corredor/persistence';
import { describeConsentRepositoryContract } from './consent.repository.contract';
import { MongoConsentRepository } from './consent.repository.mongo';

describeWithMongo('consent projection', (connection) => {
  describeConsentRepositoryContract('mongodb', async () => prepareModels(connection(), new MongoConsentRepository(connection())));
});
