/**
 * The person's latest word on sharing their data with one partner, from consent events. A random
 * person id and a partner id: nothing personal. No record means nothing was said after intake, and
 * the consent given at the referral itself stands.
 */
export interface SharingConsent {
  /** `${tenant}/${personId}/${partnerId}` */
  id: string;
  tenant: string;
  personId: string;
  partnerId: string;
  state: 'given' | 'withdrawn';
  changedAt: Date;
}

export type SharingConsentChange = Omit<SharingConsent, 'id'>;

export const sharingConsentId = (tenant: string, personId: string, partnerId: string) => `${tenant}/${personId}/${partnerId}`;

/**
 * Whether a change replaces what is stored: the later one wins, and at the same instant a
 * withdrawal wins over a consent (when in doubt, do not share).
 */
export function supersedes(stored: Pick<SharingConsent, 'state' | 'changedAt'> | null, change: SharingConsentChange): boolean {
  if (!stored) return true;
  const [was, is] = [stored.changedAt.getTime(), change.changedAt.getTime()];
  return is > was || (is === was && change.state === 'withdrawn' && stored.state !== 'withdrawn');
}

export interface SharingConsentRepository {
  /** Keeps the latest change per person and partner (see `supersedes`); an older or repeated one changes nothing. */
  record(change: SharingConsentChange): Promise<void>;
  isWithdrawn(tenant: string, personId: string, partnerId: string): Promise<boolean>;
}
