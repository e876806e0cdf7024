import { consentGivenV1, consentWithdrawnV1, intakeSubmittedV3, type ConsentScope } from '@corredor/contracts';
import { on, type TypedHandler } from '@corredor/messaging';
import type { ConsentRepository } from './consent.repository';

/**
 * Two consumer groups: consent.given and consent.withdrawn in one (the consent topic, keyed by
 * person id, so a person's later consents apply in the order published), and the consents an
 * intake.submitted carries in the other (the intake topic). Across the two no order holds, and none
 * is needed: each change is idempotent on its own and the latest decision wins whatever the order
 * of arrival (consent.domain.ts `supersedes`), so a redelivery, a replay or a late event changes nothing.
 */
export const group = 'case.consent-projection';
export const intakeGroup = 'case.consent-projection-intake';

/** What the projection tells the person's cases when their statistics consent may have changed (cases/count-in-statistics.use-case.ts). */
export interface CasesCountedInStatistics {
  countInStatistics(change: { tenant: string; personId: string; counted: boolean; cause: { correlationId: string; causationId: string } }): Promise<void>;
}

export interface ConsentProjectionDeps {
  consents: ConsentRepository;
  /** The person's cases, which count in statistics only while the person consents. Absent: the projection only records. */
  cases?: CasesCountedInStatistics;
}

interface Source {
  tenantid: string;
  id: string;
  correlationid: string;
}

/**
 * After a statistics consent was given or withdrawn, the person's cases at the centre are made to
 * agree with the consent as the projection now holds it (the latest decision), not with the event:
 * a late or repeated event then changes nothing, and a retry after a failure between recording and
 * updating the cases still updates them.
 */
async function followStatistics(deps: ConsentProjectionDeps, event: Source, personId: string, scopes: readonly ConsentScope[]): Promise<void> {
  if (!deps.cases || !scopes.some((scope) => scope.purpose === 'statistics')) return;
  const counted = await deps.consents.hasConsent(event.tenantid, personId, 'statistics');
  await deps.cases.countInStatistics({ tenant: event.tenantid, personId, counted, cause: { correlationId: event.correlationid, causationId: event.id } });
}

/** The consents given at the interview, as the intake carries them. */
export const intakeHandlers = (deps: ConsentProjectionDeps): TypedHandler[] => [
  on(intakeSubmittedV3, async (event) => {
    const at = new Date(event.data.submittedAt);
    for (const scope of event.data.consents) {
      await deps.consents.record({ tenant: event.tenantid, personId: event.data.personId, scope, given: true, at });
    }
    await followStatistics(deps, event, event.data.personId, event.data.consents);
  }),
];

/** Consents given and withdrawn, at the interview or later. */
export const handlers = (deps: ConsentProjectionDeps): TypedHandler[] => [
  on(consentGivenV1, async (event) => {
    const { personId, scope, givenAt } = event.data;
    await deps.consents.record({ tenant: event.tenantid, personId, scope, given: true, at: new Date(givenAt) });
    await followStatistics(deps, event, personId, [scope]);
  }),
  on(consentWithdrawnV1, async (event) => {
    const { personId, scope, withdrawnAt } = event.data;
    await deps.consents.record({ tenant: event.tenantid, personId, scope, given: false, at: new Date(withdrawnAt) });
    await followStatistics(deps, event, personId, [scope]);
  }),
];
