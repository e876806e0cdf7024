import { MemoryCollection } from '@corredor/persistence';
import type { Notification, NotificationViewer } from './notification';
import { addressedTo, asSortObject, listFilter, notificationSort } from './notification.filters';
import type { NotificationQuery, NotificationRepository } from './notification.repository';

export class MemoryNotificationRepository implements NotificationRepository {
  private readonly notifications = new MemoryCollection<Notification>(
    'notifications',
    [{ name: 'tenant_sourceEventId', fields: ['tenant', 'sourceEventId'] }],
    [],
    // The list's order (newest first), as MongoDB's index on it: a page reads the newest few, not all.
    { sorted: [asSortObject(notificationSort('id'))] },
  );

  async add(notification: Notification): Promise<void> {
    this.notifications.insert(notification);
  }

  async list(tenant: string, query: NotificationQuery): Promise<Notification[]> {
    return this.notifications.find(listFilter(tenant, query, 'id'), { sort: asSortObject(notificationSort('id')), limit: query.limit });
  }

  async markRead(tenant: string, id: string, viewer: NotificationViewer): Promise<boolean> {
    const updated = this.notifications.updateWhere({ tenant, id, ...addressedTo(viewer) }, (n) => ({
      ...n,
      readBy: n.readBy.includes(viewer.userId) ? n.readBy : [...n.readBy, viewer.userId],
    }));
    return updated > 0;
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
