import { MemoryOutbox } from '@corredor/persistence';
import { TestCentreKeys } from '@corredor/service-kit/testing';
import { memoryRawDocuments } from '../raw-documents';
import { describeConsentRepositoryContract } from './consent.repository.contract';
import { MemoryConsentRepository } from './consent.repository.memory';

describeConsentRepositoryContract('in-memory', async () => {
  const outbox = new MemoryOutbox();
  const keys = new TestCentreKeys();
  const consents = new MemoryConsentRepository(outbox, keys);
  return { consents, outbox, keys, raw: memoryRawDocuments(consents.collection) };
});
