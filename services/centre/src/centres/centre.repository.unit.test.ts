import { MemoryOutbox } from '@corredor/persistence';
import { describeCentreRepositoryContract } from './centre.repository.contract';
import { MemoryCentreRepository } from './centre.repository.memory';

describeCentreRepositoryContract('in-memory', async () => {
  const outbox = new MemoryOutbox();
  return { centres: new MemoryCentreRepository(outbox), outbox };
});
