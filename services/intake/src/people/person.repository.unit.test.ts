import { MemoryOutbox } from '@corredor/persistence';
import { describePersonRepositoryContract } from './person.repository.contract';
import { MemoryPersonRepository } from './person.repository.memory';

describePersonRepositoryContract('in-memory', async () => {
  const outbox = new MemoryOutbox();
  return { people: new MemoryPersonRepository(outbox), outbox };
});
