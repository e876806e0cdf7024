import { randomUUID } from 'node:crypto';
import { causedBy, caseOpenedV1, createEvent, intakeSubmittedV1 } from '@corredor/contracts';
import { toOutboxRecord, type EventHandler, type SubscriberConfig } from '@corredor/messaging';
import { DuplicateKeyError } from '@corredor/persistence';
import { openCase } from './case.domain';
import type { CaseRepository } from './case.repository';

export const config: SubscriberConfig<typeof intakeSubmittedV1> = { group: 'case.open-case', event: intakeSubmittedV1 };

export interface OpenCaseDeps {
  cases: CaseRepository;
  clock: () => Date;
  outboxWritten: () => void;
  newId?: () => string;
}

/** Opens a case for every intake; a case already opened for the intake means the work is done. */
export const handler =
  (deps: OpenCaseDeps): EventHandler<typeof intakeSubmittedV1> =>
  async (event) => {
    const tenant = event.tenantid;
    if (await deps.cases.findByIntake(tenant, event.data.intakeId)) return;
    const now = deps.clock();
    const kase = openCase(event.data, { caseId: (deps.newId ?? randomUUID)(), tenant, now });
    const opened = createEvent(
      caseOpenedV1,
      { caseId: kase.id, intakeId: kase.intakeId, openedAt: kase.openedAt.toISOString(), profile: kase.profile },
      { ...causedBy(event, '/corredor/case', kase.id), time: now },
    );
    try {
      await deps.cases.add(kase, [toOutboxRecord(caseOpenedV1, opened, kase.id, now)]);
    } catch (error) {
      if (error instanceof DuplicateKeyError) return;
      throw error;
    }
    deps.outboxWritten();
  };
