/** What partner organisations offer, and so what a person can be referred (channelled) for. */
export const PARTNER_SERVICES = [
  'shelter',
  'food',
  'health',
  'immigration-legal-aid',
  'women-justice',
  'child-protection',
  'education',
  'lgbtiq-shelter',
  'employment',
  'other',
] as const;
export type PartnerService = (typeof PARTNER_SERVICES)[number];

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

export function nameKeyOf(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
