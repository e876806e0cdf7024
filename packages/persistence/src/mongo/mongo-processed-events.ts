import type { ProcessedEvents } from '@corredor/messaging';
import { Schema, type Connection, type Model } from 'mongoose';

interface ProcessedEventDocument {
  _id: string;
  group: string;
  eventId: string;
  processedAt: Date;
}

const schema = new Schema<ProcessedEventDocument>(
  {
    _id: { type: String, required: true },
    group: { type: String, required: true },
    eventId: { type: String, required: true },
    processedAt: { type: Date, required: true },
  },
  { collection: 'processed_events', versionKey: false },
);
schema.index({ group: 1, eventId: 1 }, { unique: true });

export class MongoProcessedEvents implements ProcessedEvents {
  private readonly model: Model<ProcessedEventDocument>;

  constructor(connection: Connection) {
    this.model = connection.models['ProcessedEvent'] ?? connection.model<ProcessedEventDocument>('ProcessedEvent', schema);
  }

  async has(group: string, eventId: string): Promise<boolean> {
    return (await this.model.exists({ group, eventId })) !== null;
  }

  async add(group: string, eventId: string, at: Date): Promise<void> {
    await this.model.updateOne(
      { _id: `${group}/${eventId}` },
      { $setOnInsert: { group, eventId, processedAt: at } },
      { upsert: true },
    );
  }
}
