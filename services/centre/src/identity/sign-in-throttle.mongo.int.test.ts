import { describeWithMongo } from '@corredor/persistence';
import { mongoLimiterFactory } from '@corredor/service-kit';
import { SignInThrottle } from './sign-in-throttle';

describeWithMongo('sign-in throttle', (connection) => {
  it('counts failures in MongoDB, so every instance sees the block', async () => {
    const settings = { account: { failures: 2, windowSeconds: 900, blockSeconds: 600 }, address: { failures: 50, windowSeconds: 900, blockSeconds: 600 } };
    const one = new SignInThrottle(settings, 'secret', mongoLimiterFactory(connection(), 'signin_throttle'));
    const other = new SignInThrottle(settings, 'secret', mongoLimiterFactory(connection(), 'signin_throttle'));
    const keys = { email: 'ana@tijuana.example', address: '203.0.113.7' };
    const fail = async (throttle: SignInThrottle, k: typeof keys) => {
      if ((await throttle.reserve(k)) === null) await throttle.recordFailure(k);
    };
    const blockedFor = async (throttle: SignInThrottle, k: typeof keys) => {
      const wait = await throttle.reserve(k);
      if (wait === null) await throttle.release(k);
      return wait;
    };
    await fail(one, keys);
    expect(await blockedFor(other, keys)).toBeNull();
    await fail(other, keys);
    expect(await blockedFor(one, { ...keys, address: '198.51.100.1' })).toBeGreaterThan(590);
    await one.recordSuccess('ANA@tijuana.example ');
    expect(await blockedFor(other, keys)).toBeNull();
    // Parallel guesses from two instances get no further than the limit.
    const waits = await Promise.all(Array.from({ length: 10 }, (_, n) => (n % 2 ? one : other).reserve({ ...keys, address: `192.0.2.${n}` })));
    expect(waits.filter((wait) => wait === null)).toHaveLength(settings.account.failures);
  });
});
