import { SignInThrottle } from './sign-in-throttle';

describe('sign-in throttle', () => {
  const settings = { account: { failures: 2, windowSeconds: 900, blockSeconds: 600 }, address: { failures: 3, windowSeconds: 900, blockSeconds: 300 } };

  it('blocks an account (however its email is typed) after its failures, from any address', async () => {
    const throttle = new SignInThrottle(settings, 'secret');
    await throttle.recordFailure({ email: 'ana@tijuana.example', address: '203.0.113.7' });
    expect(await throttle.blockedFor({ email: 'ana@tijuana.example', address: '203.0.113.7' })).toBeNull();
    await throttle.recordFailure({ email: ' ANA@tijuana.example', address: '198.51.100.1' });
    expect(await throttle.blockedFor({ email: 'ana@tijuana.example', address: '192.0.2.9' })).toBe(600);
    expect(await throttle.blockedFor({ email: 'jean@tijuana.example', address: '192.0.2.9' })).toBeNull();
  });

  it('blocks an address after failures on any accounts, and a success clears only the account', async () => {
    const throttle = new SignInThrottle(settings, 'secret');
    for (const name of ['a', 'b', 'c']) await throttle.recordFailure({ email: `${name}@tijuana.example`, address: '203.0.113.7' });
    expect(await throttle.blockedFor({ email: 'd@tijuana.example', address: '203.0.113.7' })).toBe(300);
    await throttle.recordFailure({ email: 'e@tijuana.example', address: '192.0.2.9' });
    await throttle.recordSuccess('e@tijuana.example');
    await throttle.recordFailure({ email: 'e@tijuana.example', address: '192.0.2.10' });
    expect(await throttle.blockedFor({ email: 'e@tijuana.example', address: '192.0.2.11' })).toBeNull();
    expect(await throttle.blockedFor({ email: 'd@tijuana.example', address: '203.0.113.7' })).toBe(300);
  });
});
