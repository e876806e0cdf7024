import { orderedSubscription } from '@corredor/messaging';
import { isMongoReachable, MemoryProcessedEvents, MongoProcessedEvents } from '@corredor/persistence';
import { buildServiceApp, type AppDeps, type ServiceDefinition } from '@corredor/service-kit';
import { Router } from 'express';
import type { Connection } from 'mongoose';
import { MemoryPartnerRepository } from './partners/partner.repository.memory';
import { MongoPartnerRepository } from './partners/partner.repository.mongo';
import { partnerDirectoryRouter } from './partners/partner-directory.routes';
import { partnersRouter } from './partners/partners.routes';
import { MemoryReferableCaseRepository } from './referable-cases/referable-case.repository.memory';
import { MongoReferableCaseRepository } from './referable-cases/referable-case.repository.mongo';
import * as trackCases from './referable-cases/track-cases.subscriber';
import { MemoryReferralRepository } from './referrals/referral.repository.memory';
import { MongoReferralRepository } from './referrals/referral.repository.mongo';
import { referralsRouter } from './referrals/referrals.routes';

function storage(mongo: Connection | null) {
  if (mongo) {
    return {
      partners: new MongoPartnerRepository(mongo),
      cases: new MongoReferableCaseRepository(mongo),
      referrals: new MongoReferralRepository(mongo),
      processed: new MongoProcessedEvents(mongo),
      isReachable: () => isMongoReachable(mongo),
    };
  }
  return {
    partners: new MemoryPartnerRepository(),
    cases: new MemoryReferableCaseRepository(),
    referrals: new MemoryReferralRepository(),
    processed: new MemoryProcessedEvents(),
    isReachable: async () => true,
  };
}

export const referralService: ServiceDefinition = {
  name: 'referral',
  errorPrefix: 'REFERRAL',
  defaultPort: 3003,
  create: ({ mongo, clock, centres }) => {
    const { partners, cases, referrals, processed, isReachable } = storage(mongo);
    const api = Router();
    api.use(partnersRouter({ partners, clock }));
    api.use(partnerDirectoryRouter({ partners, clock, centres }));
    api.use(referralsRouter({ partners, cases, referrals, clock }));
    return {
      api,
      subscriptions: [orderedSubscription(trackCases.config.group, trackCases.handlers({ cases }))],
      processed,
      isStoreReachable: isReachable,
    };
  },
};

export const buildApp = (deps: AppDeps) => buildServiceApp(referralService, deps);
