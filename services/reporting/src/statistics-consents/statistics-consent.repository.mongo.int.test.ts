import { describeWithMongo, prepareModels } from '@corredor/persistence';
import { describeStatisticsConsentRepositoryContract } from './statistics-consent.repository.contract';
import { MongoStatisticsConsentRepository } from './statistics-consent.repository.mongo';

describeWithMongo('statistics-consent repository', (connection) => {
  describeStatisticsConsentRepositoryContract('mongodb', () => prepareModels(connection(), new MongoStatisticsConsentRepository(connection())));
});
