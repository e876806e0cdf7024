import { caseTransferDeclinedV1, DomainError, type CasePriority, type CentreSnapshot } from '@corredor/contracts';
import type { z } from 'zod';

export const TRANSFER_STATUSES = ['requested', 'accepted', 'declined', 'cancelled'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/** Why a receiving coordinator declined: the contract's list, so the event and the API agree. */
export const transferDeclineReasonSchema = caseTransferDeclinedV1.schema.shape.reason;
export type TransferDeclineReason = z.infer<typeof transferDeclineReasonSchema>;

/**
 * Why a pending transfer ended without an answer: the person withdrew their transfer consent, the
 * origin closed the case, the origin's staff cancelled it, or the origin asked another centre while
 * the receiving centre was no longer active.
 */
export const TRANSFER_CANCEL_REASONS = ['consent-withdrawn', 'case-closed', 'origin-cancelled', 'target-unavailable'] as const;
export type TransferCancelReason = (typeof TRANSFER_CANCEL_REASONS)[number];

/**
 * A request to continue a person's case at another centre. It is held by the case service and seen
 * by both centres, each through its own view: the receiving centre never sees the origin's case,
 * person or reason, only what it needs to decide (priority, languages, dates) until it accepts.
 */
export interface Transfer {
  id: string;
  fromCentre: string;
  toCentre: string;
  /** The origin centre's case and person. */
  caseId: string;
  personId: string;
  priority: CasePriority;
  languages: string[];
  /** The origin's own note on why; it stays at the origin. */
  reason: string | null;
  status: TransferStatus;
  requestedAt: Date;
  requestedBy: string;
  answeredAt: Date | null;
  answeredBy: string | null;
  declineReason: TransferDeclineReason | null;
  cancelledAt: Date | null;
  cancelReason: TransferCancelReason | null;
  /** Staff user id of who cancelled it at the origin; null when the system did (or it is not cancelled). */
  cancelledBy: string | null;
  /** The receiving centre's case and person, once accepted. */
  newCaseId: string | null;
  newPersonId: string | null;
  /** The origin case while the transfer waits for an answer, null after: one pending transfer per case (a unique index). */
  pendingCaseId: string | null;
  /**
   * The receiving centre once accepted, null before and otherwise: one accepted transfer per origin
   * person and receiving centre (a unique index with fromCentre and personId), so the person is
   * never copied there twice.
   */
  acceptedToCentre: string | null;
  version: number;
}

/** The origin case as a transfer needs it. */
export interface CaseToTransfer {
  id: string;
  personId: string;
  closed: boolean;
  priority: CasePriority;
  languages: string[];
}

export interface RequestTransfer {
  kase: CaseToTransfer;
  toCentre: string;
  reason: string | null;
  /** The receiving centre as the directory knows it; undefined when unknown. */
  target: Pick<CentreSnapshot, 'status'> | undefined;
  /** Whether the person currently consents to a transfer. */
  consented: boolean;
  /** Whether the receiving centre already accepted a transfer of this person (from any of their cases). */
  acceptedThereBefore: boolean;
}

export const TRANSFER_ERRORS = {
  targetUnavailable: () => new DomainError('CASE.TRANSFER_TARGET_UNAVAILABLE', 'validation', 'The receiving centre is not an active centre other than this one.'),
  originUnavailable: () => new DomainError('CASE.TRANSFER_ORIGIN_UNAVAILABLE', 'validation', 'The centre that asked is no longer active; the transfer cannot be accepted.'),
  alreadyAccepted: () =>
    new DomainError('CASE.TRANSFER_ALREADY_ACCEPTED', 'conflict', "The receiving centre already accepted a transfer of this person: the person's case goes on there."),
  consentMissing: () => new DomainError('CASE.TRANSFER_CONSENT_MISSING', 'validation', 'The person has not consented to a transfer to another centre.'),
  consentWithdrawn: () => new DomainError('CASE.TRANSFER_CONSENT_WITHDRAWN', 'validation', 'The person withdrew their consent to the transfer.'),
  alreadyPending: () => new DomainError('CASE.TRANSFER_ALREADY_PENDING', 'conflict', 'This case already has a transfer waiting for an answer.'),
  notPending: () => new DomainError('CASE.TRANSFER_NOT_PENDING', 'conflict', 'This transfer was already answered or cancelled.'),
  notFound: () => new DomainError('CASE.TRANSFER_NOT_FOUND', 'not-found', 'No such transfer at this centre.'),
  notReceiver: () => new DomainError('CASE.TRANSFER_NOT_RECEIVER', 'forbidden', 'Only the receiving centre answers a transfer.'),
  notOrigin: () => new DomainError('CASE.TRANSFER_NOT_ORIGIN', 'forbidden', 'Only the centre that asked cancels a transfer.'),
  caseNotFound: () => new DomainError('CASE.NOT_FOUND', 'not-found', 'No such case at this centre.'),
  caseClosed: () => new DomainError('CASE.ALREADY_CLOSED', 'conflict', 'This case is already closed.'),
  versionConflict: () => new DomainError('CASE.TRANSFER_VERSION_CONFLICT', 'conflict', 'The transfer changed meanwhile; reload and try again.'),
} as const;

/** Decides a transfer request. Pure: the facts (case, directory entry, consent) and ids come in as values. */
export function requestTransfer(command: RequestTransfer, context: { transferId: string; fromCentre: string; userId: string; now: Date }): Transfer {
  if (command.kase.closed) throw TRANSFER_ERRORS.caseClosed();
  if (command.toCentre === context.fromCentre || command.target?.status !== 'active') throw TRANSFER_ERRORS.targetUnavailable();
  if (command.acceptedThereBefore) throw TRANSFER_ERRORS.alreadyAccepted();
  if (!command.consented) throw TRANSFER_ERRORS.consentMissing();
  return {
    id: context.transferId,
    fromCentre: context.fromCentre,
    toCentre: command.toCentre,
    caseId: command.kase.id,
    personId: command.kase.personId,
    priority: command.kase.priority,
    languages: command.kase.languages,
    reason: command.reason,
    status: 'requested',
    requestedAt: context.now,
    requestedBy: context.userId,
    answeredAt: null,
    answeredBy: null,
    declineReason: null,
    cancelledAt: null,
    cancelReason: null,
    cancelledBy: null,
    newCaseId: null,
    newPersonId: null,
    pendingCaseId: command.kase.id,
    acceptedToCentre: null,
    version: 1,
  };
}

/** The lifecycle, in one table: only a pending transfer moves, and only once. */
const TRANSITIONS: Record<TransferStatus, readonly TransferStatus[]> = {
  requested: ['accepted', 'declined', 'cancelled'],
  accepted: [],
  declined: [],
  cancelled: [],
};

function moveTo(transfer: Transfer, to: TransferStatus): Transfer {
  if (!TRANSITIONS[transfer.status].includes(to)) throw TRANSFER_ERRORS.notPending();
  return { ...transfer, status: to, pendingCaseId: null };
}

export type AcceptedTransfer = Transfer & { status: 'accepted'; answeredAt: Date; newCaseId: string; newPersonId: string; acceptedToCentre: string };
export type DeclinedTransfer = Transfer & { status: 'declined'; answeredAt: Date; declineReason: TransferDeclineReason };

/**
 * Refused when the origin closed the case meanwhile, either centre is no longer active (suspended or
 * archived: nothing of the person moves between centres that are not both working), or the person
 * withdrew their consent (which also cancels it, see cancelTransfer).
 */
export function acceptTransfer(
  transfer: Transfer,
  command: { consented: boolean; originOpen: boolean; originActive: boolean; receiverActive: boolean; newCaseId: string; newPersonId: string },
  context: { userId: string; now: Date },
): AcceptedTransfer {
  moveTo(transfer, 'accepted');
  if (!command.originOpen) throw TRANSFER_ERRORS.notPending();
  if (!command.originActive) throw TRANSFER_ERRORS.originUnavailable();
  if (!command.receiverActive) throw TRANSFER_ERRORS.targetUnavailable();
  if (!command.consented) throw TRANSFER_ERRORS.consentWithdrawn();
  return {
    ...transfer,
    status: 'accepted',
    pendingCaseId: null,
    acceptedToCentre: transfer.toCentre,
    answeredAt: context.now,
    answeredBy: context.userId,
    newCaseId: command.newCaseId,
    newPersonId: command.newPersonId,
  };
}

export function declineTransfer(transfer: Transfer, reason: TransferDeclineReason, context: { userId: string; now: Date }): DeclinedTransfer {
  moveTo(transfer, 'declined');
  return { ...transfer, status: 'declined', pendingCaseId: null, answeredAt: context.now, answeredBy: context.userId, declineReason: reason };
}

/** Ends a pending transfer without an answer; `by` is the origin's staff member who cancelled it, null for the system. */
export function cancelTransfer(transfer: Transfer, reason: TransferCancelReason, now: Date, by: string | null = null): Transfer {
  return { ...moveTo(transfer, 'cancelled'), cancelledAt: now, cancelReason: reason, cancelledBy: by };
}

/** The origin's staff cancel their pending transfer; only the origin may (the receiver answers instead). */
export function cancelByOrigin(transfer: Transfer, context: { centre: string; userId: string; now: Date }): Transfer {
  if (sideOf(transfer, context.centre) !== 'outgoing') throw TRANSFER_ERRORS.notOrigin();
  return cancelTransfer(transfer, 'origin-cancelled', context.now, context.userId);
}

/** Who is asking, as far as a transfer goes: its origin, its receiver, or nobody it concerns. */
export function sideOf(transfer: Pick<Transfer, 'fromCentre' | 'toCentre'>, centre: string): 'outgoing' | 'incoming' | null {
  if (transfer.fromCentre === centre) return 'outgoing';
  if (transfer.toCentre === centre) return 'incoming';
  return null;
}
