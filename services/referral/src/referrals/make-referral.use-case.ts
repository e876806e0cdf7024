import { randomUUID } from 'node:crypto';
import type { Principal } from '@corredor/service-kit';
import type { PartnerRepository } from '../partners/partner.repository';
import type { ReferableCaseRepository } from '../referable-cases/referable-case';
import { referralPolicy } from '../referral-policy';
import type { SharingConsentRepository } from '../sharing-consents/sharing-consent';
import { makeReferral, type MakeReferral, type Referral } from './referral.domain';
import { referralMadeRecord } from './referral-events';
import type { ReferralRepository } from './referral.repository';
import { withdrawConsentUseCase } from './withdraw-consent.use-case';

export interface MakeReferralDeps {
  partners: PartnerRepository;
  cases: ReferableCaseRepository;
  referrals: ReferralRepository;
  consents: SharingConsentRepository;
  clock: () => Date;
  outboxWritten: () => void;
}

/**
 * A member of staff refers a case of their centre to a partner of its directory, with the person's
 * consent to share with it; referral.made goes out in the same transaction.
 */
export async function makeReferralUseCase(
  deps: MakeReferralDeps,
  input: { principal: Principal; caseId: string; partnerId: string; command: MakeReferral; requestId: string },
): Promise<Referral> {
  const tenant = input.principal.centre;
  const [kase, partner] = await Promise.all([deps.cases.find(tenant, input.caseId), deps.partners.findById(tenant, input.partnerId)]);
  const sharing = kase ? await deps.consents.find(tenant, kase.personId, input.partnerId) : null;
  const now = deps.clock();
  const referral = makeReferral(kase, partner, input.command, {
    id: randomUUID(),
    tenant,
    userId: input.principal.userId,
    now,
    mayReferWithoutAgreement: referralPolicy.allows(input.principal.roles, 'referral.make-without-agreement'),
    sharing,
  });
  if (!partner) throw new Error('makeReferral refuses an unknown partner');
  const cause = { correlationId: input.requestId, causationId: input.requestId };
  await deps.referrals.add(referral, [referralMadeRecord(referral, partner, cause, now)]);
  deps.outboxWritten();
  // A withdrawal handled while this referral was being made: the subscriber writes the withdrawal
  // and then stops pending referrals; this writes the referral and then reads the consent. One of
  // the two sees the other, so no referral stays pending against a withdrawn consent.
  if ((await deps.consents.find(tenant, referral.personId, referral.partnerId))?.state === 'withdrawn') {
    await withdrawConsentUseCase(deps, { tenant, personId: referral.personId, partnerId: referral.partnerId, at: deps.clock(), cause });
    return (await deps.referrals.find(tenant, referral.caseId, referral.id)) ?? referral;
  }
  return referral;
}
