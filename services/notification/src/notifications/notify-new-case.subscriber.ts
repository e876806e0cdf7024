import { randomUUID } from 'node:crypto';
import { caseOpenedV1 } from '@corredor/contracts';
import type { EventHandler, SubscriberConfig } from '@corredor/messaging';
import type { CentreDirectoryView } from '@corredor/service-kit';
import { DuplicateKeyError } from '@corredor/persistence';
import { newCaseNotification } from './notification';
import type { NotificationRepository } from './notification.repository';

export const config: SubscriberConfig<typeof caseOpenedV1> = { group: 'notification.new-case', event: caseOpenedV1 };

export const handler =
  (deps: { notifications: NotificationRepository; clock: () => Date; centres: CentreDirectoryView }): EventHandler<typeof caseOpenedV1> =>
  async (event) => {
    const notification = newCaseNotification({
      id: randomUUID(),
      tenant: event.tenantid,
      caseId: event.data.caseId,
      sourceEventId: event.id,
      now: deps.clock(),
      centreLanguages: deps.centres.languagesOf(event.tenantid),
    });
    try {
      await deps.notifications.add(notification);
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  };
