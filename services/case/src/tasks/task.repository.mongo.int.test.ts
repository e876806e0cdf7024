import { TestCentreKeys } from '@corredor/service-kit/testing';
import { describeWithMongo, MongoOutbox, prepareModels } from '@corredor/persistence';
import { describeTaskRepositoryContract } from './task.repository.contract';
import { MongoTaskRepository } from './task.repository.mongo';

describeWithMongo('task repository', (connection) => {
  describeTaskRepositoryContract('mongodb', async () => {
    const outbox = new MongoOutbox(connection());
    const tasks = new MongoTaskRepository(connection(), outbox, new TestCentreKeys());
    return prepareModels(connection(), { tasks, outbox });
  });
});
