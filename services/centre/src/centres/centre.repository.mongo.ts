import type { OutboxRecord } from '@corredor/messaging';
import { insertWithEvents, inTransaction, isMongoReachable, replaceVersioned, type MongoOutbox } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import type { Centre } from './centre.domain';
import type { CentreRepository } from './centre.repository';

type CentreDocument = Omit<Centre, 'id'> & { _id: string };

const centreSchema = new Schema<CentreDocument>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    city: { type: String, required: true },
    country: { type: String, required: true },
    timeZone: { type: String, required: true },
    languages: { type: [String], required: true },
    services: { type: [String], required: true },
    contact: { email: String, phone: String, address: String },
    networks: { type: [String], required: true },
    security: { requireSecondFactor: { type: Boolean, required: true } },
    status: { type: String, required: true },
    version: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'centres', versionKey: false, minimize: false },
);
centreSchema.index({ networks: 1, _id: 1 });

function toCentre({ _id, contact, ...rest }: CentreDocument): Centre {
  // MongoDB keeps absent optional fields absent; normalise to what the domain writes.
  const cleanContact = Object.fromEntries(Object.entries(contact ?? {}).filter(([, value]) => value !== undefined && value !== null));
  return { id: _id, contact: cleanContact, ...rest };
}

export class MongoCentreRepository implements CentreRepository {
  readonly model: Model<CentreDocument>;

  constructor(
    private readonly connection: Connection,
    private readonly outbox: MongoOutbox,
  ) {
    this.model = connection.models['Centre'] ?? connection.model<CentreDocument>('Centre', centreSchema);
  }

  async add(centre: Centre, events: OutboxRecord[]): Promise<void> {
    const { id, ...rest } = centre;
    await insertWithEvents(this.connection, this.model, { _id: id, ...rest }, this.outbox, events);
  }

  async update(centre: Centre, expectedVersion: number, events: OutboxRecord[]): Promise<void> {
    const { id, ...rest } = centre;
    await inTransaction(this.connection, async (session) => {
      await replaceVersioned(this.model, 'centres', { _id: id, ...rest }, expectedVersion, session);
      await this.outbox.add(events, session);
    });
  }

  async findById(id: string): Promise<Centre | null> {
    const doc = await this.model.findById(id).lean<CentreDocument>();
    return doc ? toCentre(doc) : null;
  }

  async listByNetwork(network: string): Promise<Centre[]> {
    const docs = await this.model.find({ networks: network }).sort({ _id: 1 }).lean<CentreDocument[]>();
    return docs.map(toCentre);
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }
}
