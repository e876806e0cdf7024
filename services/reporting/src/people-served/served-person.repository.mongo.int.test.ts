import { describeWithMongo, prepareModels } from '@corredor/persistence';
import { describeServedPersonRepositoryContract } from './served-person.repository.contract';
import { MongoServedPersonRepository } from './served-person.repository.mongo';

describeWithMongo('served-person repository', (connection) => {
  describeServedPersonRepositoryContract('mongodb', () => prepareModels(connection(), new MongoServedPersonRepository(connection())));
});
