import { MemoryOutbox, MemoryProcessedEvents, MongoOutbox, MongoProcessedEvents } from '@corredor/persistence';
import { buildServiceApp, type AppDeps, type ServiceDefinition } from '@corredor/service-kit';
import { Router } from 'express';
import type { Connection } from 'mongoose';
import { MemoryIntakeRepository } from './intakes/intake.repository.memory';
import { MongoIntakeRepository } from './intakes/intake.repository.mongo';
import { intakesRouter } from './intakes/intakes.routes';

function storage(mongo: Connection | null) {
  if (mongo) {
    const outbox = new MongoOutbox(mongo);
    return { outbox, intakes: new MongoIntakeRepository(mongo, outbox), processed: new MongoProcessedEvents(mongo) };
  }
  const outbox = new MemoryOutbox();
  return { outbox, intakes: new MemoryIntakeRepository(outbox), processed: new MemoryProcessedEvents() };
}

export const intakeService: ServiceDefinition = {
  name: 'intake',
  errorPrefix: 'INTAKE',
  defaultPort: 3001,
  create: ({ mongo, clock, outboxWritten }) => {
    const { outbox, intakes, processed } = storage(mongo);
    const api = Router();
    api.use(intakesRouter({ intakes, clock, outboxWritten }));
    return { api, subscriptions: [], processed, outbox, isStoreReachable: () => intakes.isReachable() };
  },
};

export const buildApp = (deps: AppDeps) => buildServiceApp(intakeService, deps);
