import {
  caseAssignedV1,
  caseClosedV1,
  caseClosureRequestedV1,
  caseIntakeAttachedV1,
  caseOpenedV3,
  caseRiskFlaggedV1,
  caseStatusChangedV1,
  createEvent,
  type EventDefinition,
} from '@corredor/contracts';
import { toOutboxRecord, type OutboxRecord } from '@corredor/messaging';
import type { CaseEvent } from './case.domain';

const DEFINITIONS: Record<CaseEvent['type'], EventDefinition> = {
  'case.opened': caseOpenedV3,
  'case.intake-attached': caseIntakeAttachedV1,
  'case.status-changed': caseStatusChangedV1,
  'case.closed': caseClosedV1,
  'case.closure-requested': caseClosureRequestedV1,
  'case.assigned': caseAssignedV1,
  'case.risk-flagged': caseRiskFlaggedV1,
};

/** What caused a change: a request (its id twice) or an event (its correlation id, and its id as cause). */
export interface Causation {
  correlationId: string;
  causationId: string;
}

/** The outbox records of a decision's events, in order, keyed and subjected by the case id. */
export function caseEventRecords(events: readonly CaseEvent[], meta: Causation & { tenant: string; caseId: string; now: Date }): OutboxRecord[] {
  return events.map(({ type, data }) => {
    const definition = DEFINITIONS[type];
    const event = createEvent(definition, data, {
      tenant: meta.tenant,
      source: '/corredor/case',
      correlationId: meta.correlationId,
      causationId: meta.causationId,
      subject: meta.caseId,
      time: meta.now,
    });
    return toOutboxRecord(definition, event, meta.caseId, meta.now);
  });
}
