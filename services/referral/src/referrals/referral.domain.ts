import { DomainError } from '@corredor/contracts';
import type { Partner, PartnerService } from '../partners/partner.domain';
import type { ReferableCase } from '../referable-cases/referable-case';

export interface Referral {
  id: string;
  tenant: string;
  caseId: string;
  partnerId: string;
  need: PartnerService;
  /** The person agreed to their data being shared with this partner. */
  consentToShare: { given: true; recordedAt: Date };
  status: 'made';
  madeAt: Date;
  madeBy: string;
}

export interface MakeReferral {
  need: PartnerService;
  consentToShare: true;
}

/** Decides whether a referral can be made. Pure: the case, the partner, ids and the clock come in. */
export function makeReferral(
  kase: ReferableCase | null,
  partner: Partner | null,
  command: MakeReferral,
  context: { id: string; tenant: string; userId: string; now: Date },
): Referral {
  if (!kase) throw new DomainError('REFERRAL.CASE_NOT_FOUND', 'not-found', 'No such case at this centre.');
  if (kase.status === 'closed') throw new DomainError('REFERRAL.CASE_CLOSED', 'conflict', 'The case is closed; reopen it before referring.');
  if (!partner) throw new DomainError('REFERRAL.PARTNER_NOT_FOUND', 'rule-violation', 'No such partner in this centre\'s directory.');
  if (!partner.services.includes(command.need)) {
    throw new DomainError('REFERRAL.PARTNER_DOES_NOT_OFFER', 'rule-violation', 'This partner does not offer the service needed.');
  }
  return {
    id: context.id,
    tenant: context.tenant,
    caseId: kase.caseId,
    partnerId: partner.id,
    need: command.need,
    consentToShare: { given: true, recordedAt: context.now },
    status: 'made',
    madeAt: context.now,
    madeBy: context.userId,
  };
}
