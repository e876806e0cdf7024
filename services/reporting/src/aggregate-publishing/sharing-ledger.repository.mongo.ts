import type { OutboxRecord } from '@corredor/messaging';
import { DuplicateKeyError, inTransaction, isMongoReachable, translateMongoError, type MongoOutbox } from '@corredor/persistence';
import { Schema, type ClientSession, type Connection, type Model } from 'mongoose';
import type { AnnouncedStatus, PublishedPeriod, SharingLedger } from './sharing-ledger.repository';

type PeriodDocument = Omit<PublishedPeriod, 'id'> & { _id: string };
type StatusDocument = Omit<AnnouncedStatus, 'id'> & { _id: string };

const PERIODS = 'network_publications';
const STATUSES = 'network_statuses';

const periodSchema = new Schema<PeriodDocument>(
  {
    _id: { type: String, required: true },
    centre: { type: String, required: true },
    network: { type: String, required: true },
    agreementId: { type: String, required: true },
    period: {
      type: new Schema({ kind: { type: String, required: true }, label: { type: String, required: true }, from: { type: String, required: true }, to: { type: String, required: true } }, { _id: false }),
      required: true,
    },
    publishedAt: { type: Date, required: true },
  },
  { collection: PERIODS, versionKey: false },
);
periodSchema.index({ centre: 1, network: 1, 'period.to': -1 });

const statusSchema = new Schema<StatusDocument>(
  {
    _id: { type: String, required: true },
    centre: { type: String, required: true },
    network: { type: String, required: true },
    status: { type: String, enum: ['sharing', 'not-sharing', 'left'], required: true },
    agreementId: { type: String, default: null },
    centreName: { type: String, required: true },
    revision: { type: Number, required: true },
    announcedAt: { type: Date, required: true },
  },
  { collection: STATUSES, versionKey: false },
);

const fromDocument = <D extends { _id: string }>({ _id, ...rest }: D) => ({ id: _id, ...rest });

/** Thrown inside a transaction to roll it back when a conditional update matched nothing. */
class NotClaimed extends Error {}

export class MongoSharingLedger implements SharingLedger {
  private readonly periods: Model<PeriodDocument>;
  private readonly announced: Model<StatusDocument>;

  constructor(
    private readonly connection: Connection,
    private readonly outbox: MongoOutbox,
  ) {
    this.periods = connection.models['NetworkPublication'] ?? connection.model<PeriodDocument>('NetworkPublication', periodSchema);
    this.announced = connection.models['NetworkStatus'] ?? connection.model<StatusDocument>('NetworkStatus', statusSchema);
  }

  async lastPublished(centre: string, network: string): Promise<PublishedPeriod | null> {
    const doc = await this.periods.findOne({ centre, network }).sort({ 'period.to': -1 }).lean<PeriodDocument>();
    return doc ? fromDocument(doc) : null;
  }

  async claimPeriod(published: PublishedPeriod, events: OutboxRecord[]): Promise<boolean> {
    const { id, ...rest } = published;
    return this.claim(PERIODS, async (session) => {
      await this.periods.create([{ _id: id, ...rest }], { session });
      if (events.length > 0) await this.outbox.add(events, session);
    });
  }

  async statuses(): Promise<AnnouncedStatus[]> {
    const docs = await this.announced.find({}).sort({ _id: 1 }).lean<StatusDocument[]>();
    return docs.map(fromDocument);
  }

  async claimStatus(status: AnnouncedStatus, events: OutboxRecord[]): Promise<boolean> {
    const { id, ...rest } = status;
    return this.claim(STATUSES, async (session) => {
      if (status.revision === 1) await this.announced.create([{ _id: id, ...rest }], { session });
      else {
        const result = await this.announced.replaceOne({ _id: id, revision: status.revision - 1 }, rest, { session });
        if (result.matchedCount === 0) throw new NotClaimed();
      }
      if (events.length > 0) await this.outbox.add(events, session);
    });
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }

  /** Runs the claim in a transaction; false when another scan got there first (a duplicate, or a revision moved on). */
  private async claim(collection: string, work: (session: ClientSession) => Promise<void>): Promise<boolean> {
    try {
      await inTransaction(this.connection, work);
      return true;
    } catch (error) {
      if (error instanceof NotClaimed || translateMongoError(error, collection) instanceof DuplicateKeyError) return false;
      throw error;
    }
  }
}
