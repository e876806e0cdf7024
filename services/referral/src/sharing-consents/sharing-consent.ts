/**
 * The person's latest word on sharing their data with one partner, from the consent events the
 * intake service publishes (where staff record it, with who and when). A random person id, a
 * partner id and the consent's id: nothing personal. No record means the person never consented,
 * and nobody may refer them to that partner.
 */
export interface SharingConsent {
  /** `${tenant}/${personId}/${partnerId}` */
  id: string;
  tenant: string;
  personId: string;
  partnerId: string;
  /** The consent (in the intake service) given, or withdrawn, last. */
  consentId: string;
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
  /** The person's latest word on sharing with the partner, null if they never gave one at this centre. */
  find(tenant: string, personId: string, partnerId: string): Promise<SharingConsent | null>;
  /** The person was erased: their consents go, so nobody can refer them again. Answers how many went. */
  forgetPerson(tenant: string, personId: string): Promise<number>;
}
