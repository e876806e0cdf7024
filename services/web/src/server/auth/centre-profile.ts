import { ServiceUnavailableError } from '@corredor/service-kit';
import type { Request } from 'express';
import { z } from 'zod';
import type { CentreProfile } from '../sessions/web-session';

const profileSchema = z.object({ id: z.string(), name: z.string(), city: z.string(), timeZone: z.string(), languages: z.array(z.string()) });

/** A centre's name and languages change rarely: read again after an hour. */
const KEEP_MS = 3600_000;

export interface CentreProfileDeps {
  /** The centre service's API base (SERVICE_URLS.centre). */
  centreUrl: string;
  fetch: typeof fetch;
  clock: () => Date;
}

/**
 * The staff member's centre (GET /v1/centre of the centre service, with their own token), kept in
 * the session for an hour. Operators and network analysts have none: null. A centre the registry
 * does not know is null too; a centre service that cannot answer is a 503 (unless one is kept).
 */
export async function centreProfileOf(req: Request, accessToken: string, clientAddress: string, deps: CentreProfileDeps): Promise<CentreProfile | null> {
  const { user } = req.session;
  if (!user?.centre) return null;
  const now = deps.clock().getTime();
  const kept = req.session.centre;
  if (kept !== undefined && kept?.id === user.centre && now - (req.session.centreReadAt ?? 0) < KEEP_MS) return kept;
  let response: Response;
  try {
    response = await deps.fetch(`${deps.centreUrl}/v1/centre`, {
      headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json', 'X-Forwarded-For': clientAddress },
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    if (kept) return kept;
    throw new ServiceUnavailableError('WEB.SERVICE_UNAVAILABLE', 'The centre service cannot be reached; try again shortly.', 5);
  }
  if (response.status === 404) {
    await response.body?.cancel();
    return null;
  }
  const parsed = response.ok ? profileSchema.safeParse(await response.json().catch(() => null)) : null;
  if (!parsed?.success) {
    await response.body?.cancel().catch(() => undefined);
    if (kept) return kept;
    throw new ServiceUnavailableError('WEB.SERVICE_UNAVAILABLE', 'The centre service did not answer as expected; try again shortly.', 5);
  }
  const { id, name, city, timeZone, languages } = parsed.data;
  req.session.centre = { id, name, city, timeZone, languages };
  req.session.centreReadAt = now;
  return req.session.centre;
}
