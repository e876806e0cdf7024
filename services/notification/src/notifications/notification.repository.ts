import type { Notification, NotificationViewer } from './notification';

/** Lists sort newest first, then by id: [createdAt, id]. */
export type NotificationPosition = readonly [createdAt: Date, id: string];

export interface NotificationQuery {
  /** Only what is addressed to the viewer: their user id or one of their roles. */
  viewer: NotificationViewer;
  /** Only what the viewer has not read. */
  unreadOnly?: boolean;
  after: NotificationPosition | null;
  limit: number;
}

export interface NotificationRepository {
  /** A second notification for the same source event at the centre is a DuplicateKeyError. */
  add(notification: Notification): Promise<void>;
  /** Newest first. */
  list(tenant: string, query: NotificationQuery): Promise<Notification[]>;
  /** Returns false when there is no such notification at the centre addressed to the viewer. */
  markRead(tenant: string, id: string, viewer: NotificationViewer): Promise<boolean>;
  isReachable(): Promise<boolean>;
}
