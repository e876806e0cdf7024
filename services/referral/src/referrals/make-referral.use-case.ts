import { randomUUID } from 'node:crypto';
import type { Principal } from '@corredor/service-kit';
import type { PartnerRepository } from '../partners/partner.repository';
import type { ReferableCaseRepository } from '../referable-cases/referable-case';
import { referralPolicy } from '../referral-policy';
import type { SharingConsentRepository } from '../sharing-consents/sharing-consent';
import { makeReferral, withdrawConsent, type MakeReferral, type Referral } from './referral.domain';
import type { ReferralRepository } from './referral.repository';

export interface MakeReferralDeps {
  partners: PartnerRepository;
  cases: ReferableCaseRepository;
  referrals: ReferralRepository;
  consents: SharingConsentRepository;
  clock: () => Date;
}

/** A member of staff refers a case of their centre to a partner of its directory, with the person's consent to share with it. */
export async function makeReferralUseCase(
  deps: MakeReferralDeps,
  input: { principal: Principal; caseId: string; partnerId: string; command: MakeReferral },
): Promise<Referral> {
  const tenant = input.principal.centre;
  const [kase, partner] = await Promise.all([deps.cases.find(tenant, input.caseId), deps.partners.findById(tenant, input.partnerId)]);
  const sharing = kase ? await deps.consents.find(tenant, kase.personId, input.partnerId) : null;
  const referral = makeReferral(kase, partner, input.command, {
    id: randomUUID(),
    tenant,
    userId: input.principal.userId,
    now: deps.clock(),
    mayReferWithoutAgreement: referralPolicy.allows(input.principal.roles, 'referral.make-without-agreement'),
    sharing,
  });
  await deps.referrals.add(referral);
  // A withdrawal handled while this referral was being made: the subscriber writes the withdrawal
  // and then marks pending referrals; this writes the referral and then reads the consent. One of
  // the two sees the other, so no referral stays pending against a withdrawn consent.
  if ((await deps.consents.find(tenant, referral.personId, referral.partnerId))?.state === 'withdrawn') {
    const at = deps.clock();
    await deps.referrals.withdrawConsent(tenant, referral.personId, referral.partnerId, at);
    return withdrawConsent(referral, at);
  }
  return referral;
}
