import { MemoryCollection } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import type { Partner } from './partner.domain';
import { partnerOrder, type PartnerQuery, type PartnerRepository } from './partner.repository';

export class MemoryPartnerRepository implements PartnerRepository {
  private readonly partners = new MemoryCollection<Partner>('partners', [{ name: 'tenant_nameKey', fields: ['tenant', 'nameKey'] }]);

  async add(partner: Partner): Promise<void> {
    this.partners.insert(partner);
  }

  async findById(tenant: string, id: string): Promise<Partner | null> {
    return this.partners.findOne({ tenant, id }) ?? null;
  }

  async findByIds(tenant: string, ids: readonly string[]): Promise<Partner[]> {
    return this.partners.find({ tenant, id: { $in: [...ids] } });
  }

  async list(tenant: string, query: PartnerQuery): Promise<Partner[]> {
    const order = partnerOrder('id');
    return this.partners.find(
      { tenant, ...(query.service ? { services: query.service } : {}), ...(query.after ? afterPosition(order, query.after) : {}) },
      { sort: Object.fromEntries(order), limit: query.limit },
    );
  }
}
