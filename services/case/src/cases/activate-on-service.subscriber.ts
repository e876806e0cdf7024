import { caseServiceRecordedV1 } from '@corredor/contracts';
import type { EventHandler, SubscriberConfig } from '@corredor/messaging';
import { VersionConflictError } from '@corredor/persistence';
import { activateCase } from './case.domain';
import { saveDecision, type CaseStoreDeps } from './change-case.use-case';

export const config: SubscriberConfig<typeof caseServiceRecordedV1> = { group: 'case.activate-on-service', event: caseServiceRecordedV1 };

const ATTEMPTS = 3;

/** The first service recorded on an open case means work has started: the case becomes active. Any later one changes nothing. */
export const handler =
  (deps: CaseStoreDeps): EventHandler<typeof caseServiceRecordedV1> =>
  async (event) => {
    for (let attempt = 1; ; attempt += 1) {
      const kase = await deps.cases.findById(event.tenantid, event.data.caseId);
      if (!kase || kase.status !== 'open') return;
      const context = { now: deps.clock(), actor: null };
      try {
        await saveDecision(deps, kase, activateCase(kase, context), { ...context, correlationId: event.correlationid, causationId: event.id });
        return;
      } catch (error) {
        if (error instanceof VersionConflictError && attempt < ATTEMPTS) continue;
        throw error;
      }
    }
  };
