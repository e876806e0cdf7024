import { SignInThrottle, type ThrottleKeys } from './sign-in-throttle';

describe('sign-in throttle', () => {
  const settings = { account: { failures: 2, windowSeconds: 900, blockSeconds: 600 }, address: { failures: 3, windowSeconds: 900, blockSeconds: 300 } };
  /** One failed attempt, as the sign-in route makes it: reserve, check (wrong), record the failure. */
  const fail = async (throttle: SignInThrottle, keys: ThrottleKeys) => {
    const wait = await throttle.reserve(keys);
    if (wait === null) await throttle.recordFailure(keys);
    return wait;
  };
  /** Whether an attempt would be let through now (given back at once). */
  const blockedFor = async (throttle: SignInThrottle, keys: ThrottleKeys) => {
    const wait = await throttle.reserve(keys);
    if (wait === null) await throttle.release(keys);
    return wait;
  };

  it('blocks an account (however its email is typed) after its failures, from any address', async () => {
    const throttle = new SignInThrottle(settings, 'secret');
    await fail(throttle, { email: 'ana@tijuana.example', address: '203.0.113.7' });
    expect(await blockedFor(throttle, { email: 'ana@tijuana.example', address: '203.0.113.7' })).toBeNull();
    await fail(throttle, { email: ' ANA@tijuana.example', address: '198.51.100.1' });
    expect(await blockedFor(throttle, { email: 'ana@tijuana.example', address: '192.0.2.9' })).toBe(600);
    expect(await blockedFor(throttle, { email: 'jean@tijuana.example', address: '192.0.2.9' })).toBeNull();
  });

  it('blocks an address after failures on any accounts, and a success clears only the account', async () => {
    const throttle = new SignInThrottle(settings, 'secret');
    for (const name of ['a', 'b', 'c']) await fail(throttle, { email: `${name}@tijuana.example`, address: '203.0.113.7' });
    expect(await blockedFor(throttle, { email: 'd@tijuana.example', address: '203.0.113.7' })).toBe(300);
    await fail(throttle, { email: 'e@tijuana.example', address: '192.0.2.9' });
    await throttle.recordSuccess('e@tijuana.example');
    await fail(throttle, { email: 'e@tijuana.example', address: '192.0.2.10' });
    expect(await blockedFor(throttle, { email: 'e@tijuana.example', address: '192.0.2.11' })).toBeNull();
    expect(await blockedFor(throttle, { email: 'd@tijuana.example', address: '203.0.113.7' })).toBe(300);
  });

  it('lets no more guesses through than the limit, however many arrive at once', async () => {
    const throttle = new SignInThrottle(settings, 'secret');
    const keys = (n: number) => ({ email: 'ana@tijuana.example', address: `203.0.113.${n}` });
    const waits = await Promise.all(Array.from({ length: 20 }, (_, n) => throttle.reserve(keys(n))));
    expect(waits.filter((wait) => wait === null)).toHaveLength(settings.account.failures);
  });
});
