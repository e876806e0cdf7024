import type { OutboxRecord } from '@corredor/messaging';
import { insertWithEvents, inTransaction, isMongoReachable, type MongoOutbox, replaceVersioned, translateMongoError, trusted } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import { Schema, type ClientSession, type Connection, type Model } from 'mongoose';
import { fromMongo, toMongo, type FieldSealer, type RecordCodec, type WithMongoId } from '../privacy/sealed-fields';
import { erasedTransfer, transferCodec, type StoredTransfer } from './transfer.codec';
import type { Transfer } from './transfer.domain';
import type { ReplacedTransfer, TransferListQuery, TransferRepository } from './transfer.repository';

/** The sealed shape of transfer.codec.ts, with the id as `_id`. */
type TransferDocument = WithMongoId<StoredTransfer>;

const transferSchema = new Schema<TransferDocument>(
  {
    _id: { type: String, required: true },
    fromCentre: { type: String, required: true },
    toCentre: { type: String, required: true },
    caseId: { type: String, required: true },
    personId: { type: String, required: true },
    priority: { type: String, required: true },
    languages: { type: [String], required: true },
    // Sealed (transfer.codec.ts), under the origin centre's key.
    reason: { type: String, default: null },
    status: { type: String, required: true },
    requestedAt: { type: Date, required: true },
    requestedBy: { type: String, required: true },
    answeredAt: { type: Date, default: null },
    answeredBy: { type: String, default: null },
    declineReason: { type: String, default: null },
    cancelledAt: { type: Date, default: null },
    cancelReason: { type: String, default: null },
    cancelledBy: { type: String, default: null },
    newCaseId: { type: String, default: null },
    newPersonId: { type: String, default: null },
    pendingCaseId: { type: String, default: null },
    acceptedToCentre: { type: String, default: null },
    version: { type: Number, required: true },
  },
  { collection: 'transfers', versionKey: false },
);
// One pending transfer per case: only pending transfers hold a pendingCaseId.
transferSchema.index(
  { fromCentre: 1, pendingCaseId: 1 },
  { unique: true, name: 'fromCentre_pendingCaseId', partialFilterExpression: { pendingCaseId: { $type: 'string' } } },
);
// One accepted transfer per origin person and receiving centre: only accepted transfers hold an acceptedToCentre.
transferSchema.index(
  { fromCentre: 1, personId: 1, acceptedToCentre: 1 },
  { unique: true, name: 'fromCentre_personId_acceptedToCentre', partialFilterExpression: { acceptedToCentre: { $type: 'string' } } },
);
transferSchema.index({ toCentre: 1, status: 1, requestedAt: -1, _id: -1 });
transferSchema.index({ fromCentre: 1, status: 1, requestedAt: -1, _id: -1 });
transferSchema.index({ fromCentre: 1, personId: 1, status: 1 });
transferSchema.index({ fromCentre: 1, caseId: 1, requestedAt: -1 });
transferSchema.index({ toCentre: 1, newCaseId: 1 }, { partialFilterExpression: { newCaseId: { $type: 'string' } } });

const NEWEST_FIRST = [
  ['requestedAt', -1],
  ['_id', -1],
] as const;


export class MongoTransferRepository implements TransferRepository {
  readonly model: Model<TransferDocument>;
  private readonly codec: RecordCodec<Transfer, StoredTransfer>;

  constructor(
    private readonly connection: Connection,
    private readonly outbox: MongoOutbox,
    private readonly keys: FieldSealer,
  ) {
    this.model = connection.models['Transfer'] ?? connection.model<TransferDocument>('Transfer', transferSchema);
    this.codec = transferCodec(keys);
  }

  async add(transfer: Transfer, events: OutboxRecord[], replacing?: ReplacedTransfer): Promise<void> {
    const doc = toMongo(this.codec.encode(transfer));
    if (!replacing) {
      await insertWithEvents(this.connection, this.model, doc, this.outbox, events);
      return;
    }
    try {
      await inTransaction(this.connection, async (session) => {
        await this.stageUpdate(replacing.transfer, replacing.expectedVersion, [], session);
        await new this.model(doc).save({ session });
        await this.outbox.add(events, session);
      });
    } catch (error) {
      throw translateMongoError(error, 'transfers');
    }
  }

  async update(transfer: Transfer, expectedVersion: number, events: OutboxRecord[]): Promise<void> {
    try {
      await inTransaction(this.connection, (session) => this.stageUpdate(transfer, expectedVersion, events, session));
    } catch (error) {
      throw translateMongoError(error, 'transfers');
    }
  }

  /** The writes of `update`, inside a transaction someone else opened. */
  async stageUpdate(transfer: Transfer, expectedVersion: number, events: OutboxRecord[], session: ClientSession): Promise<void> {
    await replaceVersioned(this.model, 'transfers', toMongo(this.codec.encode(transfer)), expectedVersion, session);
    await this.outbox.add(events, session);
  }

  async findForCentre(centre: string, id: string): Promise<Transfer | null> {
    const doc = await this.model.findOne({ _id: id, $or: [{ fromCentre: centre }, { toCentre: centre }] }).lean<TransferDocument>();
    return doc ? this.toTransfer(doc) : null;
  }

  async list(centre: string, query: TransferListQuery): Promise<Transfer[]> {
    const filter = {
      ...(query.direction === 'incoming' ? { toCentre: centre } : { fromCentre: centre }),
      ...(query.status ? { status: query.status } : {}),
      ...(query.after ? afterPosition(NEWEST_FIRST, query.after) : {}),
    };
    const docs = await this.model.find(filter).sort({ requestedAt: -1, _id: -1 }).limit(query.limit).lean<TransferDocument[]>();
    return docs.map((doc) => this.toTransfer(doc));
  }

  async pendingOfPerson(fromCentre: string, personId: string): Promise<Transfer[]> {
    const docs = await this.model.find({ fromCentre, personId, status: 'requested' }).sort({ requestedAt: 1, _id: 1 }).lean<TransferDocument[]>();
    return docs.map((doc) => this.toTransfer(doc));
  }

  async pendingOfCase(fromCentre: string, caseId: string): Promise<Transfer | null> {
    const doc = await this.model.findOne({ fromCentre, pendingCaseId: caseId }).lean<TransferDocument>();
    return doc ? this.toTransfer(doc) : null;
  }

  async acceptedOfPerson(fromCentre: string, personId: string, toCentre: string): Promise<Transfer | null> {
    const doc = await this.model.findOne({ fromCentre, personId, acceptedToCentre: toCentre }).lean<TransferDocument>();
    return doc ? this.toTransfer(doc) : null;
  }

  async ofCase(centre: string, caseId: string, query: { notAfter: Date | null; limit: number }): Promise<Transfer[]> {
    const filter = {
      $or: [
        { fromCentre: centre, caseId },
        { toCentre: centre, newCaseId: caseId },
      ],
      ...(query.notAfter ? { requestedAt: trusted({ $lte: query.notAfter }) } : {}),
    };
    const docs = await this.model.find(filter).sort({ requestedAt: -1, _id: -1 }).limit(query.limit).lean<TransferDocument[]>();
    return docs.map((doc) => this.toTransfer(doc));
  }

  async eraseOfPerson(fromCentre: string, personId: string): Promise<void> {
    try {
      await inTransaction(this.connection, async (session) => {
        const docs = await this.model.find({ fromCentre, personId }).session(session).lean<TransferDocument[]>();
        for (const doc of docs) {
          const { _id, ...erased } = toMongo(erasedTransfer(this.keys, fromMongo<StoredTransfer>(doc)));
          await this.model.replaceOne({ _id, fromCentre }, erased, { session });
        }
      });
    } catch (error) {
      throw translateMongoError(error, 'transfers');
    }
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }

  /** Transfers stored before `cancelledBy` and `acceptedToCentre` existed read as null there. */
  private toTransfer(doc: TransferDocument): Transfer {
    const transfer = this.codec.decode(fromMongo<StoredTransfer>(doc));
    return { ...transfer, cancelledBy: transfer.cancelledBy ?? null, acceptedToCentre: transfer.acceptedToCentre ?? null };
  }
}
