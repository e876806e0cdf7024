import { describeWithMongo, prepareModels } from '@corredor/persistence';
import { describeGenerationPointerRepositoryContract } from './generation-pointer.repository.contract';
import { MongoGenerationPointerRepository } from './generation-pointer.repository.mongo';

describeWithMongo('generation-pointer repository', (connection) => {
  describeGenerationPointerRepositoryContract('mongodb', () => prepareModels(connection(), new MongoGenerationPointerRepository(connection())));
});
