import { caseTransferAcceptedV1, caseTransferDeclinedV1, caseTransferRequestedV1 } from '@corredor/contracts';
import { on, orderedSubscription, PermanentHandlerError, type Subscription } from '@corredor/messaging';
import { AUDIENCES } from './notification';
import { notify, type NotifyDeps } from './notify';

/**
 * Transfers between centres. A request is the origin's event and is for the receiving centre's
 * coordinators; an answer is the receiving centre's event and is for the origin's coordinators.
 * Each notification is stored at the centre it is for, so neither centre sees the other's.
 */
export const config = { group: 'notification.transfers', events: [caseTransferRequestedV1, caseTransferAcceptedV1, caseTransferDeclinedV1] } as const;

/** The centre that acted must be the one the event names: anything else would write into a centre on another's word. */
function checkActor(tenant: string, actor: string): void {
  if (tenant !== actor) throw new PermanentHandlerError('NOTIFICATION.TRANSFER_PARTY_MISMATCH', 'the event does not come from the centre that acted');
}

export const subscription = (deps: NotifyDeps): Subscription =>
  orderedSubscription(config.group, [
    on(caseTransferRequestedV1, async (event) => {
      checkActor(event.tenantid, event.data.fromCentre);
      await notify(deps, event, {
        tenant: event.data.toCentre,
        kind: 'case.transfer-requested',
        priority: event.data.priority === 'high' ? 'high' : 'normal',
        audience: AUDIENCES.coordinators(),
        // The case is still the origin's: the receiving centre knows the transfer only.
        subject: { transferId: event.data.transferId },
      });
    }),
    on(caseTransferAcceptedV1, async (event) => {
      checkActor(event.tenantid, event.data.toCentre);
      await notify(deps, event, {
        tenant: event.data.fromCentre,
        kind: 'case.transfer-accepted',
        priority: 'normal',
        audience: AUDIENCES.coordinators(),
        subject: { caseId: event.data.originCaseId, transferId: event.data.transferId },
      });
    }),
    on(caseTransferDeclinedV1, async (event) => {
      checkActor(event.tenantid, event.data.toCentre);
      await notify(deps, event, {
        tenant: event.data.fromCentre,
        kind: 'case.transfer-declined',
        priority: 'normal',
        audience: AUDIENCES.coordinators(),
        subject: { caseId: event.data.caseId, transferId: event.data.transferId },
      });
    }),
  ]);
