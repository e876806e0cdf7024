import { caseTransferAcceptedV1, caseTransferDeclinedV1, caseTransferRequestedV1, createEvent, type EventMetadata } from '@corredor/contracts';
import { toOutboxRecord, type OutboxRecord } from '@corredor/messaging';
import type { Causation } from '../cases/case-events';
import type { AcceptedTransfer, DeclinedTransfer, Transfer } from './transfer.domain';

const SOURCE = '/corredor/case';

/**
 * The events of a transfer, none with personal data. Keyed and subjected by the origin case id (the
 * case id each event names first), so a transfer's events stay in order with the origin case's.
 * The tenant is the centre that acted: the origin for a request, the receiver for an answer.
 */
function meta(transfer: Transfer, tenant: string, cause: Causation, now: Date): EventMetadata {
  return { tenant, source: SOURCE, correlationId: cause.correlationId, causationId: cause.causationId, subject: transfer.caseId, time: now };
}

export function requestedRecord(transfer: Transfer, cause: Causation, now: Date): OutboxRecord {
  const event = createEvent(
    caseTransferRequestedV1,
    {
      transferId: transfer.id,
      fromCentre: transfer.fromCentre,
      toCentre: transfer.toCentre,
      caseId: transfer.caseId,
      priority: transfer.priority,
      languages: transfer.languages,
      requestedAt: transfer.requestedAt.toISOString(),
    },
    meta(transfer, transfer.fromCentre, cause, now),
  );
  return toOutboxRecord(caseTransferRequestedV1, event, transfer.caseId, now);
}

export function acceptedRecord(transfer: AcceptedTransfer, cause: Causation, now: Date): OutboxRecord {
  const event = createEvent(
    caseTransferAcceptedV1,
    {
      transferId: transfer.id,
      fromCentre: transfer.fromCentre,
      toCentre: transfer.toCentre,
      originCaseId: transfer.caseId,
      originPersonId: transfer.personId,
      newCaseId: transfer.newCaseId,
      newPersonId: transfer.newPersonId,
      acceptedAt: transfer.answeredAt.toISOString(),
    },
    meta(transfer, transfer.toCentre, cause, now),
  );
  return toOutboxRecord(caseTransferAcceptedV1, event, transfer.caseId, now);
}

export function declinedRecord(transfer: DeclinedTransfer, cause: Causation, now: Date): OutboxRecord {
  const event = createEvent(
    caseTransferDeclinedV1,
    {
      transferId: transfer.id,
      fromCentre: transfer.fromCentre,
      toCentre: transfer.toCentre,
      caseId: transfer.caseId,
      reason: transfer.declineReason,
      declinedAt: transfer.answeredAt.toISOString(),
    },
    meta(transfer, transfer.toCentre, cause, now),
  );
  return toOutboxRecord(caseTransferDeclinedV1, event, transfer.caseId, now);
}
