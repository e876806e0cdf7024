import { MemoryCollection } from '@corredor/persistence';
import type { Notification } from './notification';
import type { NotificationRepository } from './notification.repository';

export class MemoryNotificationRepository implements NotificationRepository {
  private readonly notifications = new MemoryCollection<Notification>('notifications', [
    { name: 'tenant_sourceEventId', fields: ['tenant', 'sourceEventId'] },
  ]);

  async add(notification: Notification): Promise<void> {
    this.notifications.insert(notification);
  }

  async list(tenant: string, options: { unreadBy?: string; limit: number }): Promise<Notification[]> {
    const filter = { tenant, ...(options.unreadBy ? { readBy: { $ne: options.unreadBy } } : {}) };
    return this.notifications.find(filter, { sort: { createdAt: -1, id: 1 }, limit: options.limit });
  }

  async markRead(tenant: string, id: string, userId: string): Promise<boolean> {
    const updated = this.notifications.updateWhere({ tenant, id }, (n) => ({ ...n, readBy: n.readBy.includes(userId) ? n.readBy : [...n.readBy, userId] }));
    return updated > 0;
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
