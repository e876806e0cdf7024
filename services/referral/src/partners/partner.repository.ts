import type { Partner, PartnerService } from './partner.domain';

/** Where a page of the directory ended: the last partner's folded name and id. */
export type PartnerPosition = readonly [nameKey: string, id: string];

export interface PartnerQuery {
  service?: PartnerService;
  after: PartnerPosition | null;
  limit: number;
}

export interface PartnerRepository {
  /** Another partner with the same name at the centre is a DuplicateKeyError. */
  add(partner: Partner): Promise<void>;
  findById(tenant: string, id: string): Promise<Partner | null>;
  /** The centre's partners among these ids (a page of referrals names them). */
  findByIds(tenant: string, ids: readonly string[]): Promise<Partner[]>;
  /** The directory by folded name, `limit` partners after `after`. */
  list(tenant: string, query: PartnerQuery): Promise<Partner[]>;
}

/** Both stores list in this order and page with the same keyset filter (`id` is `_id` in MongoDB). */
export const partnerOrder = (idField: 'id' | '_id') => [['nameKey', 1], [idField, 1]] as const;
