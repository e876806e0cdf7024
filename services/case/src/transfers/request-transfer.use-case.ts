import { randomUUID } from 'node:crypto';
import { DuplicateKeyError } from '@corredor/persistence';
import type { CentreDirectoryView, Principal } from '@corredor/service-kit';
import type { PersonConsents } from '../consents/consent.repository';
import type { CasesForTransfer } from './cases-for-transfer';
import { requestTransfer, TRANSFER_ERRORS, type Transfer } from './transfer.domain';
import { requestedRecord } from './transfer-events';
import type { TransferRepository } from './transfer.repository';

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

/** A caseworker asks another centre to continue a case: with the person's consent, to an active centre, one request at a time. */
export async function requestTransferUseCase(deps: RequestTransferDeps, input: RequestTransferInput): Promise<Transfer> {
  const fromCentre = input.principal.centre;
  const kase = await deps.cases.find(fromCentre, input.caseId);
  if (!kase) throw TRANSFER_ERRORS.caseNotFound();
  if (!kase.closed && (await deps.transfers.pendingOfCase(fromCentre, kase.id))) throw TRANSFER_ERRORS.alreadyPending();
  const now = deps.clock();
  const transfer = requestTransfer(
    {
      kase,
      toCentre: input.toCentre,
      reason: input.reason,
      target: deps.centres.get(input.toCentre),
      consented: await deps.consents.hasConsent(fromCentre, kase.personId, 'transfer'),
    },
    { transferId: (deps.newId ?? randomUUID)(), fromCentre, userId: input.principal.userId, now },
  );
  try {
    await deps.transfers.add(transfer, [requestedRecord(transfer, { correlationId: input.requestId, causationId: input.requestId }, now)]);
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw TRANSFER_ERRORS.alreadyPending();
    throw error;
  }
  deps.outboxWritten();
  return transfer;
}
