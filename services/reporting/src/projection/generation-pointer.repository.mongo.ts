import { Schema, type Connection, type Model } from 'mongoose';
import type { GenerationPointerRepository } from './generation-pointer.repository';

interface PointerDocument {
  _id: string;
  generation: string;
  switchedAt: Date;
}

const schema = new Schema<PointerDocument>(
  { _id: { type: String, required: true }, generation: { type: String, required: true }, switchedAt: { type: Date, required: true } },
  { collection: 'reporting_generation', versionKey: false },
);

const LIVE = 'live';

/** One document, shared by every process of the service: a switch made by one is seen by the others. */
export class MongoGenerationPointerRepository implements GenerationPointerRepository {
  private readonly model: Model<PointerDocument>;

  constructor(connection: Connection) {
    this.model = connection.models['ReportingGeneration'] ?? connection.model<PointerDocument>('ReportingGeneration', schema);
  }

  async read(): Promise<string | null> {
    return (await this.model.findOne({ _id: LIVE }).lean<PointerDocument>())?.generation ?? null;
  }

  async write(generation: string, at: Date): Promise<void> {
    await this.model.updateOne({ _id: LIVE }, { $set: { generation, switchedAt: at } }, { upsert: true });
  }
}
