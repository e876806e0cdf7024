import type { Invitation, StaffAccount } from './staff-account.domain';

export interface StaffRepository {
  /** A new account and its first invitation, together; an email already in use is a DuplicateKeyError. */
  addAccount(account: StaffAccount, invitation: Invitation): Promise<void>;
  /** Saves a change if the account is still at `expectedVersion` (else VersionConflictError). */
  updateAccount(account: StaffAccount, expectedVersion: number): Promise<void>;
  findAccount(id: string): Promise<StaffAccount | null>;
  findAccountByEmail(email: string): Promise<StaffAccount | null>;
  listAccounts(tenant: string): Promise<StaffAccount[]>;
  /** A new invitation for an account; its earlier pending invitations stop working. */
  issueInvitation(invitation: Invitation): Promise<void>;
  findInvitationByTokenHash(tokenHash: string): Promise<Invitation | null>;
  /** The account's invitation that is neither used nor revoked, if any (it may have expired). */
  pendingInvitation(accountId: string): Promise<Invitation | null>;
  /**
   * Marks the invitation used and saves the account, together. If the invitation was used or
   * revoked meanwhile (two tabs, two clicks), nothing is saved and it is a VersionConflictError.
   */
  acceptInvitation(invitationId: string, usedAt: Date, account: StaffAccount, expectedVersion: number): Promise<void>;
  isReachable(): Promise<boolean>;
}
