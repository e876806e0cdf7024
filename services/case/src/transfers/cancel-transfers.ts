import type { TransferRepository } from './transfer.repository';
import { cancelTransfer, type Transfer, type TransferCancelReason } from './transfer.domain';

/**
 * Cancels pending transfers. No event: the receiving centre reads the transfer from this service,
 * and nothing of the person ever left the origin. A transfer answered meanwhile is a version
 * conflict: it is thrown, so the consumer retries, and then the transfer is no longer pending.
 */
export async function cancelPending(transfers: TransferRepository, pending: readonly Transfer[], reason: TransferCancelReason, now: Date): Promise<void> {
  for (const transfer of pending) {
    if (transfer.status !== 'requested') continue;
    await transfers.update(cancelTransfer(transfer, reason, now), transfer.version, []);
  }
}
