import { subscription } from '@corredor/messaging';
import { MemoryProcessedEvents, MongoProcessedEvents } from '@corredor/persistence';
import { ApiRoutes, buildServiceApp, type AppDeps, type ServiceDefinition } from '@corredor/service-kit';
import { MemoryNotificationRepository } from './notifications/notification.repository.memory';
import { MongoNotificationRepository } from './notifications/notification.repository.mongo';
import { notificationRoutes } from './notifications/notifications.routes';
import * as notifyNewCase from './notifications/notify-new-case.subscriber';

export const notificationService: ServiceDefinition = {
  name: 'notification',
  errorPrefix: 'NOTIFICATION',
  defaultPort: 3004,
  create: ({ mongo, clock, centres }) => {
    const notifications = mongo ? new MongoNotificationRepository(mongo) : new MemoryNotificationRepository();
    const api = new ApiRoutes();
    notificationRoutes(api, { notifications });
    return {
      api,
      subscriptions: [subscription(notifyNewCase.config, notifyNewCase.handler({ notifications, clock, centres }))],
      processed: mongo ? new MongoProcessedEvents(mongo) : new MemoryProcessedEvents(),
      isStoreReachable: () => notifications.isReachable(),
    };
  },
};

export const buildApp = (deps: AppDeps) => buildServiceApp(notificationService, deps);
