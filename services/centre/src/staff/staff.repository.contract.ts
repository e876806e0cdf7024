import { DuplicateKeyError, VersionConflictError } from '@corredor/persistence';
import type { Invitation, StaffAccount } from './staff-account.domain';
import type { StaffRepository } from './staff.repository';

let n = 0;
export function anAccount(overrides: Partial<StaffAccount> = {}): StaffAccount {
  n += 1;
  return {
    id: `acc-${n}-${Date.now()}`,
    tenant: 'tapachula',
    email: `promotora${n}.${Date.now()}@tapachula.example.org`,
    name: `Promotora ${n}`,
    roles: ['promoter'],
    preferredLanguage: 'es',
    status: 'invited',
    passwordHash: null,
    totpSecret: null,
    totpLastStep: null,
    invitedBy: 'coord',
    createdAt: new Date('2026-11-20T10:00:00Z'),
    updatedAt: new Date('2026-11-20T10:00:00Z'),
    version: 1,
    ...overrides,
  };
}

export function anInvitation(account: StaffAccount, overrides: Partial<Invitation> = {}): Invitation {
  n += 1;
  return {
    id: `inv-${n}-${Date.now()}`,
    tenant: account.tenant,
    accountId: account.id,
    tokenHash: `hash-${n}-${Date.now()}`,
    createdAt: new Date(`2026-11-20T10:00:${String(n % 60).padStart(2, '0')}Z`),
    expiresAt: new Date('2026-11-23T10:00:00Z'),
    usedAt: null,
    revokedAt: null,
    ...overrides,
  };
}

/** The behaviour every StaffRepository adapter must have: memory always, MongoDB when MONGO_URL is set. */
export function describeStaffRepositoryContract(name: string, setup: () => Promise<StaffRepository>): void {
  describe(`${name} staff repository`, () => {
    let staff: StaffRepository;
    beforeEach(async () => {
      staff = await setup();
    });

    it('saves an account with its invitation, found by id, email, token hash and centre', async () => {
      const account = anAccount();
      const invitation = anInvitation(account);
      await staff.addAccount(account, invitation);
      expect(await staff.findAccount(account.id)).toEqual(account);
      expect(await staff.findAccountByEmail(account.email)).toEqual(account);
      expect(await staff.findInvitationByTokenHash(invitation.tokenHash)).toEqual(invitation);
      expect((await staff.listAccounts('tapachula')).map((a) => a.id)).toContain(account.id);
      expect((await staff.listAccounts('tijuana')).map((a) => a.id)).not.toContain(account.id);
    });

    it('refuses a second account with the same email, and keeps neither it nor its invitation', async () => {
      const first = anAccount();
      await staff.addAccount(first, anInvitation(first));
      const second = anAccount({ email: first.email, tenant: 'tijuana' });
      const secondInvitation = anInvitation(second);
      await expect(staff.addAccount(second, secondInvitation)).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await staff.findAccount(second.id)).toBeNull();
      expect(await staff.findInvitationByTokenHash(secondInvitation.tokenHash)).toBeNull();
    });

    it('keeps one pending invitation per account: a new one revokes the earlier', async () => {
      const account = anAccount();
      const first = anInvitation(account);
      await staff.addAccount(account, first);
      const second = anInvitation(account, { createdAt: new Date('2026-11-21T10:00:00Z') });
      await staff.issueInvitation(second);
      expect((await staff.findInvitationByTokenHash(first.tokenHash))?.revokedAt).toEqual(second.createdAt);
      expect(await staff.pendingInvitation(account.id)).toEqual(second);
    });

    it('accepts an invitation once: the account is saved and the invitation marked together', async () => {
      const account = anAccount();
      const invitation = anInvitation(account);
      await staff.addAccount(account, invitation);
      const usedAt = new Date('2026-11-21T12:00:00Z');
      await staff.acceptInvitation(invitation.id, usedAt, { ...account, status: 'active', passwordHash: 'h' }, 1);
      expect(await staff.findAccount(account.id)).toMatchObject({ status: 'active', passwordHash: 'h', version: 2 });
      expect((await staff.findInvitationByTokenHash(invitation.tokenHash))?.usedAt).toEqual(usedAt);
      expect(await staff.pendingInvitation(account.id)).toBeNull();
      // A second click with the same link changes nothing.
      await expect(staff.acceptInvitation(invitation.id, new Date(), { ...account, status: 'active', passwordHash: 'other' }, 2)).rejects.toBeInstanceOf(
        VersionConflictError,
      );
      expect(await staff.findAccount(account.id)).toMatchObject({ passwordHash: 'h', version: 2 });
    });

    it('rolls back the invitation mark when the account changed meanwhile (the mark succeeded first)', async () => {
      const account = anAccount();
      const invitation = anInvitation(account);
      await staff.addAccount(account, invitation);
      await staff.updateAccount({ ...account, roles: ['promoter', 'interpreter'] }, 1);
      await expect(staff.acceptInvitation(invitation.id, new Date(), { ...account, status: 'active', passwordHash: 'h' }, 1)).rejects.toBeInstanceOf(
        VersionConflictError,
      );
      expect((await staff.findInvitationByTokenHash(invitation.tokenHash))?.usedAt).toBeNull();
      expect(await staff.findAccount(account.id)).toMatchObject({ status: 'invited', passwordHash: null, roles: ['promoter', 'interpreter'] });
    });

    it('refuses a stale account update', async () => {
      const account = anAccount();
      await staff.addAccount(account, anInvitation(account));
      await staff.updateAccount({ ...account, status: 'deactivated' }, 1);
      await expect(staff.updateAccount({ ...account, roles: ['lawyer'] }, 1)).rejects.toBeInstanceOf(VersionConflictError);
      expect(await staff.findAccount(account.id)).toMatchObject({ status: 'deactivated', roles: ['promoter'], version: 2 });
    });
  });
}
