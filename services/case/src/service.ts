import { subscription } from '@corredor/messaging';
import { MemoryOutbox, MemoryProcessedEvents, MongoOutbox, MongoProcessedEvents } from '@corredor/persistence';
import { ApiRoutes, buildServiceApp, type AppDeps, type ServiceDefinition } from '@corredor/service-kit';
import type { Connection } from 'mongoose';
import * as activateOnService from './cases/activate-on-service.subscriber';
import { caseHistoryTimeline } from './cases/case-history.timeline';
import { MemoryCaseRepository } from './cases/case.repository.memory';
import { MongoCaseRepository } from './cases/case.repository.mongo';
import { caseRoutes } from './cases/cases.routes';
import type { CasesWithDueTasks } from './cases/cases-with-due-tasks.port';
import { countInStatisticsUseCase } from './cases/count-in-statistics.use-case';
import * as openCase from './cases/open-case.subscriber';
import { consentProjection } from './consents/consent-projection';
import * as erasePerson from './erasure/erase-person.subscriber';
import { labourClaimFeature } from './labour-justice/labour-claim.feature';
import { caseNoteFeature } from './notes/note.feature';
import { serviceDeliveryFeature } from './services-delivered/service-delivery.feature';
import { taskFeature } from './tasks/task.feature';
import { MemoryTaskRepository } from './tasks/task.repository.memory';
import { MongoTaskRepository } from './tasks/task.repository.mongo';
import type { FieldSealer } from './privacy/sealed-fields';
import { timelineFeature } from './timeline/timeline.routes';
import { transferFeature, type CaseStorage } from './transfers/transfer-feature';

/** How often the due-task scan runs by default (each reminder is announced once, whichever instance finds it). */
const TASK_SCAN_INTERVAL_MS = 60_000;

function storage(mongo: Connection | null, keys: FieldSealer) {
  if (mongo) {
    const outbox = new MongoOutbox(mongo);
    const store: CaseStorage = { mongo, outbox };
    return { store, outbox, cases: new MongoCaseRepository(mongo, outbox, keys), tasks: new MongoTaskRepository(mongo, outbox, keys), processed: new MongoProcessedEvents(mongo) };
  }
  const outbox = new MemoryOutbox();
  const store: CaseStorage = { mongo: null, outbox };
  return { store, outbox, cases: new MemoryCaseRepository(outbox, keys), tasks: new MemoryTaskRepository(outbox, keys), processed: new MemoryProcessedEvents() };
}

/** Parts a test (or main.ts, from the environment) may set. */
export interface CaseServiceOverrides {
  dueTasks?: CasesWithDueTasks;
  taskScanIntervalMs?: number;
}

export function defineCaseService(overrides: CaseServiceOverrides = {}): ServiceDefinition {
  return {
    name: 'case',
    errorPrefix: 'CASE',
    defaultPort: 3002,
    create: ({ mongo, clock, outboxWritten, centres, logger, keys, audit }) => {
      const { store, outbox, cases, tasks, processed } = storage(mongo, keys);
      const caseStore = { cases, clock, outboxWritten };
      const taskWork = taskFeature({ tasks, cases, centres, clock, outboxWritten, logger });
      const consents = consentProjection({ mongo, cases: { countInStatistics: (change) => countInStatisticsUseCase(caseStore, change) } });
      const transfers = transferFeature({ storage: store, cases, consents: consents.consents, centres, clock, outboxWritten, keys });
      const caseWork = { mongo, outbox, cases, clock, outboxWritten, centres, keys, audit };
      const services = serviceDeliveryFeature(caseWork);
      const claims = labourClaimFeature(caseWork);
      const notes = caseNoteFeature(caseWork);

      const api = new ApiRoutes('case');
      caseRoutes(api, { ...caseStore, centres, audit, dueTasks: overrides.dueTasks ?? taskWork.casesWithDueTasks });
      services.routes(api);
      claims.routes(api);
      notes.routes(api);
      taskWork.routes(api);
      transfers.routes(api);
      timelineFeature({ cases, audit, sources: [caseHistoryTimeline(cases), services.timeline, claims.timeline, notes.timeline, taskWork.timeline, transfers.timeline] }).routes(api);

      return {
        api,
        subscriptions: [
          subscription(openCase.config, openCase.handler({ ...caseStore, consents: consents.consents })),
          subscription(activateOnService.config, activateOnService.handler(caseStore)),
          ...consents.subscriptions,
          ...transfers.subscriptions,
          subscription(
            erasePerson.config,
            erasePerson.handler({
              ...caseStore,
              caseData: [notes, services, claims, { eraseCase: (tenant, caseId) => tasks.eraseOfCase(tenant, caseId) }],
              personData: [transfers, consents],
            }),
          ),
        ],
        processed,
        outbox,
        isStoreReachable: () => cases.isReachable(),
        start: () => taskWork.scanner.start(overrides.taskScanIntervalMs ?? TASK_SCAN_INTERVAL_MS),
        stop: () => taskWork.scanner.stop(),
      };
    },
  };
}

export const caseService: ServiceDefinition = defineCaseService();

export const buildApp = (deps: AppDeps) => buildServiceApp(caseService, deps);
