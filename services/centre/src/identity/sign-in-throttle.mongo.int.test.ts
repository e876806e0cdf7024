import { describeWithMongo } from '@corredor/persistence';
import { SignInThrottle } from './sign-in-throttle';
import { mongoLimiterFactory } from './sign-in-throttle.mongo';

describeWithMongo('sign-in throttle', (connection) => {
  it('counts failures in MongoDB, so every instance sees the block', async () => {
    const settings = { account: { failures: 2, windowSeconds: 900, blockSeconds: 600 }, address: { failures: 50, windowSeconds: 900, blockSeconds: 600 } };
    const one = new SignInThrottle(settings, 'secret', mongoLimiterFactory(connection()));
    const other = new SignInThrottle(settings, 'secret', mongoLimiterFactory(connection()));
    const keys = { email: 'ana@tijuana.example', address: '203.0.113.7' };
    await one.recordFailure(keys);
    expect(await other.blockedFor(keys)).toBeNull();
    await other.recordFailure(keys);
    expect(await one.blockedFor({ ...keys, address: '198.51.100.1' })).toBeGreaterThan(590);
    await one.recordSuccess('ANA@tijuana.example ');
    expect(await other.blockedFor(keys)).toBeNull();
  });
});
