import { caseClosedV1 } from '@corredor/contracts';
import type { EventHandler, SubscriberConfig } from '@corredor/messaging';
import { cancelPending } from './cancel-transfers';
import type { TransferRepository } from './transfer.repository';

export const config: SubscriberConfig<typeof caseClosedV1> = { group: 'case.transfer-origin-closed', event: caseClosedV1 };

/** A case the origin closed for another reason (resolved, lost contact...) is no longer offered to the receiving centre. */
export const handler =
  (deps: { transfers: TransferRepository; clock: () => Date }): EventHandler<typeof caseClosedV1> =>
  async (event) => {
    if (event.data.outcome === 'transferred') return;
    const pending = await deps.transfers.pendingOfCase(event.tenantid, event.data.caseId);
    if (pending) await cancelPending(deps.transfers, [pending], 'case-closed', deps.clock());
  };
