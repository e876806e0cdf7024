import { MemoryOutbox } from '@corredor/persistence';
import { describeCentreRepositoryContract } from './centre.repository.contract';
import { MemoryCentreRepository } from './centre.repository.memory';

describeCentreRepositoryContract('in-memory', async () => {
  const outbox = new MemoryOutbox();
  const centres = new MemoryCentreRepository(outbox);
  return { centres, outbox, raw: async (id) => centres.collection.findOne({ id }) ?? null };
});
