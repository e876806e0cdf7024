import { randomUUID } from 'node:crypto';
import { intakeSubmittedV3, type DataOf } from '@corredor/contracts';
import type { EventHandler, SubscriberConfig } from '@corredor/messaging';
import { DuplicateKeyError, VersionConflictError } from '@corredor/persistence';
import { attachIntake, factsOfIntake, openCase, type DecisionContext } from './case.domain';
import { saveDecision, type CaseStoreDeps } from './change-case.use-case';

export const config: SubscriberConfig<typeof intakeSubmittedV3> = { group: 'case.open-case', event: intakeSubmittedV3 };

/** The consent projection's latest statistics decision on the person (consents/), as far as opening a case needs it. */
export interface StatisticsConsentView {
  latestDecision(tenant: string, personId: string, scope: { purpose: 'statistics' }): Promise<{ given: boolean; decidedAt: Date } | null>;
}

export interface OpenCaseDeps extends CaseStoreDeps {
  /** Absent: the intake's own consents decide. */
  consents?: StatisticsConsentView;
  newId?: () => string;
}

/**
 * Whether a case opened from this intake counts in statistics. The intake says what the person
 * consented to at the interview; a decision the projection holds from the same instant or later
 * (a withdrawal that arrived before this intake was handled: the two come on different topics)
 * is newer, and wins.
 */
async function countedAtOpening(deps: OpenCaseDeps, tenant: string, intake: DataOf<typeof intakeSubmittedV3>, fromIntake: boolean): Promise<boolean> {
  const held = await deps.consents?.latestDecision(tenant, intake.personId, { purpose: 'statistics' });
  return held && held.decidedAt.getTime() >= new Date(intake.submittedAt).getTime() ? held.given : fromIntake;
}

/** A staff member may be changing the same case meanwhile: read it again and retry this many times. */
const ATTEMPTS = 3;

async function opening(deps: OpenCaseDeps, tenant: string, intake: DataOf<typeof intakeSubmittedV3>, context: DecisionContext) {
  const facts = factsOfIntake(intake, context.now);
  const countInStatistics = await countedAtOpening(deps, tenant, intake, facts.countInStatistics);
  return openCase({ ...facts, countInStatistics }, { ...context, caseId: (deps.newId ?? randomUUID)(), tenant });
}

/**
 * A new intake opens a case; a returning person's intake with `reopen-last` joins their latest
 * case (reopening it when closed), or opens one when they have none. An intake already attached to
 * a case means the work is done (redelivery): every intake is claimed once per centre, in the same
 * transaction as the case it joins.
 */
export const handler =
  (deps: OpenCaseDeps): EventHandler<typeof intakeSubmittedV3> =>
  async (event) => {
    const tenant = event.tenantid;
    const intake = event.data;
    for (let attempt = 1; ; attempt += 1) {
      if (await deps.cases.findByIntake(tenant, intake.intakeId)) return;
      const context = { now: deps.clock(), actor: intake.interviewedBy };
      const latest = intake.caseAction === 'reopen-last' ? ((await deps.cases.ofPerson(tenant, intake.personId, 1))[0] ?? null) : null;
      const decision = latest
        ? attachIntake(latest, { intakeId: intake.intakeId, riskFlags: intake.riskFlags, migratoryStatus: intake.migratoryStatus }, context)
        : await opening(deps, tenant, intake, context);
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
