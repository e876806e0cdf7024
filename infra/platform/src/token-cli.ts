#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { centreIdSchema, roleSchema, ROLES } from '@corredor/contracts';
import { signDevToken, TEST_AUTH } from '@corredor/service-kit';

const usage = `Prints a development bearer token (HS256).
  npm run token -- --centre tijuana --role coordinator [--role lawyer] [--user ana@tijuana] [--expires 8h]
Roles: ${ROLES.join(', ')}. The secret is AUTH_JWT_SECRET, or the development default that npm start uses.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      centre: { type: 'string' },
      role: { type: 'string', multiple: true },
      user: { type: 'string' },
      expires: { type: 'string', default: '8h' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void process.stdout.write(`${usage}\n`);
  const centre = centreIdSchema.safeParse(values.centre);
  const roles = (values.role ?? []).map((role) => roleSchema.safeParse(role));
  if (!centre.success || roles.length === 0 || roles.some((r) => !r.success)) {
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  }
  const token = await signDevToken({
    ...TEST_AUTH,
    secret: process.env['AUTH_JWT_SECRET'] ?? TEST_AUTH.secret,
    centre: centre.data,
    roles: roles.flatMap((r) => (r.success ? [r.data] : [])),
    ...(values.user ? { userId: values.user } : {}),
    expiresIn: values.expires,
  });
  process.stdout.write(`${token}\n`);
}

void main();
