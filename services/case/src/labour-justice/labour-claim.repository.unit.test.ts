import { TestCentreKeys } from '@corredor/service-kit/testing';
import { MemoryOutbox } from '@corredor/persistence';
import { describeLabourClaimRepositoryContract } from './labour-claim.repository.contract';
import { MemoryLabourClaimRepository } from './labour-claim.repository.memory';

describeLabourClaimRepositoryContract('in-memory', async () => {
  const outbox = new MemoryOutbox();
  return { claims: new MemoryLabourClaimRepository(outbox, new TestCentreKeys()), outbox };
});
