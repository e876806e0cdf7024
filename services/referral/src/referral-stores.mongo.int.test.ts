import { describeWithMongo, MongoOutbox, prepareModels } from '@corredor/persistence';
import { MongoPartnerRepository } from './partners/partner.repository.mongo';
import { MongoReferableCaseRepository } from './referable-cases/referable-case.repository.mongo';
import { describeReferralStoresContract } from './referral-stores.contract';
import { MongoReferralRepository } from './referrals/referral.repository.mongo';
import { MongoSharingConsentRepository } from './sharing-consents/sharing-consent.repository.mongo';

describeWithMongo('referral stores', (connection) => {
  describeReferralStoresContract('mongodb', () => {
    const outbox = new MongoOutbox(connection());
    return prepareModels(connection(), {
      partners: new MongoPartnerRepository(connection()),
      cases: new MongoReferableCaseRepository(connection()),
      referrals: new MongoReferralRepository(connection(), outbox),
      consents: new MongoSharingConsentRepository(connection()),
      outbox,
    });
  });
});
