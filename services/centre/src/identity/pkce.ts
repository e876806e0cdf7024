import { createHash, randomBytes } from 'node:crypto';

/** A PKCE pair (RFC 7636, S256) and a state value, for a client that starts an authorization code flow. */
export function pkcePair(): { verifier: string; challenge: string; state: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url'), state: randomBytes(16).toString('base64url') };
}
