import type { IdentityAccounts, SignInAccount } from './identity-accounts.port';

/**
 * Test doubles and a scripted browser for the identity provider: used by its own tests and by
 * end-to-end tests that sign in over HTTP (plain fetch, a cookie jar, PKCE from node:crypto).
 */

interface FakeEntry {
  account: Omit<SignInAccount, 'secondFactor'>;
  password: string;
  active: boolean;
  requireSecondFactor: boolean;
  totpSecret: string | null;
}

/** The staff directory as the provider sees it, in memory: every TOTP code is wrong but TEST_TOTP_CODE. */
export class FakeIdentityAccounts implements IdentityAccounts {
  static readonly CODE = '246810';
  static readonly ENROLMENT_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DP';
  private readonly entries = new Map<string, FakeEntry>();
  /** How many times a password was checked: a throttled attempt must not check it. */
  passwordChecks = 0;

  add(
    account: Partial<Omit<SignInAccount, 'secondFactor'>> & { id: string; email: string },
    password: string,
    secondFactor: { required?: boolean; enrolled?: boolean } = {},
  ): void {
    this.entries.set(account.id, {
      account: { centre: 'tijuana', name: 'Ana Coordinadora', roles: ['coordinator'], preferredLanguage: 'es', ...account },
      password,
      active: true,
      requireSecondFactor: secondFactor.required ?? false,
      totpSecret: secondFactor.enrolled ? FakeIdentityAccounts.ENROLMENT_SECRET : null,
    });
  }

  /** Deactivated account, or its centre suspended: it may neither sign in nor hold tokens. */
  deactivate(id: string): void {
    const entry = this.entries.get(id);
    if (entry) entry.active = false;
  }

  async verifyPassword(email: string, password: string): Promise<SignInAccount | null> {
    this.passwordChecks += 1;
    const entry = [...this.entries.values()].find((candidate) => candidate.account.email.toLowerCase() === email.trim().toLowerCase());
    return entry && entry.active && entry.password === password ? this.view(entry) : null;
  }

  async findActive(accountId: string): Promise<SignInAccount | null> {
    const entry = this.entries.get(accountId);
    return entry?.active ? this.view(entry) : null;
  }

  async verifySecondFactor(accountId: string, code: string): Promise<boolean> {
    return this.entries.get(accountId)?.totpSecret !== null && code === FakeIdentityAccounts.CODE;
  }

  async beginSecondFactorEnrolment(accountId: string): Promise<{ secret: string; otpauthUri: string }> {
    const email = this.entries.get(accountId)?.account.email ?? '';
    const secret = FakeIdentityAccounts.ENROLMENT_SECRET;
    return { secret, otpauthUri: `otpauth://totp/Corredor:${encodeURIComponent(email)}?secret=${secret}&issuer=Corredor` };
  }

  async confirmSecondFactorEnrolment(accountId: string, secret: string, code: string): Promise<boolean> {
    const entry = this.entries.get(accountId);
    if (!entry || code !== FakeIdentityAccounts.CODE || secret !== FakeIdentityAccounts.ENROLMENT_SECRET) return false;
    entry.totpSecret = secret;
    return true;
  }

  private view(entry: FakeEntry): SignInAccount {
    return { ...entry.account, roles: [...entry.account.roles], secondFactor: { required: entry.requireSecondFactor, enrolled: entry.totpSecret !== null } };
  }
}

export { formAction, TestBrowser, type Page } from '@corredor/service-kit/testing';
