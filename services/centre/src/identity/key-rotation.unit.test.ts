import { createLogger } from '@corredor/service-kit';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { createIdentityProvider } from './identity-provider';
import { authorize, codeOf, exchangeCode, FakeIdentityAccounts, signIn, startIdentityServer, type TestIdentityServer } from './identity-test-server';
import { MemoryOidcStore } from './oidc-store.memory';
import { SigningKeyRing } from './signing-key-ring';
import { SigningKeySealer } from './signing-key-sealer';
import { MemorySigningKeyStore } from './signing-keys.memory';
import { TestBrowser } from './test-fixtures';

const DAY = 24 * 3600;
const logger = createLogger('centre', 'silent');

describe('identity provider: signing key rotation', () => {
  let env: TestIdentityServer;
  beforeEach(async () => {
    env = await startIdentityServer({ accessTokenTtlSeconds: 300, keyRotation: { maxAgeSeconds: 30 * DAY, propagationSeconds: 120 } });
  });
  afterEach(() => env.close());

  const newAccessToken = async () => {
    const { code, verifier } = await signIn(env, new TestBrowser());
    return String((await exchangeCode(env, code, verifier)).body['access_token']);
  };
  const publishedJwks = async () => (await (await fetch(`${env.issuer}/jwks`)).json()) as JSONWebKeySet;
  const kids = async () => (await publishedJwks()).keys.map((key) => key.kid);
  const kidOf = (token: string) => decodeProtectedHeader(token).kid;
  const verifiesNow = async (token: string) => {
    await jwtVerify(token, createLocalJWKSet(await publishedJwks()), { issuer: env.issuer, audience: 'corredor-api', algorithms: ['ES256'] });
    return true;
  };

  it('publishes a new key before it signs, keeps the old one until its tokens expired, then drops it', async () => {
    const before = await newAccessToken();
    const oldKid = kidOf(before);
    await env.idp.rotateSigningKeyIfDue();
    expect(await kids()).toEqual([oldKid]);

    // 30 days on: a new key is published, but the old one signs until every instance has the new one.
    env.advance(30 * DAY);
    await env.idp.rotateSigningKeyIfDue();
    const published = await kids();
    expect(published).toHaveLength(2);
    expect(kidOf(await newAccessToken())).toBe(oldKid);

    env.advance(120);
    await env.idp.rotateSigningKeyIfDue();
    const after = await newAccessToken();
    const newKid = kidOf(after);
    expect(newKid).not.toBe(oldKid);
    expect(published).toContain(newKid);
    expect(await verifiesNow(before)).toBe(true);
    expect(await verifiesNow(after)).toBe(true);

    // The old key stays while a token it signed may be alive (lifetime, clock tolerance, propagation)...
    env.advance(300 + 15 + 120 - 1);
    await env.idp.rotateSigningKeyIfDue();
    expect(await kids()).toEqual([newKid, oldKid]);
    // ...and then leaves the JWKS.
    env.advance(1);
    await env.idp.rotateSigningKeyIfDue();
    expect(await kids()).toEqual([newKid]);
    await expect(verifiesNow(before)).rejects.toThrow();
    expect(await verifiesNow(after)).toBe(true);
  });

});

describe('identity provider: a rotation rebuilds the provider', () => {
  it('keeps sessions and grants: a signed-in browser still gets a code without signing in again', async () => {
    const env = await startIdentityServer({ keyRotation: { maxAgeSeconds: 600, propagationSeconds: 60 } });
    try {
      const browser = new TestBrowser();
      await signIn(env, browser);
      env.advance(600);
      await env.idp.rotateSigningKeyIfDue();
      env.advance(60);
      await env.idp.rotateSigningKeyIfDue();
      const { page, verifier } = await authorize(env, browser, { prompt: '', scope: 'openid corredor api' });
      const code = codeOf(page);
      expect(code).not.toBeNull();
      const token = String((await exchangeCode(env, code?.code ?? '', verifier)).body['access_token']);
      const [newest] = await env.keys.list().then((keys) => keys.slice(-1));
      expect(decodeProtectedHeader(token).kid).toBe(newest?.kid);
    } finally {
      await env.close();
    }
  });
});

describe('signing key ring', () => {
  it('lets two instances that rotate at once agree on one new key', async () => {
    const store = new MemorySigningKeyStore();
    let now = Date.now();
    const clock = () => new Date(now);
    const settings = { maxAgeSeconds: 30 * DAY, propagationSeconds: 120, retentionSeconds: 315 };
    const sealer = new SigningKeySealer(undefined);
    const a = new SigningKeyRing(store, sealer, clock, settings, logger);
    const b = new SigningKeyRing(store, sealer, clock, settings, logger);
    const [first, second] = await Promise.all([a.current(), b.current()]);
    expect(first.fingerprint).toBe(second.fingerprint);
    now += 30 * DAY * 1000;
    await Promise.all([a.maintain(), b.maintain()]);
    expect((await store.list()).map((key) => key.version)).toEqual([1, 2]);
    expect((await a.current()).fingerprint).toBe((await b.current()).fingerprint);
  });

  it('stores private keys sealed when given a secret, and cannot open them without it', async () => {
    const store = new MemorySigningKeyStore();
    const settings = { maxAgeSeconds: 30 * DAY, propagationSeconds: 120, retentionSeconds: 315 };
    const ring = new SigningKeyRing(store, new SigningKeySealer('a-key-encryption-secret-of-32-characters'), () => new Date(), settings, logger);
    const keySet = await ring.current();
    const [stored] = await store.list();
    expect(stored?.sealedPrivateKey).toMatch(/^v1\./);
    expect(stored?.sealedPrivateKey).not.toContain(keySet.keys[0]?.['d'] ?? 'missing');
    expect(() => new SigningKeySealer('another-secret-of-thirty-two-chars!!').open(stored?.sealedPrivateKey ?? '')).toThrow();
    expect(() => new SigningKeySealer(undefined).open(stored?.sealedPrivateKey ?? '')).toThrow('configure the key encryption secret');
  });
});

describe('identity provider settings in production', () => {
  const base = () => ({
    accounts: new FakeIdentityAccounts(),
    store: new MemoryOidcStore(() => new Date()),
    keys: new MemorySigningKeyStore(),
    clock: () => new Date(),
    logger,
    production: true,
  });

  it('refuses to start without TLS, a key encryption secret and strong cookie keys', () => {
    expect(() => createIdentityProvider({ ...base(), issuer: 'http://centre.example/oidc', publicUrl: 'http://centre.example', cookieKeys: ['short'] })).toThrow(
      /https URL.*key encryption secret.*cookie keys/,
    );
    expect(() =>
      createIdentityProvider({
        ...base(),
        issuer: 'https://centre.example/oidc',
        publicUrl: 'https://centre.example',
        cookieKeys: ['a-cookie-key-of-at-least-32-characters'],
        keyEncryptionSecret: 'a-key-encryption-secret-of-32-characters',
      }),
    ).not.toThrow();
  });
});
