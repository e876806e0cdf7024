import { caseClosedV1, caseOpenedV1 } from '@corredor/contracts';
import { on, type TypedHandler } from '@corredor/messaging';
import type { ReferableCaseRepository } from './referable-case';

/** One group for both events: case events are keyed by case id, so a closing never overtakes its opening. */
export const config = { group: 'referral.track-cases' } as const;

export const handlers = (deps: { cases: ReferableCaseRepository }): TypedHandler[] => [
  on(caseOpenedV1, async (event) => deps.cases.recordOpened(event.tenantid, event.data.caseId, new Date(event.data.openedAt))),
  on(caseClosedV1, async (event) => deps.cases.recordClosed(event.tenantid, event.data.caseId)),
];
