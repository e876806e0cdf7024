import { MemoryCollection } from '@corredor/persistence';
import type { Partner, PartnerService } from './partner.domain';
import type { PartnerRepository } from './partner.repository';

export class MemoryPartnerRepository implements PartnerRepository {
  private readonly partners = new MemoryCollection<Partner>('partners', [{ name: 'tenant_nameKey', fields: ['tenant', 'nameKey'] }]);

  async add(partner: Partner): Promise<void> {
    this.partners.insert(partner);
  }

  async findById(tenant: string, id: string): Promise<Partner | null> {
    return this.partners.findOne({ tenant, id }) ?? null;
  }

  async list(tenant: string, options: { service?: PartnerService }): Promise<Partner[]> {
    return this.partners.find({ tenant, ...(options.service ? { services: options.service } : {}) }, { sort: { nameKey: 1 } });
  }
}
