import { caseClosedV1, caseOpenedV3, caseStatusChangedV1 } from '@corredor/contracts';
import { on, type TypedHandler } from '@corredor/messaging';
import type { ReferableCaseRepository } from './referable-case';

/** One group for all three events: case events are keyed by case id, so a closing never overtakes its opening, nor a reopening its closing. */
export const config = { group: 'referral.track-cases' } as const;

export const handlers = (deps: { cases: ReferableCaseRepository }): TypedHandler[] => [
  // Older openings arrive upcast (v1: their intake standing for the person).
  on(caseOpenedV3, async (event) => deps.cases.recordOpened(event.tenantid, event.data.caseId, event.data.personId, new Date(event.data.openedAt))),
  on(caseClosedV1, async (event) => deps.cases.recordStatus(event.tenantid, event.data.caseId, 'closed')),
  // Reopened (closed → active), or closed through a status change: open and active cases can both be referred.
  on(caseStatusChangedV1, async (event) => deps.cases.recordStatus(event.tenantid, event.data.caseId, event.data.to === 'closed' ? 'closed' : 'open')),
];
