import { isDataDestroyed } from '@corredor/messaging';
import { ERASED, openOptional, sealOptional, sealText, type FieldSealer, type RecordCodec } from '../privacy/sealed-fields';
import type { Transfer } from './transfer.domain';

/**
 * A transfer as both adapters store it. Sealed, under the origin centre's key: the origin's reason
 * (`transfers.reason`), free text about the person that never leaves the origin. In clear, for the
 * unique keys, both centres' lists and the timeline: ids (case, random person ids), centres, status
 * and reason codes, priority, languages, staff ids, instants, version.
 *
 * Both centres read the record. Once the origin's key was destroyed, its reason reads as null (the
 * text is gone for good) so the receiving centre, which never sees it, can still list and answer.
 */
export type StoredTransfer = Transfer;

export const TRANSFER_REASON = 'transfers.reason';

export function transferCodec(keys: FieldSealer): RecordCodec<Transfer, StoredTransfer> {
  return {
    encode: (transfer) => ({ ...transfer, reason: sealOptional(keys, transfer.fromCentre, TRANSFER_REASON, transfer.reason) }),
    decode: (doc) => ({ ...doc, reason: openReason(keys, doc) }),
  };
}

function openReason(keys: FieldSealer, doc: StoredTransfer): string | null {
  try {
    return openOptional(keys, doc.fromCentre, TRANSFER_REASON, doc.reason);
  } catch (error) {
    if (isDataDestroyed(error)) return null;
    throw error;
  }
}

/** The stored transfer with its reason erased (an absent reason stays absent), its version moved on. */
export function erasedTransfer(keys: FieldSealer, doc: StoredTransfer): StoredTransfer {
  return { ...doc, reason: doc.reason === null ? null : sealText(keys, doc.fromCentre, TRANSFER_REASON, ERASED), version: doc.version + 1 };
}
