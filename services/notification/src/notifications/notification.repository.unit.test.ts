import { describeNotificationRepositoryContract } from './notification.repository.contract';
import { MemoryNotificationRepository } from './notification.repository.memory';

describeNotificationRepositoryContract('in-memory', async () => new MemoryNotificationRepository());
