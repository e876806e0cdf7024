import { SignJWT } from 'jose';
import { TEST_AUTH } from '../testing/test-harness';
import { createTokenVerifier, signDevToken } from './authenticator';

const verify = createTokenVerifier(TEST_AUTH);
const key = new TextEncoder().encode(TEST_AUTH.secret);
const base = () => new SignJWT({ centre: 'tijuana', roles: ['lawyer'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setIssuedAt();

describe('token verification', () => {
  it('gives the principal from a valid token: user, centre and roles', async () => {
    const token = await signDevToken({ ...TEST_AUTH, centre: 'tijuana', roles: ['lawyer', 'interpreter'], userId: 'u1' });
    await expect(verify(token)).resolves.toEqual({ userId: 'u1', centre: 'tijuana', roles: ['lawyer', 'interpreter'] });
  });

  it.each([
    ['expired', () => base().setIssuer(TEST_AUTH.issuer).setAudience(TEST_AUTH.audience).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(key)],
    ['without expiry', () => base().setIssuer(TEST_AUTH.issuer).setAudience(TEST_AUTH.audience).sign(key)],
    ['for another audience', () => base().setIssuer(TEST_AUTH.issuer).setAudience('elsewhere').setExpirationTime('1h').sign(key)],
    ['from another issuer', () => base().setIssuer('someone').setAudience(TEST_AUTH.audience).setExpirationTime('1h').sign(key)],
    ['signed with another secret', () => base().setIssuer(TEST_AUTH.issuer).setAudience(TEST_AUTH.audience).setExpirationTime('1h').sign(new TextEncoder().encode('x'.repeat(48)))],
    [
      'without a centre',
      () => new SignJWT({ roles: ['lawyer'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setIssuer(TEST_AUTH.issuer).setAudience(TEST_AUTH.audience).setExpirationTime('1h').sign(key),
    ],
    [
      'with an unknown role',
      () => new SignJWT({ centre: 'tijuana', roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setIssuer(TEST_AUTH.issuer).setAudience(TEST_AUTH.audience).setExpirationTime('1h').sign(key),
    ],
  ])('refuses a token %s', async (_label, make) => {
    await expect(verify(await make())).rejects.toThrow();
  });
});
