import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@corredor/contracts';
import { DuplicateKeyError } from '@corredor/persistence';
import type { CentreDirectoryView } from '@corredor/service-kit';
import { notification, type NotificationInput } from './notification';
import type { NotificationRepository } from './notification.repository';

export interface NotifyDeps {
  notifications: NotificationRepository;
  clock: () => Date;
  centres: CentreDirectoryView;
  newId?: () => string;
}

/**
 * Records the notification an event causes, in the language of the centre it is for (as the
 * centre has it now). A redelivered event finds its notification already there: nothing more.
 */
export async function notify(
  deps: NotifyDeps,
  event: EventEnvelope,
  input: Omit<NotificationInput, 'id' | 'sourceEventId' | 'now' | 'centreLanguages' | 'tenant'> & { tenant?: string },
): Promise<void> {
  const tenant = input.tenant ?? event.tenantid;
  try {
    await deps.notifications.add(
      notification({
        ...input,
        id: (deps.newId ?? randomUUID)(),
        tenant,
        sourceEventId: event.id,
        now: deps.clock(),
        centreLanguages: deps.centres.languagesOf(tenant),
      }),
    );
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
  }
}
