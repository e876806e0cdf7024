#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { centreIdSchema, networkIdSchema, roleSchema, ROLES } from '@corredor/contracts';
import { signDevToken } from '@corredor/service-kit';
import { TEST_AUTH } from '@corredor/service-kit/testing';

const usage = `Prints a development bearer token (HS256), for scripts; people sign in at the centre service (/signin).
  npm run token -- --centre tijuana --role coordinator [--role lawyer] [--user ana@tijuana] [--expires 8h]
  npm run token -- --network red-corredor-mx --role operator
Roles: ${ROLES.join(', ')} (operator and network-analyst go with --network, the others with --centre).
The secret is AUTH_JWT_SECRET, or the development default that npm start uses.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      centre: { type: 'string' },
      network: { type: 'string' },
      role: { type: 'string', multiple: true },
      user: { type: 'string' },
      expires: { type: 'string', default: '8h' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void process.stdout.write(`${usage}\n`);
  const scope =
    values.centre !== undefined && values.network === undefined
      ? centreIdSchema.safeParse(values.centre)
      : values.network !== undefined && values.centre === undefined
        ? networkIdSchema.safeParse(values.network)
        : null;
  const roles = (values.role ?? []).map((role) => roleSchema.safeParse(role));
  if (!scope?.success || roles.length === 0 || roles.some((r) => !r.success)) {
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  }
  try {
    const token = await signDevToken({
      ...TEST_AUTH,
      secret: process.env['AUTH_JWT_SECRET'] ?? TEST_AUTH.secret,
      ...(values.centre === undefined ? { network: scope.data } : { centre: scope.data }),
      roles: roles.flatMap((r) => (r.success ? [r.data] : [])),
      ...(values.user ? { userId: values.user } : {}),
      expiresIn: values.expires,
    });
    process.stdout.write(`${token}\n`);
  } catch {
    process.stderr.write(`those roles do not go with ${values.centre === undefined ? '--network' : '--centre'}\n${usage}\n`);
    process.exit(2);
  }
}

void main();
