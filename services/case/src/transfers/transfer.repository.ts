import type { OutboxRecord } from '@corredor/messaging';
import type { Transfer, TransferStatus } from './transfer.domain';

/** Where a list page ends: the last item's request time and id. */
export type TransferPosition = readonly [requestedAt: Date, id: string];

export interface TransferListQuery {
  /** incoming: transfers to the centre; outgoing: transfers from it. */
  direction: 'incoming' | 'outgoing';
  status?: TransferStatus;
  /** Newest first; items strictly after this position. */
  after: TransferPosition | null;
  limit: number;
}

/** A pending transfer a new one takes the place of (cancelled), saved in the same transaction. */
export interface ReplacedTransfer {
  transfer: Transfer;
  expectedVersion: number;
}

export interface TransferRepository {
  /**
   * Saves a new transfer with its events, and the change to the transfer it replaces if any, in one
   * transaction; a second pending transfer of the same case is a DuplicateKeyError, a replaced
   * transfer no longer at its expected version a VersionConflictError (nothing saved then).
   */
  add(transfer: Transfer, events: OutboxRecord[], replacing?: ReplacedTransfer): Promise<void>;
  /**
   * Saves a change if the transfer is still at `expectedVersion` (else VersionConflictError), with its
   * events. A second accepted transfer of the same origin person to the same centre is a DuplicateKeyError.
   */
  update(transfer: Transfer, expectedVersion: number, events: OutboxRecord[]): Promise<void>;
  /** A transfer this centre sent or received; null for any other centre. */
  findForCentre(centre: string, id: string): Promise<Transfer | null>;
  list(centre: string, query: TransferListQuery): Promise<Transfer[]>;
  /** The origin's transfers of a person waiting for an answer (to cancel them when consent goes). */
  pendingOfPerson(fromCentre: string, personId: string): Promise<Transfer[]>;
  /** The transfer of a case waiting for an answer, if any. */
  pendingOfCase(fromCentre: string, caseId: string): Promise<Transfer | null>;
  /** The transfer of this origin person that `toCentre` accepted, if any. */
  acceptedOfPerson(fromCentre: string, personId: string, toCentre: string): Promise<Transfer | null>;
  /**
   * Transfers in a case's history as this centre sees it: sent from the case (origin), or accepted
   * into it (receiver). Newest request first, requested at or before `notAfter`.
   */
  ofCase(centre: string, caseId: string, query: { notAfter: Date | null; limit: number }): Promise<Transfer[]>;
  /**
   * The person was erased at the origin: the reasons of their transfers from this centre become
   * ERASED, each version + 1. The rest (centres, status, dates) stays for both centres' history. Idempotent.
   */
  eraseOfPerson(fromCentre: string, personId: string): Promise<void>;
  isReachable(): Promise<boolean>;
}
