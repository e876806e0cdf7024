import { DomainError } from '@corredor/contracts';
import type { Partner, PartnerService } from '../partners/partner.domain';
import type { ReferableCase } from '../referable-cases/referable-case';
import type { SharingConsent } from '../sharing-consents/sharing-consent';

export const REFERRAL_STATUSES = ['made', 'consent-withdrawn'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export type ReferralCommand = 'withdraw-consent';

/**
 * The referral lifecycle, one table: a referral is made; if the person then withdraws their consent
 * to share with the partner, a referral still pending stops (the partner must not act on it).
 * Nothing moves a referral out of consent-withdrawn: a new consent means a new referral.
 */
const LIFECYCLE: Record<ReferralStatus, Partial<Record<ReferralCommand, ReferralStatus>>> = {
  made: { 'withdraw-consent': 'consent-withdrawn' },
  'consent-withdrawn': {},
};

/** The statuses a command applies to, for the stores' bulk updates. */
export function statusesAccepting(command: ReferralCommand): ReferralStatus[] {
  return REFERRAL_STATUSES.filter((status) => LIFECYCLE[status][command] !== undefined);
}

export interface Referral {
  id: string;
  tenant: string;
  caseId: string;
  /** The person the case follows (a random id): a withdrawn consent names the person, not the case. */
  personId: string;
  partnerId: string;
  need: PartnerService;
  /**
   * The person's consent to share their data with this partner that the referral relies on, as
   * recorded in the intake service (with who recorded it). Null only for referrals made before
   * consents were recorded there, when staff ticked a box on the referral itself.
   */
  consent: { id: string; givenAt: Date } | null;
  status: ReferralStatus;
  /** When the person withdrew their consent to share with this partner, if they did while it was pending. */
  consentWithdrawnAt?: Date;
  madeAt: Date;
  madeBy: string;
}

export interface MakeReferral {
  need: PartnerService;
}

/** What the caller may do and what the person has said, decided outside (the policy table, the consent store). */
export interface ReferralContext {
  id: string;
  tenant: string;
  userId: string;
  now: Date;
  /** The caller's role lets them refer to a partner without a signed agreement (coordinators). */
  mayReferWithoutAgreement: boolean;
  /** The person's latest word on sharing with this partner, null if they never gave one. */
  sharing: Pick<SharingConsent, 'consentId' | 'state' | 'changedAt'> | null;
}

const RECORD_IT = 'record it in the intake service (POST /v1/people/:id/consents, purpose share-with-partner with this partner), then refer';

/** Decides whether a referral can be made. Pure: the case, the partner, ids and the clock come in. */
export function makeReferral(kase: ReferableCase | null, partner: Partner | null, command: MakeReferral, context: ReferralContext): Referral {
  if (!kase) throw new DomainError('REFERRAL.CASE_NOT_FOUND', 'not-found', 'No such case at this centre.');
  if (kase.status === 'closed') throw new DomainError('REFERRAL.CASE_CLOSED', 'conflict', 'The case is closed; reopen it before referring.');
  if (!partner) throw new DomainError('REFERRAL.PARTNER_NOT_FOUND', 'rule-violation', "No such partner in this centre's directory.");
  if (!partner.services.includes(command.need)) {
    throw new DomainError('REFERRAL.PARTNER_DOES_NOT_OFFER', 'rule-violation', 'This partner does not offer the service needed.');
  }
  if (!partner.agreementSigned && !context.mayReferWithoutAgreement) {
    throw new DomainError('REFERRAL.AGREEMENT_REQUIRED', 'forbidden', 'This partner has no signed agreement: only a coordinator may refer to it.');
  }
  if (!context.sharing) {
    throw new DomainError(
      'REFERRAL.CONSENT_MISSING',
      'rule-violation',
      `No consent from the person to share their data with this partner is recorded. Ask them first; if they agree, ${RECORD_IT}.`,
    );
  }
  if (context.sharing.state === 'withdrawn') {
    throw new DomainError(
      'REFERRAL.CONSENT_WITHDRAWN',
      'rule-violation',
      `The person withdrew their consent to share their data with this partner. If they agree again, ${RECORD_IT}.`,
    );
  }
  return {
    id: context.id,
    tenant: context.tenant,
    caseId: kase.caseId,
    personId: kase.personId,
    partnerId: partner.id,
    need: command.need,
    consent: { id: context.sharing.consentId, givenAt: context.sharing.changedAt },
    status: 'made',
    madeAt: context.now,
    madeBy: context.userId,
  };
}

/** The person withdrew their consent to share with the referral's partner: a pending referral stops; any other stays as it is. */
export function withdrawConsent(referral: Referral, at: Date): Referral {
  const to = LIFECYCLE[referral.status]['withdraw-consent'];
  return to ? { ...referral, status: to, consentWithdrawnAt: at } : referral;
}
