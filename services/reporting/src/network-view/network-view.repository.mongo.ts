import { DuplicateKeyError, isMongoReachable, translateMongoError, trusted } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import type { MemberStatus, NetworkViewRepository, PublishedAggregate } from './network-view.repository';

type MemberDocument = Omit<MemberStatus, 'id'> & { _id: string };
type AggregateDocument = Omit<PublishedAggregate, 'id'> & { _id: string };

const MEMBERS = 'network_view_members';
const AGGREGATES = 'network_view_aggregates';

const memberSchema = new Schema<MemberDocument>(
  {
    _id: { type: String, required: true },
    network: { type: String, required: true },
    centre: { type: String, required: true },
    centreName: { type: String, required: true },
    status: { type: String, enum: ['sharing', 'not-sharing', 'left'], required: true },
    // The agreement's terms as announced (validated by the event's contract): read and written whole.
    agreement: { type: Schema.Types.Mixed, default: null },
    changedAt: { type: Date, required: true },
  },
  { collection: MEMBERS, versionKey: false, minimize: false },
);
memberSchema.index({ network: 1, centre: 1 });

const aggregateSchema = new Schema<AggregateDocument>(
  {
    _id: { type: String, required: true },
    network: { type: String, required: true },
    centre: { type: String, required: true },
    agreementId: { type: String, required: true },
    period: {
      type: new Schema({ kind: { type: String, required: true }, label: { type: String, required: true }, from: { type: String, required: true }, to: { type: String, required: true } }, { _id: false }),
      required: true,
    },
    rule: { type: Schema.Types.Mixed, required: true },
    // Protected tables as published (validated by the event's contract).
    indicators: { type: Schema.Types.Mixed, required: true },
    measures: { type: Schema.Types.Mixed, required: true },
    publishedAt: { type: Date, required: true },
  },
  { collection: AGGREGATES, versionKey: false, minimize: false },
);
aggregateSchema.index({ network: 1, 'period.label': 1, centre: 1 });
aggregateSchema.index({ network: 1, centre: 1, 'period.to': -1 });

const fromDocument = <D extends { _id: string }>({ _id, ...rest }: D) => ({ id: _id, ...rest });

export class MongoNetworkViewRepository implements NetworkViewRepository {
  private readonly statuses: Model<MemberDocument>;
  private readonly figures: Model<AggregateDocument>;

  constructor(private readonly connection: Connection) {
    this.statuses = connection.models['NetworkViewMember'] ?? connection.model<MemberDocument>('NetworkViewMember', memberSchema);
    this.figures = connection.models['NetworkViewAggregate'] ?? connection.model<AggregateDocument>('NetworkViewAggregate', aggregateSchema);
  }

  async recordStatus(status: MemberStatus): Promise<void> {
    const { id, ...rest } = status;
    try {
      // Replaces a stored status no newer than this one, or inserts when there is none.
      await this.statuses.replaceOne({ _id: id, changedAt: trusted({ $lte: status.changedAt }) }, rest, { upsert: true });
    } catch (error) {
      // A newer status is stored: the upsert's insert met it.
      if (!(translateMongoError(error, MEMBERS) instanceof DuplicateKeyError)) throw error;
    }
  }

  async recordAggregate(aggregate: PublishedAggregate): Promise<void> {
    const { id, ...rest } = aggregate;
    try {
      await this.figures.create({ _id: id, ...rest });
    } catch (error) {
      if (!(translateMongoError(error, AGGREGATES) instanceof DuplicateKeyError)) throw error;
    }
  }

  async members(network: string): Promise<MemberStatus[]> {
    const docs = await this.statuses.find({ network }).sort({ centre: 1 }).lean<MemberDocument[]>();
    return docs.map(fromDocument);
  }

  async listMembers(network: string, page: { after: string | null; limit: number }): Promise<MemberStatus[]> {
    const docs = await this.statuses
      .find({ network, status: trusted({ $ne: 'left' as const }), ...(page.after === null ? {} : { centre: trusted({ $gt: page.after }) }) })
      .sort({ centre: 1 })
      .limit(page.limit)
      .lean<MemberDocument[]>();
    return docs.map(fromDocument);
  }

  async member(network: string, centre: string): Promise<MemberStatus | null> {
    const doc = await this.statuses.findOne({ network, centre }).lean<MemberDocument>();
    return doc ? fromDocument(doc) : null;
  }

  async aggregates(network: string, periodLabel: string): Promise<PublishedAggregate[]> {
    const docs = await this.figures.find({ network, 'period.label': periodLabel }).sort({ centre: 1 }).lean<AggregateDocument[]>();
    return docs.map(fromDocument);
  }

  async periodsOf(network: string, centre: string): Promise<PublishedAggregate['period'][]> {
    const docs = await this.figures.find({ network, centre }, { period: 1 }).sort({ 'period.to': -1 }).lean<Array<Pick<AggregateDocument, 'period'>>>();
    return docs.map((doc) => doc.period);
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }
}
