import type { Partner, PartnerService } from './partner.domain';

export interface PartnerRepository {
  /** Another partner with the same name at the centre is a DuplicateKeyError. */
  add(partner: Partner): Promise<void>;
  findById(tenant: string, id: string): Promise<Partner | null>;
  list(tenant: string, options: { service?: PartnerService }): Promise<Partner[]>;
}
