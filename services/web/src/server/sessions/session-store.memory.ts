import { MemoryCollection } from '@corredor/persistence';
import type { SessionStore } from './session-store.port';

interface SessionRecord {
  id: string;
  data: string;
  tokens: string | null;
  expiresAt: Date;
  claim: { claimant: string; until: Date } | null;
}

/** Sessions in memory (npm start, tests): lost when the process stops. */
export class MemorySessionStore implements SessionStore {
  readonly collection = new MemoryCollection<SessionRecord>('web_sessions');
  private sweptAt = 0;

  constructor(private readonly clock: () => Date) {}

  async find(id: string): Promise<string | null> {
    return this.live(id)?.data ?? null;
  }

  async save(id: string, data: string, expiresAt: Date): Promise<void> {
    this.sweep();
    const existing = this.live(id);
    this.collection.deleteWhere({ id });
    this.collection.insert({ id, data, expiresAt, tokens: existing?.tokens ?? null, claim: existing?.claim ?? null });
  }

  async touch(id: string, expiresAt: Date): Promise<void> {
    if (this.live(id)) this.collection.updateWhere({ id }, (record) => ({ ...record, expiresAt }));
  }

  async destroy(id: string): Promise<void> {
    this.collection.deleteWhere({ id });
  }

  async findTokens(id: string): Promise<string | null> {
    return this.live(id)?.tokens ?? null;
  }

  async saveTokens(id: string, sealed: string): Promise<boolean> {
    if (!this.live(id)) return false;
    this.collection.updateWhere({ id }, (record) => ({ ...record, tokens: sealed }));
    return true;
  }

  async claimRefresh(id: string, claimant: string, until: Date): Promise<boolean> {
    const record = this.live(id);
    if (!record || (record.claim && record.claim.until.getTime() > this.clock().getTime())) return false;
    this.collection.updateWhere({ id }, (current) => ({ ...current, claim: { claimant, until } }));
    return true;
  }

  async releaseRefresh(id: string, claimant: string): Promise<void> {
    if (this.live(id)?.claim?.claimant === claimant) this.collection.updateWhere({ id }, (record) => ({ ...record, claim: null }));
  }

  async isReachable(): Promise<boolean> {
    return true;
  }

  private live(id: string): SessionRecord | undefined {
    const record = this.collection.findOne({ id });
    return record && record.expiresAt.getTime() > this.clock().getTime() ? record : undefined;
  }

  /** Expired sessions go (once a minute at most), as MongoDB's TTL index removes them. */
  private sweep(): void {
    const now = this.clock();
    if (now.getTime() - this.sweptAt < 60_000) return;
    this.sweptAt = now.getTime();
    this.collection.deleteWhere({ expiresAt: { $lte: now } });
  }
}
