import { subscription, type Subscription } from '@corredor/messaging';
import type { MemoryOutbox, MongoOutbox } from '@corredor/persistence';
import type { ApiRoutes, CentreDirectoryView, ServiceDeps } from '@corredor/service-kit';
import type { CaseRepository } from '../cases/case.repository';
import type { PersonConsents } from '../consents/consent.repository';
import type { FieldSealer } from '../privacy/sealed-fields';
import type { TimelineSource } from '../timeline/timeline-source';
import * as cancelOnCaseClosed from './cancel-on-case-closed.subscriber';
import * as cancelOnConsentWithdrawn from './cancel-on-consent-withdrawn.subscriber';
import { casesForTransfer } from './cases-for-transfer';
import * as completeTransfer from './complete-transfer.subscriber';
import type { TransferRepository } from './transfer.repository';
import { MemoryTransferRepository } from './transfer.repository.memory';
import { MongoTransferRepository } from './transfer.repository.mongo';
import { transferTimeline } from './transfer.timeline';
import { transferRoutes } from './transfers.routes';

/** The case service's store: MongoDB with its outbox, or memory with its outbox (the outbox the relay publishes from). */
export type CaseStorage = { mongo: NonNullable<ServiceDeps['mongo']>; outbox: MongoOutbox } | { mongo: null; outbox: MemoryOutbox };

export interface TransferFeatureDeps {
  storage: CaseStorage;
  cases: CaseRepository;
  /** The consent projection's port (consentProjection(...).consents). */
  consents: PersonConsents;
  centres: CentreDirectoryView;
  clock: () => Date;
  outboxWritten: () => void;
  /** Seals the origin's reason in the store (ServiceDeps.keys). */
  keys: FieldSealer;
  newId?: () => string;
}

export interface TransferFeature {
  routes(api: ApiRoutes): void;
  subscriptions: Subscription[];
  timeline: TimelineSource;
  isReachable(): Promise<boolean>;
  /** The person was erased at this centre: the reasons of their transfers from here go. */
  erasePerson(tenant: string, personId: string): Promise<void>;
  /** For tests and wiring that need to look inside. */
  transfers: TransferRepository;
}

/**
 * Transfers of cases between centres: the request and answer routes, the subscribers that carry out
 * an accepted transfer and cancel pending ones (consent withdrawn, case closed), and the transfers'
 * timeline entries.
 */
export function transferFeature(deps: TransferFeatureDeps): TransferFeature {
  const transfers: TransferRepository = deps.storage.mongo
    ? new MongoTransferRepository(deps.storage.mongo, deps.storage.outbox, deps.keys)
    : new MemoryTransferRepository(deps.storage.outbox, deps.keys);
  const cases = casesForTransfer(deps.cases, deps.consents);
  const useCaseDeps = {
    transfers,
    cases,
    consents: deps.consents,
    centres: deps.centres,
    clock: deps.clock,
    outboxWritten: deps.outboxWritten,
    ...(deps.newId ? { newId: deps.newId } : {}),
  };
  return {
    routes: (api) => transferRoutes(api, useCaseDeps),
    subscriptions: [
      subscription(completeTransfer.config, completeTransfer.handler({ transfers, cases, outboxWritten: deps.outboxWritten })),
      subscription(cancelOnConsentWithdrawn.config, cancelOnConsentWithdrawn.handler({ transfers, clock: deps.clock })),
      subscription(cancelOnCaseClosed.config, cancelOnCaseClosed.handler({ transfers, clock: deps.clock })),
    ],
    timeline: transferTimeline(transfers),
    isReachable: () => transfers.isReachable(),
    erasePerson: (tenant, personId) => transfers.eraseOfPerson(tenant, personId),
    transfers,
  };
}
