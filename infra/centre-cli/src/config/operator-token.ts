import { networkIdSchema } from '@corredor/contracts';
import { usageError } from '../centre-cli.error';

export const DEFAULT_NETWORK = 'red-corredor-mx';

/**
 * A development operator token (HS256, one hour) for a network: what `npm start` accepts. Real
 * operators use an access token from the identity provider instead (CORREDOR_TOKEN).
 */
export async function signDevelopmentOperatorToken(network: string, secret?: string): Promise<string> {
  const parsed = networkIdSchema.safeParse(network);
  if (!parsed.success) throw usageError(`"${network}" is not a network id (a lowercase slug such as "${DEFAULT_NETWORK}")`);
  // Loaded only here: the service kit brings the whole HTTP stack, which a command with a real token never needs.
  const [{ signDevToken }, { TEST_AUTH }] = await Promise.all([import('@corredor/service-kit'), import('@corredor/service-kit/testing')]);
  return signDevToken({
    ...TEST_AUTH,
    secret: secret ?? TEST_AUTH.secret,
    network: parsed.data,
    roles: ['operator'],
    userId: `dev-operator@${parsed.data}`,
    expiresIn: '1h',
  });
}
