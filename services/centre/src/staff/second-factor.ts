import { generateSecret, generateURI, verify } from 'otplib';

const STEP_SECONDS = 30;

/** TOTP (RFC 6238, 30 s steps, 6 digits), as authenticator apps expect; one step of drift either way. */
export const secondFactor = {
  newSecret: (): string => generateSecret(),
  uri: (secret: string, account: { email: string }, issuer: string): string => generateURI({ issuer, label: account.email, secret }),
  /**
   * The time step whose code this is (the current one, or one either side), or null. Callers keep
   * the last step used and refuse it and earlier ones, so a code cannot be used twice.
   */
  matchingStep: async (secret: string, code: string, now: Date): Promise<number | null> => {
    if (!/^\d{6}$/.test(code)) return null;
    const current = Math.floor(now.getTime() / 1000 / STEP_SECONDS);
    for (const step of [current, current - 1, current + 1]) {
      const result = await verify({ secret, token: code, epoch: step * STEP_SECONDS, epochTolerance: 0 });
      if (result.valid) return step;
    }
    return null;
  },
};
