import { MemoryOutbox } from '@corredor/persistence';
import { describeConsentRepositoryContract } from './consent.repository.contract';
import { MemoryConsentRepository } from './consent.repository.memory';

describeConsentRepositoryContract('in-memory', async () => {
  const outbox = new MemoryOutbox();
  return { consents: new MemoryConsentRepository(outbox), outbox };
});
