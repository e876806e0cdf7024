import { isMongoReachable, translateMongoError } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import type { Notification } from './notification';
import type { NotificationRepository } from './notification.repository';

/** Notifications stored before they had a language were written in English. */
type NotificationDocument = Omit<Notification, 'id' | 'language'> & { _id: string; language?: Notification['language'] };

const schema = new Schema<NotificationDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    kind: { type: String, required: true },
    title: { type: String, required: true },
    language: { type: String, required: true },
    caseId: { type: String, required: true },
    sourceEventId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    readBy: { type: [String], default: [] },
  },
  { collection: 'notifications', versionKey: false },
);
schema.index({ tenant: 1, sourceEventId: 1 }, { unique: true, name: 'tenant_sourceEventId' });
schema.index({ tenant: 1, createdAt: -1 });

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

  async list(tenant: string, options: { unreadBy?: string; limit: number }): Promise<Notification[]> {
    const filter = { tenant, ...(options.unreadBy ? { readBy: { $ne: options.unreadBy } } : {}) };
    const docs = await this.model.find(filter).sort({ createdAt: -1, _id: 1 }).limit(options.limit).lean<NotificationDocument[]>();
    return docs.map(({ _id, language, ...rest }) => ({ id: _id, ...rest, language: language ?? 'en' }));
  }

  async markRead(tenant: string, id: string, userId: string): Promise<boolean> {
    const result = await this.model.updateOne({ _id: id, tenant }, { $addToSet: { readBy: userId } });
    return result.matchedCount > 0;
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }
}
