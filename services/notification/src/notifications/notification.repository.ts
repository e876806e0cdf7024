import type { Notification } from './notification';

export interface NotificationRepository {
  /** A second notification for the same source event is a DuplicateKeyError. */
  add(notification: Notification): Promise<void>;
  /** Newest first; `unreadBy` keeps those that user has not read. */
  list(tenant: string, options: { unreadBy?: string; limit: number }): Promise<Notification[]>;
  /** Returns false when there is no such notification at the centre. */
  markRead(tenant: string, id: string, userId: string): Promise<boolean>;
  isReachable(): Promise<boolean>;
}
