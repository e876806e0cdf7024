import { describeWithMongo, prepareModels } from '@corredor/persistence';
import { describeNotificationRepositoryContract } from './notification.repository.contract';
import { MongoNotificationRepository } from './notification.repository.mongo';

describeWithMongo('notification repository', (connection) => {
  describeNotificationRepositoryContract('mongodb', () => prepareModels(connection(), new MongoNotificationRepository(connection())));
});
