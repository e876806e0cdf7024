import { MemoryOutbox } from '@corredor/persistence';
import { TestCentreKeys } from '@corredor/service-kit/testing';
import { MemoryConsentRepository } from '../consents/consent.repository.memory';
import { MemoryIdempotencyRepository } from '../idempotency/idempotency.repository.memory';
import { MemoryPersonRepository } from '../people/person.repository.memory';
import { memoryRawDocuments } from '../raw-documents';
import { MemoryIntakeRecords } from './intake-records.memory';
import { describeIntakeRepositoryContract } from './intake.repository.contract';
import { MemoryIntakeRepository } from './intake.repository.memory';

describeIntakeRepositoryContract('in-memory', async () => {
  const outbox = new MemoryOutbox();
  const centreKeys = new TestCentreKeys();
  const stores = {
    intakes: new MemoryIntakeRepository(centreKeys),
    people: new MemoryPersonRepository(outbox, centreKeys),
    consents: new MemoryConsentRepository(outbox, centreKeys),
    idempotency: new MemoryIdempotencyRepository(),
    outbox,
  };
  const records = new MemoryIntakeRecords(stores);
  const raw = memoryRawDocuments(stores.intakes.collection, stores.people.collection, stores.consents.collection, stores.idempotency.collection, records.erasures);
  return { ...stores, keys: stores.idempotency, records, centreKeys, raw };
});
