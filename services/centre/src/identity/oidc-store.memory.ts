import { MemoryCollection } from '@corredor/persistence';
import { expiryOf, indexedFields, type OidcPayload, type OidcStore } from './oidc-store.port';

interface OidcRecord {
  /** `${model}:${id}` */
  id: string;
  model: string;
  payload: OidcPayload;
  grantId: string | null;
  uid: string | null;
  userCode: string | null;
  expiresAt: Date | null;
  consumed: number | null;
}

export class MemoryOidcStore implements OidcStore {
  readonly collection = new MemoryCollection<OidcRecord>('oidc');

  constructor(private readonly clock: () => Date) {}

  async upsert(model: string, id: string, payload: OidcPayload, expiresInSeconds?: number): Promise<void> {
    const now = this.clock();
    this.collection.deleteWhere({ expiresAt: { $ne: null, $lte: now } });
    const key = `${model}:${id}`;
    this.collection.deleteWhere({ id: key });
    const consumed = typeof payload['consumed'] === 'number' ? payload['consumed'] : null;
    this.collection.insert({ id: key, model, payload, ...indexedFields(payload), expiresAt: expiryOf(now, expiresInSeconds), consumed });
  }

  async find(model: string, id: string): Promise<OidcPayload | undefined> {
    return this.live(this.collection.findOne({ id: `${model}:${id}` }));
  }

  async findByUid(model: string, uid: string): Promise<OidcPayload | undefined> {
    return this.live(this.collection.find({ model, uid }).find((record) => this.isLive(record)));
  }

  async findByUserCode(model: string, userCode: string): Promise<OidcPayload | undefined> {
    return this.live(this.collection.find({ model, userCode }).find((record) => this.isLive(record)));
  }

  async consume(model: string, id: string): Promise<void> {
    const consumed = Math.floor(this.clock().getTime() / 1000);
    this.collection.updateWhere({ id: `${model}:${id}` }, (record) => ({ ...record, consumed }));
  }

  async destroy(model: string, id: string): Promise<void> {
    this.collection.deleteWhere({ id: `${model}:${id}` });
  }

  async revokeByGrantId(model: string, grantId: string): Promise<void> {
    this.collection.deleteWhere({ model, grantId });
  }

  async isReachable(): Promise<boolean> {
    return true;
  }

  private isLive(record: OidcRecord): boolean {
    return record.expiresAt === null || record.expiresAt.getTime() > this.clock().getTime();
  }

  private live(record: OidcRecord | undefined): OidcPayload | undefined {
    if (!record || !this.isLive(record)) return undefined;
    return record.consumed === null ? record.payload : { ...record.payload, consumed: record.consumed };
  }
}
