import { subscription } from '@corredor/messaging';
import { MemoryOutbox, MemoryProcessedEvents, MongoOutbox, MongoProcessedEvents } from '@corredor/persistence';
import { buildServiceApp, type AppDeps, type ServiceDefinition } from '@corredor/service-kit';
import { Router } from 'express';
import type { Connection } from 'mongoose';
import { MemoryCaseRepository } from './cases/case.repository.memory';
import { MongoCaseRepository } from './cases/case.repository.mongo';
import { casesRouter } from './cases/cases.routes';
import * as openCase from './cases/open-case.subscriber';

function storage(mongo: Connection | null) {
  if (mongo) {
    const outbox = new MongoOutbox(mongo);
    return { outbox, cases: new MongoCaseRepository(mongo, outbox), processed: new MongoProcessedEvents(mongo) };
  }
  const outbox = new MemoryOutbox();
  return { outbox, cases: new MemoryCaseRepository(outbox), processed: new MemoryProcessedEvents() };
}

export const caseService: ServiceDefinition = {
  name: 'case',
  errorPrefix: 'CASE',
  defaultPort: 3002,
  create: ({ mongo, clock, outboxWritten }) => {
    const { outbox, cases, processed } = storage(mongo);
    const api = Router();
    api.use(casesRouter({ cases, clock, outboxWritten }));
    return {
      api,
      subscriptions: [subscription(openCase.config, openCase.handler({ cases, clock, outboxWritten }))],
      processed,
      outbox,
      isStoreReachable: () => cases.isReachable(),
    };
  },
};

export const buildApp = (deps: AppDeps) => buildServiceApp(caseService, deps);
