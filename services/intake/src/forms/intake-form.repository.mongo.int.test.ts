import { describeWithMongo, prepareModels } from '@corredor/persistence';
import { describeIntakeFormRepositoryContract } from './intake-form.repository.contract';
import { MongoIntakeFormRepository } from './intake-form.repository.mongo';

describeWithMongo('intake form repository', (connection) => {
  describeIntakeFormRepositoryContract('mongodb', async () => prepareModels(connection(), new MongoIntakeFormRepository(connection())));
});
