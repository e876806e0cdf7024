import { subscription } from '@corredor/messaging';
import { MemoryProcessedEvents, MongoProcessedEvents } from '@corredor/persistence';
import { ApiRoutes, buildServiceApp, type AppDeps, type ServiceDefinition } from '@corredor/service-kit';
import { MemoryNotificationRepository } from './notifications/notification.repository.memory';
import { MongoNotificationRepository } from './notifications/notification.repository.mongo';
import { notificationRoutes } from './notifications/notifications.routes';
import * as notifyAssignment from './notifications/notify-assignment.subscriber';
import * as notifyClosureRequested from './notifications/notify-closure-requested.subscriber';
import * as notifyHighRisk from './notifications/notify-high-risk.subscriber';
import * as notifyNewCase from './notifications/notify-new-case.subscriber';
import * as notifyTaskReminder from './notifications/notify-task-reminder.subscriber';
import * as notifyTransfer from './notifications/notify-transfer.subscriber';

export const notificationService: ServiceDefinition = {
  name: 'notification',
  errorPrefix: 'NOTIFICATION',
  defaultPort: 3004,
  create: ({ mongo, clock, centres }) => {
    const notifications = mongo ? new MongoNotificationRepository(mongo) : new MemoryNotificationRepository();
    const api = new ApiRoutes('notification');
    notificationRoutes(api, { notifications });
    const deps = { notifications, clock, centres };
    return {
      api,
      subscriptions: [
        subscription(notifyNewCase.config, notifyNewCase.handler(deps)),
        subscription(notifyHighRisk.config, notifyHighRisk.handler(deps)),
        subscription(notifyAssignment.config, notifyAssignment.handler(deps)),
        subscription(notifyClosureRequested.config, notifyClosureRequested.handler(deps)),
        notifyTaskReminder.subscription(deps),
        notifyTransfer.subscription(deps),
      ],
      processed: mongo ? new MongoProcessedEvents(mongo) : new MemoryProcessedEvents(),
      isStoreReachable: () => notifications.isReachable(),
    };
  },
};

export const buildApp = (deps: AppDeps) => buildServiceApp(notificationService, deps);
