import { caseTransferAcceptedV1 } from '@corredor/contracts';
import type { EventHandler, SubscriberConfig } from '@corredor/messaging';
import type { CasesForTransfer } from './cases-for-transfer';
import type { TransferRepository } from './transfer.repository';

export const config: SubscriberConfig<typeof caseTransferAcceptedV1> = { group: 'case.complete-transfer', event: caseTransferAcceptedV1 };

export interface CompleteTransferDeps {
  transfers: TransferRepository;
  cases: CasesForTransfer;
  outboxWritten: () => void;
}

/**
 * Carries out an accepted transfer: opens the case at the receiving centre, then closes the
 * origin's as transferred. Both steps are idempotent, so a redelivery or a retry after a crash
 * between them finishes the work. Only a transfer this service holds as accepted, into exactly the
 * case and person the event names, copies anything.
 */
export const handler =
  (deps: CompleteTransferDeps): EventHandler<typeof caseTransferAcceptedV1> =>
  async (event) => {
    const { data } = event;
    const transfer = await deps.transfers.findForCentre(event.tenantid, data.transferId);
    if (
      !transfer ||
      transfer.status !== 'accepted' ||
      transfer.toCentre !== event.tenantid ||
      transfer.fromCentre !== data.fromCentre ||
      transfer.caseId !== data.originCaseId ||
      transfer.newCaseId !== data.newCaseId ||
      transfer.newPersonId !== data.newPersonId ||
      transfer.answeredAt === null
    ) {
      return;
    }
    const completion = {
      transferId: transfer.id,
      fromCentre: transfer.fromCentre,
      toCentre: transfer.toCentre,
      originCaseId: transfer.caseId,
      newCaseId: data.newCaseId,
      newPersonId: data.newPersonId,
      acceptedAt: transfer.answeredAt,
      acceptedBy: transfer.answeredBy,
    };
    const cause = { correlationId: event.correlationid, causationId: event.id };
    await deps.cases.openAtReceiver(completion, cause);
    await deps.cases.closeAtOrigin(completion, cause);
    deps.outboxWritten();
  };
