import {
  centreArchivedV1,
  centreDataKeyDestroyedV1,
  centreDataKeyIssuedV1,
  centreProvisionedV1,
  centreReactivatedV1,
  centreSuspendedV1,
  centreUpdatedV1,
  createEvent,
  type EventDefinition,
} from '@corredor/contracts';
import { toOutboxRecord, type OutboxRecord } from '@corredor/messaging';
import { snapshotOf, type CentreDecision, type CentreEventType } from './centre.domain';

const DEFINITIONS: Record<CentreEventType, EventDefinition> = {
  'centre.provisioned': centreProvisionedV1,
  'centre.updated': centreUpdatedV1,
  'centre.suspended': centreSuspendedV1,
  'centre.reactivated': centreReactivatedV1,
  'centre.archived': centreArchivedV1,
  'centre.data-key-issued': centreDataKeyIssuedV1,
  'centre.data-key-destroyed': centreDataKeyDestroyedV1,
};

/** The outbox record of a centre change: the whole centre as it is now, keyed by its id (the topic is compacted). */
export function centreEventRecord(decision: CentreDecision & { kind: 'changed' }, meta: { requestId: string; now: Date }): OutboxRecord {
  const definition = DEFINITIONS[decision.event];
  const data = {
    centre: snapshotOf(decision.centre),
    ...(decision.event === 'centre.updated' ? { changed: decision.changes.map((change) => change.field) } : {}),
  };
  const event = createEvent(definition, data, {
    tenant: decision.centre.id,
    source: '/corredor/centre',
    correlationId: meta.requestId,
    causationId: meta.requestId,
    subject: decision.centre.id,
    time: meta.now,
  });
  return toOutboxRecord(definition, event, decision.centre.id, meta.now);
}
