import { MemoryOutbox, MemoryProcessedEvents, MongoOutbox, MongoProcessedEvents } from '@corredor/persistence';
import { ApiRoutes, buildServiceApp, type AppDeps, type CentreKeys, type ServiceDefinition } from '@corredor/service-kit';
import type { Connection } from 'mongoose';
import { consentRoutes } from './consents/consents.routes';
import { MemoryConsentRepository } from './consents/consent.repository.memory';
import { MongoConsentRepository } from './consents/consent.repository.mongo';
import { intakeFormRoutes, MemoryIntakeFormRepository, MongoIntakeFormRepository } from './forms';
import { MemoryIdempotencyRepository } from './idempotency/idempotency.repository.memory';
import { MongoIdempotencyRepository } from './idempotency/idempotency.repository.mongo';
import { MemoryIntakeRecords } from './intakes/intake-records.memory';
import { MongoIntakeRecords } from './intakes/intake-records.mongo';
import { MemoryIntakeRepository } from './intakes/intake.repository.memory';
import { MongoIntakeRepository } from './intakes/intake.repository.mongo';
import { intakeRoutes } from './intakes/intakes.routes';
import { peopleRoutes } from './people/people.routes';
import { MemoryPersonRepository } from './people/person.repository.memory';
import { MongoPersonRepository } from './people/person.repository.mongo';
import { receiveTransferredPerson } from './transfers/receive-transferred-person.subscriber';

/** Personal data is sealed under each centre's data key by the repositories (one codec per record, shared by both adapters). */
function storage(mongo: Connection | null, keys: CentreKeys) {
  if (mongo) {
    const outbox = new MongoOutbox(mongo);
    const stores = {
      intakes: new MongoIntakeRepository(mongo, keys),
      people: new MongoPersonRepository(mongo, outbox, keys),
      consents: new MongoConsentRepository(mongo, outbox, keys),
      idempotency: new MongoIdempotencyRepository(mongo),
      outbox,
    };
    return { ...stores, records: new MongoIntakeRecords(mongo, stores), forms: new MongoIntakeFormRepository(mongo), processed: new MongoProcessedEvents(mongo) };
  }
  const outbox = new MemoryOutbox();
  const stores = {
    intakes: new MemoryIntakeRepository(keys),
    people: new MemoryPersonRepository(outbox, keys),
    consents: new MemoryConsentRepository(outbox, keys),
    idempotency: new MemoryIdempotencyRepository(),
    outbox,
  };
  return { ...stores, records: new MemoryIntakeRecords(stores), forms: new MemoryIntakeFormRepository(), processed: new MemoryProcessedEvents() };
}

export const intakeService: ServiceDefinition = {
  name: 'intake',
  errorPrefix: 'INTAKE',
  defaultPort: 3001,
  create: ({ mongo, clock, outboxWritten, centres, keys, audit }) => {
    const stores = storage(mongo, keys);
    const api = new ApiRoutes('intake');
    peopleRoutes(api, { ...stores, audit, keys, clock, outboxWritten });
    intakeRoutes(api, { ...stores, centres, clock, outboxWritten, keys, audit });
    consentRoutes(api, { ...stores, clock, outboxWritten });
    intakeFormRoutes(api, { forms: stores.forms, clock, centres });
    return {
      api,
      subscriptions: [receiveTransferredPerson({ ...stores, outboxWritten })],
      processed: stores.processed,
      outbox: stores.outbox,
      isStoreReachable: () => stores.intakes.isReachable(),
    };
  },
};

export const buildApp = (deps: AppDeps) => buildServiceApp(intakeService, deps);
