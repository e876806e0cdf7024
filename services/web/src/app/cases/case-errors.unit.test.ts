import { ApiError } from '../api/problem';
import { apiErrorLabel, isStale, missingConsent, retryWhile } from './case-errors';

const refusal = (code: string, status = 422) => new ApiError({ status, code });

describe('refusals', () => {
  it('explains the refusals of this area in the person language, others with the shared message', () => {
    expect(apiErrorLabel(refusal('CASE.ALREADY_CLOSED', 409))).toBe('apiError.CASE.ALREADY_CLOSED');
    expect(apiErrorLabel(refusal('CASE.SOMETHING_NEW'))).toBeNull();
    expect(apiErrorLabel(new Error('boom'))).toBeNull();
  });

  it('knows which consent a refusal asks for', () => {
    expect(missingConsent(refusal('REFERRAL.CONSENT_MISSING'))).toBe('share-with-partner');
    expect(missingConsent(refusal('REFERRAL.CONSENT_WITHDRAWN'))).toBe('share-with-partner');
    expect(missingConsent(refusal('CASE.TRANSFER_CONSENT_MISSING'))).toBe('transfer');
    expect(missingConsent(refusal('REFERRAL.AGREEMENT_REQUIRED', 403))).toBeNull();
  });

  it('tells a stale version from other conflicts', () => {
    expect(isStale(refusal('CASE.VERSION_CONFLICT', 409))).toBe(true);
    expect(isStale(refusal('CASE.ALREADY_CLOSED', 409))).toBe(false);
  });
});

describe('trying again while a consent travels to the other services', () => {
  const noWait = { wait: () => Promise.resolve() };

  it('tries again while the refusal may pass, and returns the first success', async () => {
    let calls = 0;
    const attempt = () => {
      calls += 1;
      return calls < 3 ? Promise.reject(refusal('REFERRAL.CONSENT_MISSING')) : Promise.resolve('made');
    };
    await expect(retryWhile(attempt, (error) => missingConsent(error) !== null, { times: 5, ...noWait })).resolves.toBe('made');
    expect(calls).toBe(3);
  });

  it('gives up after the tries allowed, with the last refusal', async () => {
    let calls = 0;
    const attempt = () => {
      calls += 1;
      return Promise.reject(refusal('REFERRAL.CONSENT_MISSING'));
    };
    await expect(retryWhile(attempt, () => true, { times: 4, ...noWait })).rejects.toMatchObject({ code: 'REFERRAL.CONSENT_MISSING' });
    expect(calls).toBe(4);
  });

  it('does not try again after another refusal', async () => {
    let calls = 0;
    const attempt = () => {
      calls += 1;
      return Promise.reject(refusal('REFERRAL.AGREEMENT_REQUIRED', 403));
    };
    await expect(retryWhile(attempt, (error) => missingConsent(error) !== null, { times: 4, ...noWait })).rejects.toMatchObject({ status: 403 });
    expect(calls).toBe(1);
  });
});
