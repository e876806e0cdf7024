import { MemoryCollection, memoryTransaction, VersionConflictError } from '@corredor/persistence';
import type { Invitation, StaffAccount } from './staff-account.domain';
import type { StaffRepository } from './staff.repository';

export class MemoryStaffRepository implements StaffRepository {
  private readonly accounts = new MemoryCollection<StaffAccount>('staff_accounts', [{ name: 'email', fields: ['email'] }]);
  private readonly invitations = new MemoryCollection<Invitation>('staff_invitations', [{ name: 'tokenHash', fields: ['tokenHash'] }]);

  async addAccount(account: StaffAccount, invitation: Invitation): Promise<void> {
    memoryTransaction([this.accounts, this.invitations], () => {
      this.accounts.insert(account);
      this.invitations.insert(invitation);
    });
  }

  async updateAccount(account: StaffAccount, expectedVersion: number): Promise<void> {
    this.accounts.replaceVersioned(account, expectedVersion);
  }

  async findAccount(id: string): Promise<StaffAccount | null> {
    return this.accounts.findOne({ id }) ?? null;
  }

  async findAccountByEmail(email: string): Promise<StaffAccount | null> {
    return this.accounts.findOne({ email }) ?? null;
  }

  async listAccounts(tenant: string): Promise<StaffAccount[]> {
    return this.accounts.find({ tenant }, { sort: { name: 1, id: 1 } });
  }

  async issueInvitation(invitation: Invitation): Promise<void> {
    memoryTransaction([this.invitations], () => {
      this.invitations.updateWhere({ accountId: invitation.accountId, usedAt: null, revokedAt: null }, (old) => ({ ...old, revokedAt: invitation.createdAt }));
      this.invitations.insert(invitation);
    });
  }

  async findInvitationByTokenHash(tokenHash: string): Promise<Invitation | null> {
    return this.invitations.findOne({ tokenHash }) ?? null;
  }

  async pendingInvitation(accountId: string): Promise<Invitation | null> {
    return this.invitations.find({ accountId, usedAt: null, revokedAt: null }, { sort: { createdAt: -1 }, limit: 1 })[0] ?? null;
  }

  async acceptInvitation(invitationId: string, usedAt: Date, account: StaffAccount, expectedVersion: number): Promise<void> {
    memoryTransaction([this.accounts, this.invitations], () => {
      const marked = this.invitations.updateWhere({ id: invitationId, usedAt: null, revokedAt: null }, (old) => ({ ...old, usedAt }));
      if (marked === 0) throw new VersionConflictError('staff_invitations', invitationId, 0);
      this.accounts.replaceVersioned(account, expectedVersion);
    });
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
