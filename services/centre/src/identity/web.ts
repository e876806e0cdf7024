import type { Request, RequestHandler, Response } from 'express';
import { negotiateLanguage, supportedLanguage, type Language, type LanguageHints } from './i18n';
import { pageFrame, pageHeaders, type PageFrame } from './pages/layout';

/** The language the person picked with the switch: a preference, not personal data. */
export const LANGUAGE_COOKIE = 'corredor_lang';

/** One cookie's value from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(value.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export interface CookieOptions {
  path: string;
  maxAgeSeconds: number;
  secure: boolean;
}

export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${options.path}`,
    `Max-Age=${options.maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

/** `?lang=ht` on any sign-in page: remember the choice for the pages that follow. */
export const rememberLanguageChoice: RequestHandler = (req, res, next) => {
  const chosen = supportedLanguage(typeof req.query['lang'] === 'string' ? req.query['lang'] : undefined);
  if (chosen) res.append('Set-Cookie', serializeCookie(LANGUAGE_COOKIE, chosen, { path: '/', maxAgeSeconds: 365 * 24 * 3600, secure: req.secure }));
  next();
};

/** The language of a page: the switch (this request's or a remembered one), then the hints. */
export function languageOf(req: Request, hints: Omit<LanguageHints, 'chosen' | 'acceptLanguage'> = {}): Language {
  const query = typeof req.query['lang'] === 'string' ? req.query['lang'] : undefined;
  return negotiateLanguage({
    ...hints,
    chosen: supportedLanguage(query) ?? readCookie(req.headers.cookie, LANGUAGE_COOKIE),
    acceptLanguage: req.headers['accept-language'],
  });
}

/** A page frame whose language switch reloads `path` (a GET page) in another language. */
export function frameFor(language: Language, path: string | null): PageFrame {
  return pageFrame(language, path === null ? null : (other) => `${path}?lang=${other}`);
}

export function sendPage(res: Response, frame: PageFrame, status: number, body: string, formTargets: readonly string[]): void {
  res.status(status).set(pageHeaders(frame, formTargets)).send(body);
}
