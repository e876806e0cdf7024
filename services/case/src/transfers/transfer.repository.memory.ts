import type { OutboxRecord } from '@corredor/messaging';
import { MemoryCollection, memoryTransaction, type MemoryOutbox } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import type { FieldSealer, RecordCodec } from '../privacy/sealed-fields';
import { erasedTransfer, transferCodec, type StoredTransfer } from './transfer.codec';
import type { Transfer } from './transfer.domain';
import type { ReplacedTransfer, TransferListQuery, TransferRepository } from './transfer.repository';

const NEWEST_FIRST = [
  ['requestedAt', -1],
  ['id', -1],
] as const;

export class MemoryTransferRepository implements TransferRepository {
  /** Exposed so tests can read the store raw, as someone with a copy of the database would. */
  readonly collection = new MemoryCollection<StoredTransfer>('transfers', [
    { name: 'fromCentre_pendingCaseId', fields: ['fromCentre', 'pendingCaseId'] },
    { name: 'fromCentre_personId_acceptedToCentre', fields: ['fromCentre', 'personId', 'acceptedToCentre'] },
  ]);

  private readonly codec: RecordCodec<Transfer, StoredTransfer>;

  constructor(
    private readonly outbox: MemoryOutbox,
    private readonly keys: FieldSealer,
  ) {
    this.codec = transferCodec(keys);
  }

  async add(transfer: Transfer, events: OutboxRecord[], replacing?: ReplacedTransfer): Promise<void> {
    memoryTransaction([this.collection, this.outbox.collection], () => {
      if (replacing) this.collection.replaceVersioned(this.codec.encode(replacing.transfer), replacing.expectedVersion);
      this.collection.insert(this.codec.encode(transfer));
      this.outbox.add(events);
    });
  }

  async update(transfer: Transfer, expectedVersion: number, events: OutboxRecord[]): Promise<void> {
    memoryTransaction([this.collection, this.outbox.collection], () => this.stageUpdate(transfer, expectedVersion, events));
  }

  /** The writes of `update`, for a caller that runs them inside its own memoryTransaction (with this collection and the outbox's). */
  stageUpdate(transfer: Transfer, expectedVersion: number, events: OutboxRecord[]): void {
    this.collection.replaceVersioned(this.codec.encode(transfer), expectedVersion);
    this.outbox.add(events);
  }

  async findForCentre(centre: string, id: string): Promise<Transfer | null> {
    return this.decodeOne(this.collection.findOne({ id, $or: [{ fromCentre: centre }, { toCentre: centre }] }));
  }

  async list(centre: string, query: TransferListQuery): Promise<Transfer[]> {
    const filter = {
      ...(query.direction === 'incoming' ? { toCentre: centre } : { fromCentre: centre }),
      ...(query.status ? { status: query.status } : {}),
      ...(query.after ? afterPosition(NEWEST_FIRST, query.after) : {}),
    };
    return this.decodeAll(this.collection.find(filter, { sort: { requestedAt: -1, id: -1 }, limit: query.limit }));
  }

  async pendingOfPerson(fromCentre: string, personId: string): Promise<Transfer[]> {
    return this.decodeAll(this.collection.find({ fromCentre, personId, status: 'requested' }, { sort: { requestedAt: 1, id: 1 } }));
  }

  async pendingOfCase(fromCentre: string, caseId: string): Promise<Transfer | null> {
    return this.decodeOne(this.collection.findOne({ fromCentre, pendingCaseId: caseId }));
  }

  async acceptedOfPerson(fromCentre: string, personId: string, toCentre: string): Promise<Transfer | null> {
    return this.decodeOne(this.collection.findOne({ fromCentre, personId, acceptedToCentre: toCentre }));
  }

  async ofCase(centre: string, caseId: string, query: { notAfter: Date | null; limit: number }): Promise<Transfer[]> {
    const filter = {
      $or: [
        { fromCentre: centre, caseId },
        { toCentre: centre, newCaseId: caseId },
      ],
      ...(query.notAfter ? { requestedAt: { $lte: query.notAfter } } : {}),
    };
    return this.decodeAll(this.collection.find(filter, { sort: { requestedAt: -1, id: -1 }, limit: query.limit }));
  }

  async eraseOfPerson(fromCentre: string, personId: string): Promise<void> {
    memoryTransaction([this.collection], () => this.collection.updateWhere({ fromCentre, personId }, (doc) => erasedTransfer(this.keys, doc)));
  }

  async isReachable(): Promise<boolean> {
    return true;
  }

  private decodeOne(doc: StoredTransfer | undefined): Transfer | null {
    return doc ? this.codec.decode(doc) : null;
  }

  private decodeAll(docs: StoredTransfer[]): Transfer[] {
    return docs.map((doc) => this.codec.decode(doc));
  }
}
