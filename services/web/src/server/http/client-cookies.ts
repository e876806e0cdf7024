import type { RequestHandler } from 'express';

/** The request's cookies by name (the first of a name wins, as browsers send the most specific first). */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    if (name in cookies) continue;
    const raw = part.slice(at + 1).trim().replace(/^"(.*)"$/, '$1');
    try {
      cookies[name] = decodeURIComponent(raw);
    } catch {
      cookies[name] = raw;
    }
  }
  return cookies;
}

/** `req.cookies`, which the CSRF check reads (express-session reads its own cookie itself). */
export const readCookies: RequestHandler = (req, _res, next) => {
  req.cookies ??= parseCookies(req.headers.cookie);
  next();
};
