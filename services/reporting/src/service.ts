import { orderedSubscription } from '@corredor/messaging';
import { MemoryProcessedEvents, MongoProcessedEvents } from '@corredor/persistence';
import { ApiRoutes, buildServiceApp, type AppDeps, type ServiceDefinition } from '@corredor/service-kit';
import type { SliceOptions } from './cooperative/time-slices';
import { networkSharingFeature, type NetworkSharingSettings } from './aggregate-publishing/network-sharing.feature';
import { indicatorReportRoutes } from './indicator-report/indicator-report.routes';
import type { PeriodFiguresSource } from './indicators/period-figures';
import { peopleServedRoutes } from './people-served/people-served.routes';
import { MemoryGenerationPointerRepository } from './projection/generation-pointer.repository.memory';
import { MongoGenerationPointerRepository } from './projection/generation-pointer.repository.mongo';
import * as honourStatisticsConsent from './projection/honour-statistics-consent.subscriber';
import { LiveProjection } from './projection/live-projection';
import * as recordCaseFacts from './projection/record-case-facts.subscriber';
import * as recordReferralFacts from './projection/record-referral-facts.subscriber';
import { createReportingProjection } from './projection/reporting-projection';
import { centreReportReader } from './report-settings/report-access';
import { MemoryReportSettingsRepository } from './report-settings/report-settings.repository.memory';
import { MongoReportSettingsRepository } from './report-settings/report-settings.repository.mongo';
import { reportSettingsRoutes } from './report-settings/report-settings.routes';
import { replayFeature, type ReplayOverrides } from './replay/replay.feature';

export { MemoryEventLog } from './replay/event-log.memory';

/** Parts main.ts sets from the environment (config.ts); tests and the one-process platform take the defaults. */
export interface ReportingServiceOverrides {
  sharing?: Partial<NetworkSharingSettings>;
  /** The event log a rebuild replays (main.ts: Kafka; the one-process platform: its in-memory bus). */
  replay?: ReplayOverrides;
  /** How reports share the event loop while they are computed (default: slices of SLICE_MS; tests: 0, the loop turns at every checkpoint). */
  slices?: SliceOptions;
}

/** How long a process goes on with the live generation it knows before reading the pointer again. */
const GENERATION_RECHECK_MS = 5000;

export function defineReportingService(overrides: ReportingServiceOverrides = {}): ServiceDefinition {
  return {
    name: 'reporting',
    errorPrefix: 'REPORTING',
    defaultPort: 3005,
    create: ({ mongo, clock, centres, audit, outboxWritten, logger, keys }) => {
      // The projection's live generation: fed by the subscriptions, read by the routes, replaced whole by a rebuild.
      const slices = overrides.slices ?? {};
      const create = (generation: string) => createReportingProjection({ mongo, generation, slices });
      const projections = new LiveProjection({
        create,
        pointer: mongo ? new MongoGenerationPointerRepository(mongo) : new MemoryGenerationPointerRepository(),
        clock,
        recheckMs: GENERATION_RECHECK_MS,
      });
      /** A centre's exact figures for a period, from the live generation: what every report is made of. */
      const figures: PeriodFiguresSource = async (centre, period, timeZone, wanted) => (await projections.live()).figures(centre, period, timeZone, wanted);
      const partnerNames = async (centre: string) => (await projections.live()).partnerNames(centre);
      const settings = mongo ? new MongoReportSettingsRepository(mongo) : new MemoryReportSettingsRepository();
      const reader = centreReportReader(settings);

      const api = new ApiRoutes('reporting');
      indicatorReportRoutes(api, { figures, partnerNames, reader, clock, centres, slices });
      peopleServedRoutes(api, { figures, reader, clock, centres, slices });
      reportSettingsRoutes(api, { settings, clock, audit });
      // What centres share with their networks: agreements, the scan publishing them, the network view.
      const sharing = networkSharingFeature({ mongo, centres, clock, audit, outboxWritten, logger, figures, settings: overrides.sharing ?? {} });
      sharing.routes(api);
      // Operators rebuild the projection from the event log into a fresh generation.
      const replay = replayFeature({ mongo, projections, create, sealer: keys, clock, logger, overrides: overrides.replay ?? {}, recheckMs: GENERATION_RECHECK_MS });
      replay.routes(api);
      return {
        api,
        subscriptions: [
          orderedSubscription(recordCaseFacts.config.group, recordCaseFacts.handlers({ projections })),
          orderedSubscription(recordReferralFacts.config.group, recordReferralFacts.handlers({ projections })),
          orderedSubscription(honourStatisticsConsent.config.group, honourStatisticsConsent.handlers({ projections })),
          ...sharing.subscriptions,
        ],
        processed: mongo ? new MongoProcessedEvents(mongo) : new MemoryProcessedEvents(),
        outbox: sharing.outbox,
        isStoreReachable: () => projections.live().then((live) => live.isReachable(), () => false),
        start: () => sharing.start(),
        stop: async () => {
          await replay.stop();
          await sharing.stop();
        },
      };
    },
  };
}

export const reportingService: ServiceDefinition = defineReportingService();

export const buildApp = (deps: AppDeps) => buildServiceApp(reportingService, deps);
