import type { CentreRepository } from '../centres/centre.repository';
import type { IdentityAccounts, SignInAccount } from '../identity/identity-accounts.port';
import { VersionConflictError } from '@corredor/persistence';
import type { PasswordHasher } from './password-hasher';
import { secondFactor } from './second-factor';
import { needsSecondFactor, normaliseEmail, type StaffAccount } from './staff-account.domain';
import type { StaffRepository } from './staff.repository';

/**
 * The staff directory as the identity provider sees it. An account may sign in and hold tokens
 * only while it is active and its centre is active: this is checked on every sign-in, refresh and
 * token exchange, so deactivation and suspension take effect within one access-token lifetime.
 */
export function identityAccounts(deps: { staff: StaffRepository; centres: CentreRepository; hasher: PasswordHasher; clock: () => Date; issuerName: string }): IdentityAccounts {
  // Verifying against a throwaway hash when there is no such account keeps the timing alike,
  // so the sign-in form does not tell which emails have accounts.
  let decoy: Promise<string> | null = null;
  const decoyHash = () => (decoy ??= deps.hasher.hash('corredor-decoy-password-never-used'));

  const ifActive = async (account: StaffAccount | null): Promise<SignInAccount | null> => {
    if (!account || account.status !== 'active') return null;
    const centre = await deps.centres.findById(account.tenant);
    if (!centre || centre.status !== 'active') return null;
    return {
      id: account.id,
      centre: account.tenant,
      email: account.email,
      name: account.name,
      roles: account.roles,
      preferredLanguage: account.preferredLanguage,
      secondFactor: { required: needsSecondFactor(account.roles, centre.security.requireSecondFactor), enrolled: account.totpSecret !== null },
    };
  };

  /** Accepts a code once: its time step must be later than the last one accepted (two uses at once: one wins). */
  const acceptCode = async (account: StaffAccount, secret: string, code: string): Promise<boolean> => {
    const step = await secondFactor.matchingStep(secret, code, deps.clock());
    if (step === null || (account.totpSecret === secret && account.totpLastStep !== null && step <= account.totpLastStep)) return false;
    try {
      await deps.staff.updateAccount({ ...account, totpSecret: secret, totpLastStep: step, updatedAt: deps.clock() }, account.version);
      return true;
    } catch (error) {
      if (error instanceof VersionConflictError) return false;
      throw error;
    }
  };

  return {
    verifyPassword: async (email, password) => {
      const account = await deps.staff.findAccountByEmail(normaliseEmail(email));
      const ok = await deps.hasher.verify(account?.passwordHash ?? (await decoyHash()), password);
      return ok ? ifActive(account) : null;
    },
    findActive: async (accountId) => ifActive(await deps.staff.findAccount(accountId)),
    verifySecondFactor: async (accountId, code) => {
      const account = await deps.staff.findAccount(accountId);
      return account?.totpSecret ? acceptCode(account, account.totpSecret, code) : false;
    },
    beginSecondFactorEnrolment: async (accountId) => {
      const account = await deps.staff.findAccount(accountId);
      if (!account) throw new Error('no such account');
      const secret = secondFactor.newSecret();
      return { secret, otpauthUri: secondFactor.uri(secret, account, deps.issuerName) };
    },
    confirmSecondFactorEnrolment: async (accountId, secret, code) => {
      const account = await deps.staff.findAccount(accountId);
      // An enrolled factor is changed by a coordinator's reset, not by whoever knows the password.
      if (!account || account.totpSecret !== null) return false;
      return acceptCode(account, secret, code);
    },
  };
}
