import type { OidcStore } from './oidc-store.port';

export interface OidcStoreFixture {
  store: OidcStore;
  /** Moves the store's clock forward. */
  advance(seconds: number): void;
}

/** A clock that starts now and moves only when told. */
export function steppingClock(): { clock: () => Date; advance(seconds: number): void } {
  let now = Date.now();
  return {
    clock: () => new Date(now),
    advance: (seconds) => {
      now += seconds * 1000;
    },
  };
}

/** The behaviour every OidcStore adapter must have: memory always, MongoDB when MONGO_URL is set. */
export function describeOidcStoreContract(name: string, setup: () => Promise<OidcStoreFixture>): void {
  describe(`${name} oidc store`, () => {
    let f: OidcStoreFixture;
    beforeEach(async () => {
      f = await setup();
    });

    it('keeps a record per model and id, replaces it on upsert, and keeps keys that are not field names', async () => {
      const payload = { jti: 'g1', kind: 'Grant', resources: { 'https://api.example.org/v1': 'api', 'urn:corredor:api': 'api' }, 'x5t#S256': 'abc', $odd: 1 };
      await f.store.upsert('Grant', 'g1', payload, 600);
      expect(await f.store.find('Grant', 'g1')).toEqual(payload);
      expect(await f.store.find('Session', 'g1')).toBeUndefined();
      await f.store.upsert('Grant', 'g1', { jti: 'g1', kind: 'Grant', openid: { scope: 'openid' } }, 600);
      expect(await f.store.find('Grant', 'g1')).toEqual({ jti: 'g1', kind: 'Grant', openid: { scope: 'openid' } });
    });

    it('forgets a record once it expired, and keeps one without expiry', async () => {
      await f.store.upsert('AuthorizationCode', 'c1', { jti: 'c1' }, 60);
      await f.store.upsert('Client', 'k1', { client_id: 'k1' });
      f.advance(59);
      expect(await f.store.find('AuthorizationCode', 'c1')).toEqual({ jti: 'c1' });
      f.advance(2);
      expect(await f.store.find('AuthorizationCode', 'c1')).toBeUndefined();
      f.advance(365 * 24 * 3600);
      expect(await f.store.find('Client', 'k1')).toEqual({ client_id: 'k1' });
    });

    it('finds a session by its uid and a device code by its user code, while they live', async () => {
      await f.store.upsert('Session', 'cookie-1', { jti: 'cookie-1', uid: 'uid-1', accountId: 'a1' }, 100);
      await f.store.upsert('DeviceCode', 'd1', { jti: 'd1', userCode: 'ABCD-EFGH' }, 100);
      expect(await f.store.findByUid('Session', 'uid-1')).toMatchObject({ jti: 'cookie-1' });
      expect(await f.store.findByUid('Session', 'uid-2')).toBeUndefined();
      expect(await f.store.findByUserCode('DeviceCode', 'ABCD-EFGH')).toMatchObject({ jti: 'd1' });
      f.advance(101);
      expect(await f.store.findByUid('Session', 'uid-1')).toBeUndefined();
      expect(await f.store.findByUserCode('DeviceCode', 'ABCD-EFGH')).toBeUndefined();
    });

    it('marks a record consumed without forgetting it', async () => {
      await f.store.upsert('RefreshToken', 'r1', { jti: 'r1', grantId: 'g1' }, 600);
      expect(await f.store.find('RefreshToken', 'r1')).not.toHaveProperty('consumed');
      await f.store.consume('RefreshToken', 'r1');
      const consumed = await f.store.find('RefreshToken', 'r1');
      expect(consumed).toMatchObject({ jti: 'r1', grantId: 'g1' });
      expect(typeof consumed?.['consumed']).toBe('number');
    });

    it('destroys one record, and revokes every record of a model that belongs to a grant', async () => {
      await f.store.upsert('AccessToken', 'a1', { jti: 'a1', grantId: 'g1' }, 600);
      await f.store.upsert('RefreshToken', 'r1', { jti: 'r1', grantId: 'g1' }, 600);
      await f.store.upsert('RefreshToken', 'r2', { jti: 'r2', grantId: 'g1' }, 600);
      await f.store.upsert('RefreshToken', 'r3', { jti: 'r3', grantId: 'g2' }, 600);
      await f.store.revokeByGrantId('RefreshToken', 'g1');
      expect(await f.store.find('RefreshToken', 'r1')).toBeUndefined();
      expect(await f.store.find('RefreshToken', 'r2')).toBeUndefined();
      expect(await f.store.find('RefreshToken', 'r3')).toMatchObject({ jti: 'r3' });
      expect(await f.store.find('AccessToken', 'a1')).toMatchObject({ jti: 'a1' });
      await f.store.destroy('AccessToken', 'a1');
      expect(await f.store.find('AccessToken', 'a1')).toBeUndefined();
    });
  });
}
