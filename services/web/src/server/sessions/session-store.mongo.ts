import { isMongoReachable, trusted } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import type { SessionStore } from './session-store.port';

interface SessionDocument {
  _id: string;
  /** express-session's JSON. */
  data: string;
  tokens: string | null;
  expiresAt: Date;
  claim: { claimant: string; until: Date } | null;
}

const sessionSchema = new Schema<SessionDocument>(
  {
    _id: { type: String, required: true },
    data: { type: String, required: true },
    tokens: { type: String, default: null },
    expiresAt: { type: Date, required: true },
    claim: { type: new Schema({ claimant: { type: String, required: true }, until: { type: Date, required: true } }, { _id: false }), default: null },
  },
  { collection: 'web_sessions', versionKey: false },
);
// MongoDB removes expired sessions within a minute or so; reads filter them out before that.
sessionSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0, name: 'expiresAt_ttl' });

/** Sessions in MongoDB, shared by every instance of the web app. */
export class MongoSessionStore implements SessionStore {
  readonly model: Model<SessionDocument>;

  constructor(
    private readonly connection: Connection,
    private readonly clock: () => Date,
  ) {
    this.model = connection.models['WebSession'] ?? connection.model<SessionDocument>('WebSession', sessionSchema);
  }

  async find(id: string): Promise<string | null> {
    const doc = await this.model.findOne({ _id: id, ...this.live() }, { data: 1 }).lean<Pick<SessionDocument, 'data'>>();
    return doc?.data ?? null;
  }

  async save(id: string, data: string, expiresAt: Date): Promise<void> {
    // An expired record the TTL monitor has not removed yet starts afresh: no tokens, no claim.
    await this.model.deleteOne({ _id: id, expiresAt: trusted({ $lte: this.clock() }) });
    await this.model.updateOne({ _id: id }, { $set: { data, expiresAt }, $setOnInsert: { tokens: null, claim: null } }, { upsert: true });
  }

  async touch(id: string, expiresAt: Date): Promise<void> {
    await this.model.updateOne({ _id: id, ...this.live() }, { $set: { expiresAt } });
  }

  async destroy(id: string): Promise<void> {
    await this.model.deleteOne({ _id: id });
  }

  async findTokens(id: string): Promise<string | null> {
    const doc = await this.model.findOne({ _id: id, ...this.live() }, { tokens: 1 }).lean<Pick<SessionDocument, 'tokens'>>();
    return doc?.tokens ?? null;
  }

  async saveTokens(id: string, sealed: string): Promise<boolean> {
    const result = await this.model.updateOne({ _id: id, ...this.live() }, { $set: { tokens: sealed } });
    return result.matchedCount === 1;
  }

  async claimRefresh(id: string, claimant: string, until: Date): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: id, ...this.live(), $or: [{ claim: null }, { 'claim.until': trusted({ $lte: this.clock() }) }] },
      { $set: { claim: { claimant, until } } },
    );
    return result.modifiedCount === 1;
  }

  async releaseRefresh(id: string, claimant: string): Promise<void> {
    await this.model.updateOne({ _id: id, 'claim.claimant': claimant }, { $set: { claim: null } });
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }

  private live() {
    return { expiresAt: trusted({ $gt: this.clock() }) };
  }
}
