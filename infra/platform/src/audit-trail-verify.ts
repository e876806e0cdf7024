import { parseArgs } from 'node:util';
import { DEFAULT_SERVICE_URLS, SERVICE_NAMES, type ServiceName } from '@corredor/centre-cli';
import { centreIdSchema } from '@corredor/contracts';
import { signDevToken } from '@corredor/service-kit';
import { z } from 'zod';

export const AUDIT_TRAIL_USAGE = `Checks a centre's audit trail in one service: every entry must hold the hash of the one before it.
  npm run audit-trail -- verify --service intake --centre tijuana [--url http://127.0.0.1:3001] [--token <bearer token>]
Services: ${SERVICE_NAMES.join(', ')} (each keeps its own trail). The token must be a coordinator's of that centre:
--token, or CORREDOR_TOKEN; without one, a coordinator token is signed with AUTH_JWT_SECRET (or npm start's development secret).
Exit code: 0 when the chain is intact, 1 when it is broken (the first broken link is printed), 2 when it could not be checked.`;

const REASONS = {
  'hash-mismatch': 'the entry was changed after it was written',
  'broken-link': 'the entry does not follow the one before it (that one was rewritten, or this one put in its place)',
  'sequence-gap': 'an entry is missing before this one, or the order was changed',
} as const;

const verificationSchema = z.object({
  verified: z.boolean(),
  entries: z.number().int(),
  firstBrokenLink: z.object({ seq: z.number().int(), id: z.string(), reason: z.enum(['hash-mismatch', 'broken-link', 'sequence-gap']) }).nullable(),
});

export interface AuditTrailCliIo {
  out(line: string): void;
  err(line: string): void;
  env: Record<string, string | undefined>;
  /** The development token secret's default (npm start's), for when AUTH_JWT_SECRET is not set. */
  devAuth: { secret: string; issuer: string; audience: string };
}

/** Runs `verify`; resolves to the exit code. */
export async function runAuditTrailCli(argv: string[], io: AuditTrailCliIo): Promise<0 | 1 | 2> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        service: { type: 'string' },
        centre: { type: 'string' },
        url: { type: 'string' },
        token: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${AUDIT_TRAIL_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(AUDIT_TRAIL_USAGE);
    return 0;
  }
  const service = z.enum(SERVICE_NAMES).safeParse(values.service);
  const centre = centreIdSchema.safeParse(values.centre);
  const url = values.url === undefined ? null : z.url({ protocol: /^https?$/ }).safeParse(values.url);
  if (positionals.join(' ') !== 'verify' || !service.success || !centre.success || url?.success === false) {
    io.err(AUDIT_TRAIL_USAGE);
    return 2;
  }
  const base = (url?.success ? url.data : DEFAULT_SERVICE_URLS[service.data satisfies ServiceName]).replace(/\/+$/, '');
  const token =
    values.token ??
    io.env['CORREDOR_TOKEN'] ??
    (await signDevToken({ ...io.devAuth, secret: io.env['AUTH_JWT_SECRET'] ?? io.devAuth.secret, centre: centre.data, roles: ['coordinator'], userId: 'audit-trail-verify', expiresIn: '5m' }));

  let response: Response;
  try {
    response = await fetch(`${base}/v1/audit-trail/verification`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
  } catch {
    io.err(`the ${service.data} service at ${base} could not be reached`);
    return 2;
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const code = z.object({ code: z.string() }).safeParse(body);
    io.err(`the ${service.data} service answered ${response.status}${code.success ? ` ${code.data.code}` : ''}`);
    return 2;
  }
  const result = verificationSchema.safeParse(body);
  if (!result.success) {
    io.err(`the ${service.data} service's answer is not a verification`);
    return 2;
  }
  const where = `${service.data} service, centre ${centre.data}`;
  const link = result.data.firstBrokenLink;
  if (result.data.verified || !link) {
    io.out(`${where}: ${result.data.entries} entries, chain intact`);
    return 0;
  }
  io.out(`${where}: ${result.data.entries} entries, chain BROKEN`);
  io.out(`first broken link: seq ${link.seq}, entry ${link.id}: ${link.reason} (${REASONS[link.reason]})`);
  return 1;
}
