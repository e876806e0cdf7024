import { MemoryCollection } from '@corredor/persistence';
import { sharingConsentId, supersedes, type SharingConsent, type SharingConsentChange, type SharingConsentRepository } from './sharing-consent';

export class MemorySharingConsentRepository implements SharingConsentRepository {
  private readonly consents = new MemoryCollection<SharingConsent>('sharing_consents');

  async record(change: SharingConsentChange): Promise<void> {
    const id = sharingConsentId(change.tenant, change.personId, change.partnerId);
    const stored = this.consents.findOne({ id }) ?? null;
    if (!supersedes(stored, change)) return;
    if (stored) this.consents.updateWhere({ id }, () => ({ id, ...change }));
    else this.consents.insert({ id, ...change });
  }

  async find(tenant: string, personId: string, partnerId: string): Promise<SharingConsent | null> {
    return this.consents.findOne({ id: sharingConsentId(tenant, personId, partnerId) }) ?? null;
  }

  async forgetPerson(tenant: string, personId: string): Promise<number> {
    return this.consents.deleteWhere({ tenant, personId });
  }
}
