import { MemoryCollection } from '@corredor/persistence';
import type { SharingAgreement } from './sharing-agreement.domain';
import { afterPosition } from '@corredor/service-kit';
import { AGREEMENT_ORDER, type AgreementFilter, type AgreementPosition, type SharingAgreementRepository } from './sharing-agreement.repository';

/** The stored form: `activeSlot` is `centre/network` while active and null after, so the unique index holds only active ones (as MongoDB's partial index does). */
type Stored = SharingAgreement & { activeSlot: string | null };

const toStored = (agreement: SharingAgreement): Stored => ({ ...agreement, activeSlot: agreement.status === 'active' ? `${agreement.centre}/${agreement.network}` : null });
const fromStored = ({ activeSlot: _slot, ...agreement }: Stored): SharingAgreement => agreement;

export class MemorySharingAgreementRepository implements SharingAgreementRepository {
  private readonly agreements = new MemoryCollection<Stored>('sharing_agreements', [{ name: 'one_active_per_centre_network', fields: ['activeSlot'] }], [['centre']]);

  async add(agreement: SharingAgreement): Promise<void> {
    this.agreements.insert(toStored(agreement));
  }

  async update(agreement: SharingAgreement, expectedVersion: number): Promise<void> {
    this.agreements.replaceVersioned(toStored(agreement), expectedVersion);
  }

  async findById(centre: string, id: string): Promise<SharingAgreement | null> {
    const found = this.agreements.findOne({ id });
    return found && found.centre === centre ? fromStored(found) : null;
  }

  async listForCentre(centre: string, filter: AgreementFilter, page: { after: AgreementPosition | null; limit: number }): Promise<SharingAgreement[]> {
    const order = AGREEMENT_ORDER('id');
    return this.agreements
      .find({ centre, ...filter, ...(page.after ? afterPosition(order, page.after) : {}) }, { sort: Object.fromEntries(order), limit: page.limit })
      .map(fromStored);
  }

  async withNetwork(centre: string, network: string): Promise<SharingAgreement[]> {
    return this.agreements.find({ centre, network }, { sort: { agreedAt: 1, id: 1 } }).map(fromStored);
  }

  async toPublish(): Promise<SharingAgreement[]> {
    return this.agreements.find({ settled: false }, { sort: { agreedAt: 1, id: 1 } }).map(fromStored);
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
