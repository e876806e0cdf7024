import { hkdfSync } from 'node:crypto';
import { doubleCsrf } from 'csrf-csrf';
import type { Request, RequestHandler, Response } from 'express';
import { csrfInvalid } from '../http/web-problems';

export interface CsrfSettings {
  /** The session secrets: CSRF keys are derived from them (the first signs, all verify). */
  secrets: readonly string[];
  secure: boolean;
  /** PUBLIC_URL's origin: a state-changing request from any other origin is refused outright. */
  publicOrigin: string;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The token a request carries: the X-CSRF-Token header (the app's calls) or the csrfToken field of a posted form (sign-out). */
function tokenOf(req: Request): string | undefined {
  const header = req.headers['x-csrf-token'];
  if (typeof header === 'string') return header;
  const field: unknown = typeof req.body === 'object' && req.body !== null ? (req.body as Record<string, unknown>)['csrfToken'] : undefined;
  return typeof field === 'string' ? field : undefined;
}

/**
 * CSRF protection for every state-changing call (csrf-csrf's double submit): the token is an HMAC
 * of the session's id and a random value, given to the app in GET /auth/session and set in a
 * strict, httpOnly cookie; a request must bring it back in a header (or form field) that matches
 * the cookie and the session. A cross-site page can neither read it nor set that header. Requests
 * saying they come from another origin are refused before the token is looked at.
 */
export function csrfProtection(settings: CsrfSettings) {
  const keys = settings.secrets.map((secret) => Buffer.from(hkdfSync('sha256', secret, 'corredor-web', 'csrf tokens', 32)).toString('hex'));
  const { generateCsrfToken, validateRequest } = doubleCsrf({
    getSecret: () => keys,
    getSessionIdentifier: (req) => req.sessionID ?? '',
    cookieName: settings.secure ? '__Host-corredor-csrf' : 'corredor_csrf',
    cookieOptions: { sameSite: 'strict', path: '/', secure: settings.secure, httpOnly: true },
    getCsrfTokenFromRequest: tokenOf,
  });

  const crossSite = (req: Request) => {
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== settings.publicOrigin) return true;
    return req.headers['sec-fetch-site'] === 'cross-site';
  };

  /** Refuses (403 WEB.CSRF_INVALID) a state-changing request without a valid token for this session. */
  const requireToken: RequestHandler = (req, _res, next) => {
    if (SAFE.has(req.method)) return next();
    if (crossSite(req) || !validateRequest(req)) return next(csrfInvalid());
    next();
  };

  /** The session's token (the same one while its cookie lasts), for the app to send back. */
  const tokenFor = (req: Request, res: Response): string => generateCsrfToken(req, res);

  return { requireToken, tokenFor };
}
