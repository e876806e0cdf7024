import { describeWithMongo, MongoOutbox, prepareModels } from '@corredor/persistence';
import { describePersonRepositoryContract } from './person.repository.contract';
import { MongoPersonRepository } from './person.repository.mongo';

describeWithMongo('person repository', (connection) => {
  describePersonRepositoryContract('mongodb', async () => {
    const outbox = new MongoOutbox(connection());
    const people = new MongoPersonRepository(connection(), outbox);
    return prepareModels(connection(), { people, outbox });
  });
});
