import { describeWithMongo, MongoOutbox, prepareModels } from '@corredor/persistence';
import { describeIntakeRepositoryContract } from './intake.repository.contract';
import { MongoIntakeRepository } from './intake.repository.mongo';

describeWithMongo('intake repository', (connection) => {
  describeIntakeRepositoryContract('mongodb', async () => {
    const outbox = new MongoOutbox(connection());
    const intakes = new MongoIntakeRepository(connection(), outbox);
    return prepareModels(connection(), { intakes, outbox });
  });
});
