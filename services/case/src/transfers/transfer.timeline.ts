import type { TimelineEntry, TimelinePosition, TimelineSource } from '../timeline/timeline-source';
import type { Transfer } from './transfer.domain';
import type { TransferRepository } from './transfer.repository';

type TransferEvent = 'requested' | 'accepted' | 'declined' | 'cancelled';

const entry = (transfer: Transfer, event: TransferEvent, at: Date, by: string | null, detail: Record<string, unknown>): TimelineEntry => ({
  id: `transfer:${transfer.id}:${event}`,
  kind: 'transfer',
  at,
  by,
  detail: { event, transferId: transfer.id, ...detail },
});

/**
 * A transfer's steps on the case it concerns at `centre`. The origin sees its request (with its own
 * reason) and what became of it; the receiving centre sees, on the case the transfer opened there,
 * that it came from the origin centre and who accepted it, and nothing of the origin's case. Staff
 * of the other centre are never named.
 */
export function transferEntries(transfer: Transfer, centre: string, caseId: string): TimelineEntry[] {
  if (transfer.fromCentre === centre && transfer.caseId === caseId) {
    const to = { toCentre: transfer.toCentre };
    const entries = [entry(transfer, 'requested', transfer.requestedAt, transfer.requestedBy, { ...to, reason: transfer.reason })];
    if (transfer.status === 'accepted' && transfer.answeredAt) entries.push(entry(transfer, 'accepted', transfer.answeredAt, null, to));
    if (transfer.status === 'declined' && transfer.answeredAt) entries.push(entry(transfer, 'declined', transfer.answeredAt, null, { ...to, declineReason: transfer.declineReason }));
    if (transfer.status === 'cancelled' && transfer.cancelledAt) {
      entries.push(entry(transfer, 'cancelled', transfer.cancelledAt, transfer.cancelledBy, { ...to, cancelReason: transfer.cancelReason }));
    }
    return entries;
  }
  if (transfer.toCentre === centre && transfer.status === 'accepted' && transfer.newCaseId === caseId && transfer.answeredAt) {
    const from = { fromCentre: transfer.fromCentre };
    return [entry(transfer, 'requested', transfer.requestedAt, null, from), entry(transfer, 'accepted', transfer.answeredAt, transfer.answeredBy, from)];
  }
  return [];
}

const newestFirst = (a: TimelineEntry, b: TimelineEntry) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

function isBefore(candidate: TimelineEntry, position: TimelinePosition): boolean {
  const [at, id] = position;
  return candidate.at.getTime() < at.getTime() || (candidate.at.getTime() === at.getTime() && candidate.id < id);
}

/**
 * The transfers' part of a case timeline. A case has one transfer pending at a time, so a
 * transfer's steps all come before the next one's request: the `limit + 1` newest transfers
 * requested by `before` hold every entry of the page.
 */
export function transferTimeline(transfers: TransferRepository): TimelineSource {
  return {
    async entries({ tenant, caseId, before, limit }) {
      const found = await transfers.ofCase(tenant, caseId, { notAfter: before?.[0] ?? null, limit: limit + 1 });
      return found
        .flatMap((transfer) => transferEntries(transfer, tenant, caseId))
        .filter((candidate) => before === null || isBefore(candidate, before))
        .sort(newestFirst)
        .slice(0, limit);
    },
  };
}
