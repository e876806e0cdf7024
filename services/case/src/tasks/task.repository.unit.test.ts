import { TestCentreKeys } from '@corredor/service-kit/testing';
import { MemoryOutbox } from '@corredor/persistence';
import { describeTaskRepositoryContract } from './task.repository.contract';
import { MemoryTaskRepository } from './task.repository.memory';

describeTaskRepositoryContract('in-memory', async () => {
  const outbox = new MemoryOutbox();
  return { tasks: new MemoryTaskRepository(outbox, new TestCentreKeys()), outbox };
});
