import { createHmac } from 'node:crypto';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { TEST_AUTH } from '../testing/test-harness';
import { createTokenVerifier, signDevToken } from './authenticator';

const verify = createTokenVerifier(TEST_AUTH);
const key = new TextEncoder().encode(TEST_AUTH.secret);
const base = () => new SignJWT({ centre: 'tijuana', roles: ['lawyer'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setIssuedAt();

describe('token verification', () => {
  it('gives the principal from a valid token: user, centre and roles', async () => {
    const token = await signDevToken({ ...TEST_AUTH, centre: 'tijuana', roles: ['lawyer', 'interpreter'], userId: 'u1' });
    await expect(verify(token)).resolves.toEqual({ kind: 'staff', userId: 'u1', centre: 'tijuana', roles: ['lawyer', 'interpreter'] });
  });

  it("gives an operator's principal bound to a network, not to a centre", async () => {
    const token = await signDevToken({ ...TEST_AUTH, network: 'red-corredor-mx', roles: ['operator'], userId: 'op1' });
    await expect(verify(token)).resolves.toEqual({ kind: 'network', userId: 'op1', network: 'red-corredor-mx', roles: ['operator'] });
  });

  it.each([
    ['a centre token carrying a network role', { centre: 'tijuana', roles: ['operator'] }],
    ['a network token carrying a staff role', { network: 'red-corredor-mx', roles: ['coordinator'] }],
    ['a token bound to both a centre and a network', { centre: 'tijuana', network: 'red-corredor-mx', roles: ['operator'] }],
  ])('refuses %s', async (_label, claims) => {
    const token = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setIssuer(TEST_AUTH.issuer).setAudience(TEST_AUTH.audience).setExpirationTime('1h').sign(key);
    await expect(verify(token)).rejects.toThrow();
  });

  it.each([
    ['expired', () => base().setIssuer(TEST_AUTH.issuer).setAudience(TEST_AUTH.audience).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(key)],
    ['without expiry', () => base().setIssuer(TEST_AUTH.issuer).setAudience(TEST_AUTH.audience).sign(key)],
    [
      'issued more than a day ago, however far its expiry (a development token)',
      () => base().setIssuer(TEST_AUTH.issuer).setAudience(TEST_AUTH.audience).setIssuedAt(Math.floor(Date.now() / 1000) - 25 * 3600).setExpirationTime('50y').sign(key),
    ],
    [
      'without its issue time (a development token)',
      () => new SignJWT({ centre: 'tijuana', roles: ['lawyer'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setIssuer(TEST_AUTH.issuer).setAudience(TEST_AUTH.audience).setExpirationTime('1h').sign(key),
    ],
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

describe('tokens from the identity provider (JWKS)', () => {
  const PROVIDER = 'https://idp.corredor.test';
  const claims: JWTPayload = { centre: 'tijuana', roles: ['promoter'] };
  const signed = (payload: JWTPayload, sign: (jwt: SignJWT) => Promise<string>) =>
    sign(new SignJWT(payload).setSubject('ana').setIssuer(PROVIDER).setAudience(TEST_AUTH.audience).setIssuedAt().setExpirationTime('5m'));

  async function provider() {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    return { privateKey, jwks: createLocalJWKSet({ keys: [jwk] }), jwk };
  }

  it('verifies an ES256 token against the JWKS, beside HS256 development tokens', async () => {
    const { privateKey, jwks } = await provider();
    const both = createTokenVerifier({ ...TEST_AUTH, jwks, jwksIssuer: PROVIDER });
    const token = await signed(claims, (jwt) => jwt.setProtectedHeader({ alg: 'ES256', kid: 'k1' }).sign(privateKey));
    await expect(both(token)).resolves.toEqual({ kind: 'staff', userId: 'ana', centre: 'tijuana', roles: ['promoter'] });
    await expect(both(await signDevToken({ ...TEST_AUTH, centre: 'tijuana', roles: ['promoter'] }))).resolves.toMatchObject({ centre: 'tijuana' });
  });

  it('refuses an ES256 token signed by another key, or claiming another issuer', async () => {
    const { privateKey, jwks } = await provider();
    const other = await provider();
    const verifyJwks = createTokenVerifier({ ...TEST_AUTH, jwks, jwksIssuer: PROVIDER });
    const foreign = await signed(claims, (jwt) => jwt.setProtectedHeader({ alg: 'ES256', kid: 'k1' }).sign(other.privateKey));
    await expect(verifyJwks(foreign)).rejects.toThrow();
    const devIssuer = await signed(claims, (jwt) => jwt.setIssuer(TEST_AUTH.issuer).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).sign(privateKey));
    await expect(verifyJwks(devIssuer)).rejects.toThrow();
  });

  it('refuses an HS256 token when only the JWKS is configured', async () => {
    const { jwks } = await provider();
    const jwksOnly = createTokenVerifier({ audience: TEST_AUTH.audience, issuer: TEST_AUTH.issuer, jwks });
    await expect(jwksOnly(await signDevToken({ ...TEST_AUTH, centre: 'tijuana', roles: ['promoter'] }))).rejects.toThrow();
  });

  it('refuses an HS256-signed token whose header claims ES256, even signed with the public key', async () => {
    const { jwks, jwk } = await provider();
    const both = createTokenVerifier({ ...TEST_AUTH, jwks, jwksIssuer: PROVIDER });
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const header = encode({ alg: 'ES256', kid: 'k1' });
    const payload = encode({ sub: 'mallory', centre: 'tijuana', roles: ['coordinator'], iss: PROVIDER, aud: TEST_AUTH.audience, exp: Math.floor(Date.now() / 1000) + 300 });
    for (const secret of [TEST_AUTH.secret, JSON.stringify(jwk)]) {
      const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
      await expect(both(`${header}.${payload}.${signature}`)).rejects.toThrow();
    }
  });
});

describe('bounds on every token', () => {
  const PROVIDER = 'https://idp.corredor.test';
  const now = () => Math.floor(Date.now() / 1000);
  const dev = (sub: string, build: (jwt: SignJWT) => SignJWT = (jwt) => jwt.setIssuedAt().setExpirationTime('1h')) =>
    build(new SignJWT({ centre: 'tijuana', roles: ['lawyer'] }).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setIssuer(TEST_AUTH.issuer).setAudience(TEST_AUTH.audience)).sign(key);

  async function provider() {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const jwks = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }] });
    const sign = (build: (jwt: SignJWT) => SignJWT, sub = 'ana') =>
      build(new SignJWT({ centre: 'tijuana', roles: ['promoter'] }).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setSubject(sub).setIssuer(PROVIDER).setAudience(TEST_AUTH.audience)).sign(privateKey);
    return { jwks, sign };
  }

  it("refuses the identity provider's token issued longer ago than the maximum age, however far its expiry", async () => {
    const { jwks, sign } = await provider();
    const verifyJwks = createTokenVerifier({ ...TEST_AUTH, jwks, jwksIssuer: PROVIDER });
    await expect(verifyJwks(await sign((jwt) => jwt.setIssuedAt(now() - 60).setExpirationTime('1h')))).resolves.toMatchObject({ userId: 'ana' });
    await expect(verifyJwks(await sign((jwt) => jwt.setIssuedAt(now() - 13 * 3600).setExpirationTime('50y')))).rejects.toThrow();
    await expect(verifyJwks(await sign((jwt) => jwt.setExpirationTime('1h')))).rejects.toThrow();
  });

  it('takes the maximum age from the settings', async () => {
    const verifyShort = createTokenVerifier({ ...TEST_AUTH, maxTokenAgeSeconds: 3600 });
    await expect(verifyShort(await dev('u1', (jwt) => jwt.setIssuedAt(now() - 2 * 3600).setExpirationTime('1h')))).rejects.toThrow();
    await expect(verifyShort(await dev('u1', (jwt) => jwt.setIssuedAt(now() - 600).setExpirationTime('1h')))).resolves.toMatchObject({ userId: 'u1' });
  });

  it('refuses a token issued in the future, beyond a small clock tolerance', async () => {
    const { jwks, sign } = await provider();
    const verifyJwks = createTokenVerifier({ ...TEST_AUTH, jwks, jwksIssuer: PROVIDER });
    await expect(verify(await dev('u1', (jwt) => jwt.setIssuedAt(now() + 3600).setExpirationTime(now() + 7200)))).rejects.toThrow();
    await expect(verifyJwks(await sign((jwt) => jwt.setIssuedAt(now() + 3600).setExpirationTime(now() + 7200)))).rejects.toThrow();
    await expect(verify(await dev('u1', (jwt) => jwt.setIssuedAt(now() + 5).setExpirationTime('1h')))).resolves.toMatchObject({ userId: 'u1' });
  });

  it.each([
    ['of 129 characters', 'a'.repeat(129)],
    ['holding a space (a name)', 'Maria Lopez'],
    ['holding a newline', 'u1\nadmin'],
    ['holding markup', '<script>'],
  ])('refuses a sub %s', async (_label, sub) => {
    const { jwks, sign } = await provider();
    await expect(verify(await dev(sub))).rejects.toThrow();
    await expect(createTokenVerifier({ ...TEST_AUTH, jwks, jwksIssuer: PROVIDER })(await sign((jwt) => jwt.setIssuedAt().setExpirationTime('1h'), sub))).rejects.toThrow();
  });

  it.each(['a'.repeat(128), 'ana@tijuana', '0b9d3c1e-8a8f-4d43-9d57-3f6f1c2b9a10', 'auth0|x'.replace('|', ':'), 'dev-coordinator@red-corredor-mx'])('accepts the sub %s', async (sub) => {
    await expect(verify(await dev(sub))).resolves.toMatchObject({ userId: sub });
  });
});
