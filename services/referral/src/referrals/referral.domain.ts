import { DomainError, REFERRAL_STATUSES, type ReferralStatus } from '@corredor/contracts';
import type { Partner, PartnerService } from '../partners/partner.domain';
import type { ReferableCase } from '../referable-cases/referable-case';
import type { SharingConsent } from '../sharing-consents/sharing-consent';

/** What staff can record as having come of a pending referral. */
export const REFERRAL_OUTCOMES = ['completed', 'declined', 'not-taken-up'] as const satisfies readonly ReferralStatus[];
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

export type ReferralCommand = 'record-outcome' | 'withdraw-consent';

/**
 * The referral lifecycle, one table: the statuses each command may lead to from each status. A
 * referral is made (pending); staff record what came of it (the partner served the person, could
 * not take them, or the person did not go); if the person withdraws their consent to share with
 * the partner first, the pending referral stops (the partner must not act on it). Every other
 * status is final: a new consent or a new need means a new referral.
 */
const LIFECYCLE: Record<ReferralStatus, Partial<Record<ReferralCommand, readonly ReferralStatus[]>>> = {
  made: { 'record-outcome': REFERRAL_OUTCOMES, 'withdraw-consent': ['consent-withdrawn'] },
  completed: {},
  declined: {},
  'not-taken-up': {},
  'consent-withdrawn': {},
};

const allows = (from: ReferralStatus, command: ReferralCommand, to: ReferralStatus) => LIFECYCLE[from][command]?.includes(to) ?? false;

/** The statuses a command applies to, for the stores' queries. */
export function statusesAccepting(command: ReferralCommand): ReferralStatus[] {
  return REFERRAL_STATUSES.filter((status) => (LIFECYCLE[status][command]?.length ?? 0) > 0);
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
  /** When a member of staff recorded what came of it, and who (an outcome status). */
  concludedAt?: Date;
  concludedBy?: string;
  madeAt: Date;
  madeBy: string;
}

/** A referral moved along its lifecycle: as it was, as it is, and when that happened. */
export interface ReferralStatusChange {
  before: Referral;
  after: Referral;
  at: Date;
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

/** The referral is no longer pending: what came of it is already known. */
export function alreadyConcluded(status: ReferralStatus): DomainError {
  return new DomainError(
    'REFERRAL.ALREADY_CONCLUDED',
    'conflict',
    status === 'consent-withdrawn'
      ? 'This referral stopped when the person withdrew their consent to share with the partner; it takes no outcome.'
      : 'What came of this referral is already recorded.',
  );
}

/** Staff record what came of a pending referral (the partner served the person, declined, or the person did not go). */
export function recordOutcome(referral: Referral | null, outcome: ReferralOutcome, context: { by: string; now: Date }): ReferralStatusChange {
  if (!referral) throw new DomainError('REFERRAL.NOT_FOUND', 'not-found', 'No such referral on this case at this centre.');
  if (!allows(referral.status, 'record-outcome', outcome)) throw alreadyConcluded(referral.status);
  return { before: referral, after: { ...referral, status: outcome, concludedAt: context.now, concludedBy: context.by }, at: context.now };
}

/** The person withdrew their consent to share with the referral's partner: a pending referral stops; any other stays as it is (null). */
export function withdrawConsent(referral: Referral, at: Date): ReferralStatusChange | null {
  if (!allows(referral.status, 'withdraw-consent', 'consent-withdrawn')) return null;
  return { before: referral, after: { ...referral, status: 'consent-withdrawn', consentWithdrawnAt: at }, at };
}
