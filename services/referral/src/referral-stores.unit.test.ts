import { MemoryOutbox } from '@corredor/persistence';
import { MemoryPartnerRepository } from './partners/partner.repository.memory';
import { MemoryReferableCaseRepository } from './referable-cases/referable-case.repository.memory';
import { describeReferralStoresContract } from './referral-stores.contract';
import { MemoryReferralRepository } from './referrals/referral.repository.memory';
import { MemorySharingConsentRepository } from './sharing-consents/sharing-consent.repository.memory';

describeReferralStoresContract('in-memory', async () => {
  const outbox = new MemoryOutbox();
  return {
    partners: new MemoryPartnerRepository(),
    cases: new MemoryReferableCaseRepository(),
    referrals: new MemoryReferralRepository(outbox),
    consents: new MemorySharingConsentRepository(),
    outbox,
  };
});
