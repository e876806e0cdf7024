import { MemoryOutbox } from '@corredor/persistence';
import { TestCentreKeys } from '@corredor/service-kit/testing';
import { memoryRawDocuments } from '../raw-documents';
import { describePersonRepositoryContract } from './person.repository.contract';
import { MemoryPersonRepository } from './person.repository.memory';

describePersonRepositoryContract('in-memory', async () => {
  const outbox = new MemoryOutbox();
  const keys = new TestCentreKeys();
  const people = new MemoryPersonRepository(outbox, keys);
  return { people, outbox, keys, raw: memoryRawDocuments(people.collection) };
});
