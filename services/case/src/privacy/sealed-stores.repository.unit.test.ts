import { MemoryOutbox } from '@corredor/persistence';
import { TestCentreKeys } from '@corredor/service-kit/testing';
import { MemoryCaseRepository } from '../cases/case.repository.memory';
import { MemoryConsentRepository } from '../consents/consent.repository.memory';
import { MemoryLabourClaimRepository } from '../labour-justice/labour-claim.repository.memory';
import { MemoryServiceDeliveryRepository } from '../services-delivered/service-delivery.repository.memory';
import { MemoryTaskRepository } from '../tasks/task.repository.memory';
import { MemoryTransferRepository } from '../transfers/transfer.repository.memory';
import { describeSealedStoresContract } from './sealed-stores.repository.contract';

/** Stored documents as plain records, as a raw read gives them. */
const raw = (docs: readonly object[]): Array<Record<string, unknown>> => docs.map((doc) => Object.fromEntries(Object.entries(doc)));

describeSealedStoresContract('in-memory', async () => {
  const outbox = new MemoryOutbox();
  const keys = new TestCentreKeys();
  const cases = new MemoryCaseRepository(outbox, keys);
  const tasks = new MemoryTaskRepository(outbox, keys);
  const services = new MemoryServiceDeliveryRepository(outbox, keys);
  const claims = new MemoryLabourClaimRepository(outbox, keys);
  const transfers = new MemoryTransferRepository(outbox, keys);
  const consents = new MemoryConsentRepository();
  return {
    cases,
    tasks,
    services,
    claims,
    transfers,
    consents,
    raw: async () => ({
      cases: raw(cases.cases.contents()),
      tasks: raw(tasks.tasks.contents()),
      case_services: raw(services.services.contents()),
      labour_claims: raw(claims.claims.contents()),
      transfers: raw(transfers.collection.contents()),
      consents: raw(consents.consents.contents()),
    }),
  };
});
