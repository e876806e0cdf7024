import { MemoryOutbox } from '@corredor/persistence';
import { generate } from 'otplib';
import { aCentre } from '../centres/centre.repository.contract';
import { MemoryCentreRepository } from '../centres/centre.repository.memory';
import { quickHasher } from '../testing/centre-test-app';
import { identityAccounts } from './identity-accounts.adapter';
import { anAccount, anInvitation } from './staff.repository.contract';
import { MemoryStaffRepository } from './staff.repository.memory';

const now = new Date('2026-11-24T10:00:00Z');

async function setup(options: { requireSecondFactor?: boolean } = {}) {
  const centres = new MemoryCentreRepository(new MemoryOutbox());
  const staff = new MemoryStaffRepository();
  const centre = aCentre({ security: { requireSecondFactor: options.requireSecondFactor ?? false } });
  await centres.add(centre, []);
  const rosa = anAccount({ tenant: centre.id, roles: ['coordinator'], status: 'active', passwordHash: await quickHasher.hash('una frase larga y secreta') });
  await staff.addAccount(rosa, anInvitation(rosa));
  const accounts = identityAccounts({ staff, centres, hasher: quickHasher, clock: () => now, issuerName: 'Corredor' });
  return { centres, staff, centre, rosa, accounts };
}

describe('the staff directory as the identity provider sees it', () => {
  it('lets an active account of an active centre sign in, with its centre and roles, by email in any case', async () => {
    const { accounts, rosa, centre } = await setup();
    expect(await accounts.verifyPassword(rosa.email.toUpperCase(), 'una frase larga y secreta')).toMatchObject({
      id: rosa.id,
      centre: centre.id,
      roles: ['coordinator'],
      secondFactor: { required: false, enrolled: false },
    });
    expect(await accounts.verifyPassword(rosa.email, 'una frase larga y secretA')).toBeNull();
    expect(await accounts.verifyPassword('nadie@example.org', 'una frase larga y secreta')).toBeNull();
  });

  it('refuses a deactivated account and any account of a suspended centre, for sign-in and for tokens', async () => {
    const { accounts, staff, centres, rosa, centre } = await setup();
    await staff.updateAccount({ ...rosa, status: 'deactivated' }, rosa.version);
    expect(await accounts.findActive(rosa.id)).toBeNull();
    expect(await accounts.verifyPassword(rosa.email, 'una frase larga y secreta')).toBeNull();
    const current = await staff.findAccount(rosa.id);
    if (!current) throw new Error('account vanished');
    await staff.updateAccount({ ...current, status: 'active' }, current.version);
    expect(await accounts.findActive(rosa.id)).not.toBeNull();
    await centres.update({ ...centre, status: 'suspended', version: 2 }, 1, []);
    expect(await accounts.findActive(rosa.id)).toBeNull();
  });

  it('requires a second factor of a coordinator when the centre turns it on, enrols it with a real TOTP code, then checks codes', async () => {
    const { accounts, rosa } = await setup({ requireSecondFactor: true });
    expect((await accounts.findActive(rosa.id))?.secondFactor).toEqual({ required: true, enrolled: false });
    const { secret, otpauthUri } = await accounts.beginSecondFactorEnrolment(rosa.id);
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    expect(await accounts.confirmSecondFactorEnrolment(rosa.id, secret, '000000')).toBe(false);
    const code = await generate({ secret, epoch: Math.floor(now.getTime() / 1000) });
    expect(await accounts.confirmSecondFactorEnrolment(rosa.id, secret, code)).toBe(true);
    expect((await accounts.findActive(rosa.id))?.secondFactor).toEqual({ required: true, enrolled: true });
    // The code that enrolled cannot be used again: a code works once.
    expect(await accounts.verifySecondFactor(rosa.id, code)).toBe(false);
    const next = await generate({ secret, epoch: Math.floor(now.getTime() / 1000) + 30 });
    expect(await accounts.verifySecondFactor(rosa.id, next)).toBe(true);
    expect(await accounts.verifySecondFactor(rosa.id, next)).toBe(false);
    // Enrolled: a second enrolment (someone who knows the password) is refused.
    const intruder = await accounts.beginSecondFactorEnrolment(rosa.id);
    expect(await accounts.confirmSecondFactorEnrolment(rosa.id, intruder.secret, await generate({ secret: intruder.secret, epoch: Math.floor(now.getTime() / 1000) }))).toBe(false);
    const otherSecretCode = await generate({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DPJBSWY3DP', epoch: Math.floor(now.getTime() / 1000) });
    expect(await accounts.verifySecondFactor(rosa.id, otherSecretCode === code ? '111111' : otherSecretCode)).toBe(false);
  });
});
