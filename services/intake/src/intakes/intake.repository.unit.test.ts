import { MemoryOutbox } from '@corredor/persistence';
import { MemoryConsentRepository } from '../consents/consent.repository.memory';
import { MemoryIdempotencyRepository } from '../idempotency/idempotency.repository.memory';
import { MemoryPersonRepository } from '../people/person.repository.memory';
import { MemoryIntakeRecords } from './intake-records.memory';
import { describeIntakeRepositoryContract } from './intake.repository.contract';
import { MemoryIntakeRepository } from './intake.repository.memory';

describeIntakeRepositoryContract('in-memory', async () => {
  const outbox = new MemoryOutbox();
  const stores = {
    intakes: new MemoryIntakeRepository(),
    people: new MemoryPersonRepository(outbox),
    consents: new MemoryConsentRepository(outbox),
    idempotency: new MemoryIdempotencyRepository(),
    outbox,
  };
  return { ...stores, keys: stores.idempotency, records: new MemoryIntakeRecords(stores) };
});
