import { randomUUID } from 'node:crypto';
import { DuplicateKeyError, VersionConflictError } from '@corredor/persistence';
import type { CentreDirectoryView, Principal } from '@corredor/service-kit';
import type { PersonConsents } from '../consents/consent.repository';
import type { CasesForTransfer } from './cases-for-transfer';
import { cancelTransfer, requestTransfer, TRANSFER_ERRORS, type Transfer } from './transfer.domain';
import { requestedRecord } from './transfer-events';
import type { ReplacedTransfer, TransferRepository } from './transfer.repository';

export interface RequestTransferDeps {
  transfers: TransferRepository;
  cases: CasesForTransfer;
  consents: PersonConsents;
  centres: CentreDirectoryView;
  clock: () => Date;
  outboxWritten: () => void;
  newId?: () => string;
}

export interface RequestTransferInput {
  principal: Principal;
  caseId: string;
  toCentre: string;
  reason: string | null;
  requestId: string;
}

const isActive = (centres: CentreDirectoryView, id: string) => centres.get(id)?.status === 'active';

/**
 * A caseworker asks another centre to continue a case: with the person's consent, to an active
 * centre that has not accepted this person before, one request at a time. A pending request to a
 * centre that is no longer active (suspended, archived) could never be answered: the new request
 * takes its place, cancelling it (reason `target-unavailable`) in the same transaction.
 */
export async function requestTransferUseCase(deps: RequestTransferDeps, input: RequestTransferInput): Promise<Transfer> {
  const fromCentre = input.principal.centre;
  const kase = await deps.cases.find(fromCentre, input.caseId);
  if (!kase) throw TRANSFER_ERRORS.caseNotFound();
  const pending = kase.closed ? null : await deps.transfers.pendingOfCase(fromCentre, kase.id);
  if (pending && isActive(deps.centres, pending.toCentre)) throw TRANSFER_ERRORS.alreadyPending();
  const now = deps.clock();
  const transfer = requestTransfer(
    {
      kase,
      toCentre: input.toCentre,
      reason: input.reason,
      target: deps.centres.get(input.toCentre),
      consented: await deps.consents.hasConsent(fromCentre, kase.personId, 'transfer'),
      acceptedThereBefore: (await deps.transfers.acceptedOfPerson(fromCentre, kase.personId, input.toCentre)) !== null,
    },
    { transferId: (deps.newId ?? randomUUID)(), fromCentre, userId: input.principal.userId, now },
  );
  const replacing: ReplacedTransfer | undefined = pending
    ? { transfer: cancelTransfer(pending, 'target-unavailable', now, input.principal.userId), expectedVersion: pending.version }
    : undefined;
  try {
    await deps.transfers.add(transfer, [requestedRecord(transfer, { correlationId: input.requestId, causationId: input.requestId }, now)], replacing);
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw TRANSFER_ERRORS.alreadyPending();
    // The stale transfer changed meanwhile (its consent was withdrawn...): ask again.
    if (error instanceof VersionConflictError) throw TRANSFER_ERRORS.versionConflict();
    throw error;
  }
  deps.outboxWritten();
  return transfer;
}
