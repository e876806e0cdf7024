import { CENTRE_STAFF_ROLES } from '@corredor/contracts';
import { isMongoReachable, translateMongoError } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import type { Notification, NotificationViewer } from './notification';
import { addressedTo, asSortObject, listFilter, notificationSort } from './notification.filters';
import type { NotificationQuery, NotificationRepository } from './notification.repository';

/**
 * Notifications stored before they had a language were written in English; before they had an
 * audience and a priority they were new-case notices for everyone.
 */
type NotificationDocument = Omit<Notification, 'id' | 'language' | 'priority' | 'audience' | 'taskId' | 'transferId'> & {
  _id: string;
  language?: Notification['language'];
  priority?: Notification['priority'];
  audience?: Notification['audience'];
  taskId?: string | null;
  transferId?: string | null;
};

const schema = new Schema<NotificationDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    kind: { type: String, required: true },
    title: { type: String, required: true },
    language: { type: String, required: true },
    priority: { type: String, required: true },
    audience: {
      roles: { type: [String], required: true },
      userId: { type: String, default: null },
    },
    caseId: { type: String, default: null },
    taskId: { type: String, default: null },
    transferId: { type: String, default: null },
    sourceEventId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    readBy: { type: [String], default: [] },
  },
  { collection: 'notifications', versionKey: false },
);
schema.index({ tenant: 1, sourceEventId: 1 }, { unique: true, name: 'tenant_sourceEventId' });
schema.index({ tenant: 1, createdAt: -1, _id: 1 });

function toNotification({ _id, language, priority, audience, taskId, transferId, ...rest }: NotificationDocument): Notification {
  return {
    id: _id,
    ...rest,
    language: language ?? 'en',
    priority: priority ?? 'normal',
    audience: audience ?? { roles: [...CENTRE_STAFF_ROLES], userId: null },
    taskId: taskId ?? null,
    transferId: transferId ?? null,
  };
}

export class MongoNotificationRepository implements NotificationRepository {
  private readonly model: Model<NotificationDocument>;

  constructor(private readonly connection: Connection) {
    this.model = connection.models['Notification'] ?? connection.model<NotificationDocument>('Notification', schema);
  }

  async add(notification: Notification): Promise<void> {
    const { id, ...rest } = notification;
    try {
      await this.model.create({ _id: id, ...rest });
    } catch (error) {
      throw translateMongoError(error, 'notifications');
    }
  }

  async list(tenant: string, query: NotificationQuery): Promise<Notification[]> {
    const docs = await this.model
      .find(listFilter(tenant, query, '_id'))
      .sort(asSortObject(notificationSort('_id')))
      .limit(query.limit)
      .lean<NotificationDocument[]>();
    return docs.map(toNotification);
  }

  async markRead(tenant: string, id: string, viewer: NotificationViewer): Promise<boolean> {
    const result = await this.model.updateOne({ _id: id, tenant, ...addressedTo(viewer) }, { $addToSet: { readBy: viewer.userId } });
    return result.matchedCount > 0;
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }
}
