import { isMongoReachable, translateMongoError, trusted } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import type { AuditEntry, AuditEntryFields, ChainMac } from './audit-trail.domain';
import { appendToChain, auditListFilter, type AuditTrailQuery, type AuditTrailStore } from './audit-trail.repository';

type AuditDocument = Omit<AuditEntry, 'id'> & { _id: string };

const auditSchema = new Schema<AuditDocument>(
  {
    _id: { type: String, required: true },
    centre: { type: String, required: true },
    seq: { type: Number, required: true },
    at: { type: Date, required: true },
    actor: new Schema({ userId: { type: String, required: true }, roles: { type: [String], required: true } }, { _id: false }),
    action: { type: String, required: true },
    record: new Schema({ type: { type: String, required: true }, id: { type: String, required: true } }, { _id: false }),
    purpose: { type: String, required: true },
    requestId: { type: String, required: true },
    prevHash: { type: String, required: true },
    hash: { type: String, required: true },
  },
  { collection: 'audit_trail', versionKey: false },
);
// The chain's order and the race between two appends of a centre: one (centre, seq) each.
auditSchema.index({ centre: 1, seq: 1 }, { unique: true, name: 'centre_seq' });
auditSchema.index({ centre: 1, 'record.id': 1, seq: -1 });
auditSchema.index({ centre: 1, action: 1, seq: -1 });
auditSchema.index({ centre: 1, at: -1 });

/** Only the entry's own fields, whatever else a document holds: the hash covers exactly these. */
function toEntry(doc: AuditDocument): AuditEntry {
  return {
    id: doc._id,
    centre: doc.centre,
    seq: doc.seq,
    at: doc.at,
    actor: { userId: doc.actor.userId, roles: [...doc.actor.roles] },
    action: doc.action,
    record: { type: doc.record.type, id: doc.record.id },
    purpose: doc.purpose,
    requestId: doc.requestId,
    prevHash: doc.prevHash,
    hash: doc.hash,
  };
}

/** The audit trail in MongoDB: inserts and reads only. */
export class MongoAuditTrailStore implements AuditTrailStore {
  readonly model: Model<AuditDocument>;

  constructor(private readonly connection: Connection) {
    this.model = connection.models['AuditEntry'] ?? connection.model<AuditDocument>('AuditEntry', auditSchema);
  }

  append(fields: AuditEntryFields, stamp: { id: string; at: Date }, mac?: ChainMac): Promise<AuditEntry> {
    return appendToChain(
      {
        last: async (centre) => {
          const doc = await this.model.findOne({ centre }).sort({ seq: -1 }).lean<AuditDocument>();
          return doc ? toEntry(doc) : null;
        },
        insert: async (entry) => {
          const { id, ...rest } = entry;
          try {
            await new this.model({ _id: id, ...rest }).save();
          } catch (error) {
            throw translateMongoError(error, 'audit_trail');
          }
        },
      },
      fields,
      stamp,
      mac,
    );
  }

  async list(centre: string, query: AuditTrailQuery): Promise<AuditEntry[]> {
    const docs = await this.model.find(auditListFilter(centre, query, trusted)).sort({ seq: -1 }).limit(query.limit).lean<AuditDocument[]>();
    return docs.map(toEntry);
  }

  async chain(centre: string, afterSeq: number, limit: number): Promise<AuditEntry[]> {
    const docs = await this.model.find({ centre, seq: trusted({ $gt: afterSeq }) }).sort({ seq: 1 }).limit(limit).lean<AuditDocument[]>();
    return docs.map(toEntry);
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }
}
