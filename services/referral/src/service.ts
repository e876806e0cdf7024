import { orderedSubscription } from '@corredor/messaging';
import { isMongoReachable, MemoryOutbox, MemoryProcessedEvents, MongoOutbox, MongoProcessedEvents } from '@corredor/persistence';
import { ApiRoutes, buildServiceApp, type AppDeps, type ServiceDefinition } from '@corredor/service-kit';
import type { Connection } from 'mongoose';
import { partnerDirectoryRoutes } from './partners/partner-directory.routes';
import { MemoryPartnerRepository } from './partners/partner.repository.memory';
import { MongoPartnerRepository } from './partners/partner.repository.mongo';
import { partnersRoutes } from './partners/partners.routes';
import { MemoryReferableCaseRepository } from './referable-cases/referable-case.repository.memory';
import { MongoReferableCaseRepository } from './referable-cases/referable-case.repository.mongo';
import * as trackCases from './referable-cases/track-cases.subscriber';
import { MemoryReferralRepository } from './referrals/referral.repository.memory';
import { MongoReferralRepository } from './referrals/referral.repository.mongo';
import { referralsRoutes } from './referrals/referrals.routes';
import { MemorySharingConsentRepository } from './sharing-consents/sharing-consent.repository.memory';
import { MongoSharingConsentRepository } from './sharing-consents/sharing-consent.repository.mongo';
import * as trackSharingConsents from './sharing-consents/track-sharing-consents.subscriber';

function storage(mongo: Connection | null) {
  if (mongo) {
    const outbox = new MongoOutbox(mongo);
    return {
      outbox,
      partners: new MongoPartnerRepository(mongo),
      cases: new MongoReferableCaseRepository(mongo),
      referrals: new MongoReferralRepository(mongo, outbox),
      consents: new MongoSharingConsentRepository(mongo),
      processed: new MongoProcessedEvents(mongo),
      isReachable: () => isMongoReachable(mongo),
    };
  }
  const outbox = new MemoryOutbox();
  return {
    outbox,
    partners: new MemoryPartnerRepository(),
    cases: new MemoryReferableCaseRepository(),
    referrals: new MemoryReferralRepository(outbox),
    consents: new MemorySharingConsentRepository(),
    processed: new MemoryProcessedEvents(),
    isReachable: async () => true,
  };
}

export const referralService: ServiceDefinition = {
  name: 'referral',
  errorPrefix: 'REFERRAL',
  defaultPort: 3003,
  create: ({ mongo, clock, centres, outboxWritten }) => {
    const { outbox, partners, cases, referrals, consents, processed, isReachable } = storage(mongo);
    const api = new ApiRoutes('referral');
    partnersRoutes(api, { partners, clock });
    partnerDirectoryRoutes(api, { partners, clock, centres });
    referralsRoutes(api, { partners, cases, referrals, consents, clock, outboxWritten });
    return {
      api,
      subscriptions: [
        orderedSubscription(trackCases.config.group, trackCases.handlers({ cases })),
        orderedSubscription(trackSharingConsents.config.group, trackSharingConsents.handlers({ consents, referrals, cases, clock, outboxWritten })),
      ],
      processed,
      // referral.made and referral.status-changed, written with the referral change that caused them.
      outbox,
      isStoreReachable: isReachable,
    };
  },
};

export const buildApp = (deps: AppDeps) => buildServiceApp(referralService, deps);
