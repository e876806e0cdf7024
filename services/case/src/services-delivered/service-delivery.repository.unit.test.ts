import { TestCentreKeys } from '@corredor/service-kit/testing';
import { MemoryOutbox } from '@corredor/persistence';
import { describeServiceDeliveryRepositoryContract } from './service-delivery.repository.contract';
import { MemoryServiceDeliveryRepository } from './service-delivery.repository.memory';

describeServiceDeliveryRepositoryContract('in-memory', async () => {
  const outbox = new MemoryOutbox();
  return { services: new MemoryServiceDeliveryRepository(outbox, new TestCentreKeys()), outbox };
});
