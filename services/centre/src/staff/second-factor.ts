import { generateSecret, generateURI, verify } from 'otplib';

/** TOTP (RFC 6238, 30 s steps, 6 digits), as authenticator apps expect; one step of drift either way. */
export const secondFactor = {
  newSecret: (): string => generateSecret(),
  uri: (secret: string, account: { email: string }, issuer: string): string => generateURI({ issuer, label: account.email, secret }),
  check: async (secret: string, code: string, now: Date): Promise<boolean> => {
    if (!/^\d{6}$/.test(code)) return false;
    const result = await verify({ secret, token: code, epoch: Math.floor(now.getTime() / 1000), epochTolerance: 30 });
    return result.valid;
  },
};
