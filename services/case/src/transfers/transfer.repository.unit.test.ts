import { TestCentreKeys } from '@corredor/service-kit/testing';
import { MemoryOutbox } from '@corredor/persistence';
import { describeTransferRepositoryContract } from './transfer.repository.contract';
import { MemoryTransferRepository } from './transfer.repository.memory';

describeTransferRepositoryContract('in-memory', async () => {
  const outbox = new MemoryOutbox();
  return { transfers: new MemoryTransferRepository(outbox, new TestCentreKeys()), outbox };
});
