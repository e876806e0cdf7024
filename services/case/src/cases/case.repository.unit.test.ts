import { TestCentreKeys } from '@corredor/service-kit/testing';
import { MemoryOutbox } from '@corredor/persistence';
import { describeCaseRepositoryContract } from './case.repository.contract';
import { MemoryCaseRepository } from './case.repository.memory';

describeCaseRepositoryContract('in-memory', async () => {
  const outbox = new MemoryOutbox();
  return { cases: new MemoryCaseRepository(outbox, new TestCentreKeys()), outbox };
});
