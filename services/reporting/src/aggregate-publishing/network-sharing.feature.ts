import type { Logger, OutboxStore, Subscription } from '@corredor/messaging';
import { MemoryOutbox, MongoOutbox } from '@corredor/persistence';
import type { ApiRoutes, AuditTrail, CentreDirectoryView, ServiceDeps } from '@corredor/service-kit';
import type { PeriodFiguresSource } from '../indicators/period-figures';
import { networkViewFeature, type NetworkViewFeature } from '../network-view/network-view.feature';
import { sharingAgreementsFeature, type SharingAgreementsFeature } from '../sharing-agreements/sharing-agreements.feature';
import { MemorySharingLedger } from './sharing-ledger.repository.memory';
import { MongoSharingLedger } from './sharing-ledger.repository.mongo';
import type { SharingLedger } from './sharing-ledger.repository';
import { createSharingScanner, type SharingScanner } from './sharing.scanner';

/** How the sharing scan runs: main.ts passes the environment's settings (config.ts). */
export interface NetworkSharingSettings {
  /** How often the scan runs (each status and period is announced once, whichever instance finds it). */
  scanIntervalMs: number;
  /** Days a period waits after it ends before it is published, so late records make it in. */
  publishAfterDays: number;
}

/** Outside main.ts (tests, the one-process platform) a period is published the day after it ends; main.ts passes SHARING_PUBLISH_AFTER_DAYS. */
export const DEFAULT_SHARING_SETTINGS: NetworkSharingSettings = { scanIntervalMs: 60_000, publishAfterDays: 0 };

export interface NetworkSharingDeps {
  mongo: ServiceDeps['mongo'];
  centres: CentreDirectoryView;
  clock: () => Date;
  audit: Pick<AuditTrail, 'record'>;
  outboxWritten: () => void;
  logger?: Logger;
  figures: PeriodFiguresSource;
  settings?: Partial<NetworkSharingSettings>;
}

/** Everything reporting composes of network sharing: agreements, the publishing scan with its outbox, and the network view. */
export interface NetworkSharing {
  agreements: SharingAgreementsFeature;
  view: NetworkViewFeature;
  scanner: SharingScanner;
  ledger: SharingLedger;
  /** The outbox the scan writes to: the service's (reporting publishes nothing else). */
  outbox: OutboxStore;
  subscriptions: Subscription[];
  routes(api: ApiRoutes): void;
  start(): void;
  stop(): Promise<void>;
}

function sharingStore(mongo: ServiceDeps['mongo']): { outbox: OutboxStore; ledger: SharingLedger } {
  if (mongo) {
    const outbox = new MongoOutbox(mongo);
    return { outbox, ledger: new MongoSharingLedger(mongo, outbox) };
  }
  const outbox = new MemoryOutbox();
  return { outbox, ledger: new MemorySharingLedger(outbox) };
}

export function networkSharingFeature(deps: NetworkSharingDeps): NetworkSharing {
  const settings = { ...DEFAULT_SHARING_SETTINGS, ...deps.settings };
  const agreements = sharingAgreementsFeature(deps);
  const view = networkViewFeature(deps);
  const store = sharingStore(deps.mongo);
  const scanner = createSharingScanner({
    agreements: agreements.agreements,
    ledger: store.ledger,
    centres: deps.centres,
    figures: deps.figures,
    clock: deps.clock,
    outboxWritten: deps.outboxWritten,
    ...(deps.logger ? { logger: deps.logger } : {}),
    publishAfterDays: settings.publishAfterDays,
  });
  return {
    agreements,
    view,
    scanner,
    ledger: store.ledger,
    outbox: store.outbox,
    subscriptions: [view.subscription],
    routes(api) {
      agreements.routes(api);
      view.routes(api);
    },
    start: () => scanner.start(settings.scanIntervalMs),
    stop: () => scanner.stop(),
  };
}
