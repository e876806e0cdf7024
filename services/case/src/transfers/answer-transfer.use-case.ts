import { randomUUID } from 'node:crypto';
import { DuplicateKeyError, VersionConflictError } from '@corredor/persistence';
import type { CentreDirectoryView, Principal } from '@corredor/service-kit';
import type { PersonConsents } from '../consents/consent.repository';
import type { CasesForTransfer } from './cases-for-transfer';
import { acceptTransfer, cancelByOrigin, declineTransfer, TRANSFER_ERRORS, type Transfer, type TransferDeclineReason } from './transfer.domain';
import { acceptedRecord, declinedRecord } from './transfer-events';
import type { TransferRepository } from './transfer.repository';

export interface AnswerTransferDeps {
  transfers: TransferRepository;
  cases: CasesForTransfer;
  consents: PersonConsents;
  centres: CentreDirectoryView;
  clock: () => Date;
  outboxWritten: () => void;
  newId?: () => string;
}

interface AnswerInput {
  principal: Principal;
  transferId: string;
  requestId: string;
}

/** The transfer as its receiving centre holds it: another centre's gets 404, the origin's own 403 (it knows the transfer). */
async function incoming(deps: AnswerTransferDeps, input: AnswerInput): Promise<Transfer> {
  const transfer = await deps.transfers.findForCentre(input.principal.centre, input.transferId);
  if (!transfer) throw TRANSFER_ERRORS.notFound();
  if (transfer.toCentre !== input.principal.centre) throw TRANSFER_ERRORS.notReceiver();
  return transfer;
}

/** A transfer this centre sent or received; another centre's gets 404 (the receiver's 403 comes from cancelByOrigin, as for the answers). */
async function ofCentre(deps: Pick<AnswerTransferDeps, 'transfers'>, input: AnswerInput): Promise<Transfer> {
  const transfer = await deps.transfers.findForCentre(input.principal.centre, input.transferId);
  if (!transfer) throw TRANSFER_ERRORS.notFound();
  return transfer;
}

async function save(
  deps: Pick<AnswerTransferDeps, 'transfers' | 'outboxWritten'>,
  answered: Transfer,
  expectedVersion: number,
  record: Parameters<TransferRepository['update']>[2],
): Promise<Transfer> {
  try {
    await deps.transfers.update(answered, expectedVersion, record);
  } catch (error) {
    // Someone answered it, or the origin's consent withdrawal cancelled it, meanwhile.
    if (error instanceof VersionConflictError) throw TRANSFER_ERRORS.notPending();
    // Another of the person's cases was accepted there meanwhile (the unique index on accepted transfers).
    if (error instanceof DuplicateKeyError) throw TRANSFER_ERRORS.alreadyAccepted();
    throw error;
  }
  deps.outboxWritten();
  return { ...answered, version: expectedVersion + 1 };
}

/**
 * The receiving coordinator accepts: refused if the person withdrew their consent meanwhile, the
 * origin closed the case, either centre is no longer active, or this centre already accepted
 * another of the person's cases. Saves the answer with case.transfer-accepted; that event then opens
 * the case here and closes the origin's (complete-transfer.subscriber), and the intake service
 * copies the person's consented details.
 */
export async function acceptTransferUseCase(deps: AnswerTransferDeps, input: AnswerInput): Promise<Transfer> {
  const transfer = await incoming(deps, input);
  const newId = deps.newId ?? randomUUID;
  const origin = transfer.status === 'requested' ? await deps.cases.find(transfer.fromCentre, transfer.caseId) : null;
  const now = deps.clock();
  const accepted = acceptTransfer(
    transfer,
    {
      originOpen: origin !== null && !origin.closed,
      originActive: deps.centres.get(transfer.fromCentre)?.status === 'active',
      receiverActive: deps.centres.get(transfer.toCentre)?.status === 'active',
      consented: await deps.consents.hasConsent(transfer.fromCentre, transfer.personId, 'transfer'),
      newCaseId: newId(),
      newPersonId: newId(),
    },
    { userId: input.principal.userId, now },
  );
  const cause = { correlationId: input.requestId, causationId: input.requestId };
  return save(deps, accepted, transfer.version, [acceptedRecord(accepted, cause, now)]);
}

/** The receiving coordinator declines, with a reason from the contract's list; the origin case stays open. */
export async function declineTransferUseCase(deps: AnswerTransferDeps, input: AnswerInput & { reason: TransferDeclineReason }): Promise<Transfer> {
  const transfer = await incoming(deps, input);
  const now = deps.clock();
  const declined = declineTransfer(transfer, input.reason, { userId: input.principal.userId, now });
  const cause = { correlationId: input.requestId, causationId: input.requestId };
  return save(deps, declined, transfer.version, [declinedRecord(declined, cause, now)]);
}

/**
 * The origin's caseworker cancels a pending transfer (the receiving centre no longer works, the
 * person changed plans...). No event: the receiving centre reads the transfer from this service,
 * as for the other cancellations, and nothing of the person left the origin.
 */
export async function cancelTransferUseCase(deps: Pick<AnswerTransferDeps, 'transfers' | 'clock' | 'outboxWritten'>, input: AnswerInput): Promise<Transfer> {
  const transfer = await ofCentre(deps, input);
  const cancelled = cancelByOrigin(transfer, { centre: input.principal.centre, userId: input.principal.userId, now: deps.clock() });
  return save(deps, cancelled, transfer.version, []);
}
