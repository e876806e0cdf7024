import { randomUUID } from 'node:crypto';
import { intakeSubmittedV2 } from '@corredor/contracts';
import type { EventHandler, SubscriberConfig } from '@corredor/messaging';
import { DuplicateKeyError, VersionConflictError } from '@corredor/persistence';
import { attachIntake, factsOfIntake, openCase } from './case.domain';
import { saveDecision, type CaseStoreDeps } from './change-case.use-case';

export const config: SubscriberConfig<typeof intakeSubmittedV2> = { group: 'case.open-case', event: intakeSubmittedV2 };

export interface OpenCaseDeps extends CaseStoreDeps {
  newId?: () => string;
}

/** A staff member may be changing the same case meanwhile: read it again and retry this many times. */
const ATTEMPTS = 3;

/**
 * A new intake opens a case; a returning person's intake with `reopen-last` joins their latest
 * case (reopening it when closed), or opens one when they have none. An intake already attached to
 * a case means the work is done (redelivery): every intake is claimed once per centre, in the same
 * transaction as the case it joins.
 */
export const handler =
  (deps: OpenCaseDeps): EventHandler<typeof intakeSubmittedV2> =>
  async (event) => {
    const tenant = event.tenantid;
    const intake = event.data;
    for (let attempt = 1; ; attempt += 1) {
      if (await deps.cases.findByIntake(tenant, intake.intakeId)) return;
      const context = { now: deps.clock(), actor: intake.interviewedBy };
      const latest = intake.caseAction === 'reopen-last' ? ((await deps.cases.ofPerson(tenant, intake.personId, 1))[0] ?? null) : null;
      const decision = latest
        ? attachIntake(latest, { intakeId: intake.intakeId, riskFlags: intake.riskFlags }, context)
        : openCase(factsOfIntake(intake, context.now), { ...context, caseId: (deps.newId ?? randomUUID)(), tenant });
      try {
        await saveDecision(deps, latest, decision, { ...context, correlationId: event.correlationid, causationId: event.id });
        return;
      } catch (error) {
        if (error instanceof DuplicateKeyError) return;
        if (error instanceof VersionConflictError && attempt < ATTEMPTS) continue;
        throw error;
      }
    }
  };
