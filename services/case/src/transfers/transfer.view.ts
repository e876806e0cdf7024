import { casePrioritySchema, centreIdSchema, iso639Schema } from '@corredor/contracts';
import { z } from 'zod';
import { sideOf, TRANSFER_CANCEL_REASONS, TRANSFER_STATUSES, transferDeclineReasonSchema, type Transfer } from './transfer.domain';

/** What both centres see: what the receiving coordinator needs to decide, and nothing that identifies the person. */
const common = {
  id: z.uuid(),
  status: z.enum(TRANSFER_STATUSES),
  fromCentre: centreIdSchema,
  toCentre: centreIdSchema,
  priority: casePrioritySchema,
  languages: z.array(iso639Schema),
  requestedAt: z.iso.datetime(),
  answeredAt: z.iso.datetime().nullable(),
  declineReason: transferDeclineReasonSchema.nullable(),
  cancelledAt: z.iso.datetime().nullable(),
};

export const outgoingTransferSchema = z
  .object({
    ...common,
    direction: z.literal('outgoing'),
    caseId: z.uuid().meta({ description: "The origin centre's case" }),
    reason: z.string().nullable().meta({ description: "The origin centre's note on why; never shown to the receiving centre" }),
    requestedBy: z.string(),
    cancelReason: z.enum(TRANSFER_CANCEL_REASONS).nullable(),
    cancelledBy: z.string().nullable().meta({ description: 'Who cancelled it here; null when the system did (consent withdrawn, case closed)' }),
  })
  .meta({ id: 'OutgoingTransfer' });

export const incomingTransferSchema = z
  .object({
    ...common,
    direction: z.literal('incoming'),
    newCaseId: z.uuid().nullable().meta({ description: "The receiving centre's case, once accepted" }),
  })
  .meta({ id: 'IncomingTransfer' });

export const transferViewSchema = z.discriminatedUnion('direction', [outgoingTransferSchema, incomingTransferSchema]).meta({ id: 'Transfer' });
export type TransferView = z.infer<typeof transferViewSchema>;

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * A transfer as `centre` may see it. The receiving centre's view is built field by field from what
 * it may know, so nothing the origin holds (case, person, reason, staff) can slip into it.
 */
export function transferView(transfer: Transfer, centre: string): TransferView {
  const shared = {
    id: transfer.id,
    status: transfer.status,
    fromCentre: transfer.fromCentre,
    toCentre: transfer.toCentre,
    priority: transfer.priority,
    languages: [...transfer.languages],
    requestedAt: transfer.requestedAt.toISOString(),
    answeredAt: iso(transfer.answeredAt),
    declineReason: transfer.declineReason,
    cancelledAt: iso(transfer.cancelledAt),
  };
  if (sideOf(transfer, centre) === 'outgoing') {
    return {
      ...shared,
      direction: 'outgoing',
      caseId: transfer.caseId,
      reason: transfer.reason,
      requestedBy: transfer.requestedBy,
      cancelReason: transfer.cancelReason,
      cancelledBy: transfer.cancelledBy,
    };
  }
  return { ...shared, direction: 'incoming', newCaseId: transfer.status === 'accepted' ? transfer.newCaseId : null };
}
