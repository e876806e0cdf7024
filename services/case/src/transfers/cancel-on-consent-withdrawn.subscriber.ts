import { consentWithdrawnV1 } from '@corredor/contracts';
import type { EventHandler, SubscriberConfig } from '@corredor/messaging';
import { cancelPending } from './cancel-transfers';
import type { TransferRepository } from './transfer.repository';

export const config: SubscriberConfig<typeof consentWithdrawnV1> = { group: 'case.transfer-consent-withdrawn', event: consentWithdrawnV1 };

/** A person who withdraws their transfer consent stops every transfer of theirs still waiting for an answer. */
export const handler =
  (deps: { transfers: TransferRepository; clock: () => Date }): EventHandler<typeof consentWithdrawnV1> =>
  async (event) => {
    if (event.data.scope.purpose !== 'transfer') return;
    const pending = await deps.transfers.pendingOfPerson(event.tenantid, event.data.personId);
    await cancelPending(deps.transfers, pending, 'consent-withdrawn', deps.clock());
  };
