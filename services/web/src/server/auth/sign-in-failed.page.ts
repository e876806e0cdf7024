import type { Request, Response } from 'express';
import { isLanguage, type Language } from '../preferences/preferences-store.port';

const TEXT: Record<Language, { title: string; body: string; again: string }> = {
  es: { title: 'No se pudo iniciar sesión', body: 'El inicio de sesión venció o no se completó.', again: 'Iniciar sesión de nuevo' },
  en: { title: 'Sign-in did not finish', body: 'The sign-in expired or was not completed.', again: 'Sign in again' },
  fr: { title: 'La connexion n’a pas abouti', body: 'La connexion a expiré ou n’a pas été terminée.', again: 'Se connecter à nouveau' },
  ht: { title: 'Koneksyon an pa fini', body: 'Koneksyon an ekspire oswa li pa fini.', again: 'Konekte ankò' },
};

/** The first of the person's languages the app speaks (Accept-Language), Spanish otherwise. */
function languageOf(req: Request): Language {
  for (const range of (req.headers['accept-language'] ?? '').split(',')) {
    const primary = range.split(';')[0]?.trim().split('-')[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return 'es';
}

/**
 * What a browser sent back from the provider sees when its sign-in cannot finish (expired, started
 * in another browser, refused): a page, not JSON, with a way to start again. No script, no style.
 */
export function sendSignInFailed(req: Request, res: Response, status: number): void {
  const language = languageOf(req);
  const text = TEXT[language];
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .type('html')
    .send(
      `<!doctype html>\n<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text.title} · Corredor</title></head>` +
        `<body><main><h1>${text.title}</h1><p>${text.body}</p><p><a href="/auth/sign-in">${text.again}</a></p></main></body></html>\n`,
    );
}
