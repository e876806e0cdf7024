import { subscription } from '@corredor/messaging';
import { MemoryProcessedEvents, MongoProcessedEvents } from '@corredor/persistence';
import { buildServiceApp, type AppDeps, type ServiceDefinition } from '@corredor/service-kit';
import { Router } from 'express';
import * as countPersonServed from './people-served/count-person-served.subscriber';
import { peopleServedRouter } from './people-served/people-served.routes';
import { MemoryServedPersonRepository } from './people-served/served-person.repository.memory';
import { MongoServedPersonRepository } from './people-served/served-person.repository.mongo';

export const reportingService: ServiceDefinition = {
  name: 'reporting',
  errorPrefix: 'REPORTING',
  defaultPort: 3005,
  create: ({ mongo, clock, centres }) => {
    const people = mongo ? new MongoServedPersonRepository(mongo) : new MemoryServedPersonRepository();
    const api = Router();
    api.use(peopleServedRouter({ people, clock, centres }));
    return {
      api,
      subscriptions: [subscription(countPersonServed.config, countPersonServed.handler({ people }))],
      processed: mongo ? new MongoProcessedEvents(mongo) : new MemoryProcessedEvents(),
      isStoreReachable: () => people.isReachable(),
    };
  },
};

export const buildApp = (deps: AppDeps) => buildServiceApp(reportingService, deps);
