import { partnerNameKey, type PartnerService } from '@corredor/contracts';

export { PARTNER_SERVICES, type PartnerService } from '@corredor/contracts';

/** The organisation's own public contact details (never a person's). */
export interface PartnerContact {
  phone?: string;
  email?: string;
  website?: string;
}

/** A partner organisation in the centre's own directory. */
export interface Partner {
  id: string;
  tenant: string;
  name: string;
  /** What the organisation does, in a sentence or two. */
  description?: string;
  contact?: PartnerContact;
  /** The name folded for uniqueness: "Casa del Migrante" and "casa del  migrante" are one partner. */
  nameKey: string;
  services: PartnerService[];
  /** A signed cooperation agreement backs the partnership. */
  agreementSigned: boolean;
  languages: string[];
  createdAt: Date;
  createdBy: string;
}

export const nameKeyOf = partnerNameKey;
