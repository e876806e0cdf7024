import { orderedSubscription, subscription } from '@corredor/messaging';
import { MemoryProcessedEvents, MongoProcessedEvents } from '@corredor/persistence';
import { ApiRoutes, buildServiceApp, type AppDeps, type ServiceDefinition } from '@corredor/service-kit';
import * as countPersonServed from './people-served/count-person-served.subscriber';
import { peopleServedRoutes } from './people-served/people-served.routes';
import { MemoryServedPersonRepository } from './people-served/served-person.repository.memory';
import { MongoServedPersonRepository } from './people-served/served-person.repository.mongo';
import * as honourStatisticsConsent from './statistics-consents/honour-statistics-consent.subscriber';
import { MemoryStatisticsConsentRepository } from './statistics-consents/statistics-consent.repository.memory';
import { MongoStatisticsConsentRepository } from './statistics-consents/statistics-consent.repository.mongo';

export const reportingService: ServiceDefinition = {
  name: 'reporting',
  errorPrefix: 'REPORTING',
  defaultPort: 3005,
  create: ({ mongo, clock, centres }) => {
    const people = mongo ? new MongoServedPersonRepository(mongo) : new MemoryServedPersonRepository();
    const consents = mongo ? new MongoStatisticsConsentRepository(mongo) : new MemoryStatisticsConsentRepository();
    const api = new ApiRoutes('reporting');
    peopleServedRoutes(api, { people, clock, centres });
    return {
      api,
      subscriptions: [
        subscription(countPersonServed.config, countPersonServed.handler({ people, consents })),
        orderedSubscription(honourStatisticsConsent.config.group, honourStatisticsConsent.handlers({ consents, people })),
      ],
      processed: mongo ? new MongoProcessedEvents(mongo) : new MemoryProcessedEvents(),
      isStoreReachable: () => people.isReachable(),
    };
  },
};

export const buildApp = (deps: AppDeps) => buildServiceApp(reportingService, deps);
