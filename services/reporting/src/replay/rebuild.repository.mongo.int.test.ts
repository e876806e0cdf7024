import { describeWithMongo, prepareModels } from '@corredor/persistence';
import { describeRebuildRepositoryContract } from './rebuild.repository.contract';
import { MongoRebuildRepository } from './rebuild.repository.mongo';

describeWithMongo('rebuild repository', (connection) => {
  describeRebuildRepositoryContract('mongodb', () => prepareModels(connection(), new MongoRebuildRepository(connection())));
});
