import { existsSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '@corredor/contracts';
import compression from 'compression';
import express, { Router } from 'express';

/** The built app: services/web/dist/public, from the sources (src/server) as from the build (dist/server). */
export const DEFAULT_PUBLIC_DIR = path.resolve(__dirname, '../../../dist/public');

/** Paths the app's own routes answer; anything else a browser GETs is a screen of the app. */
const SERVER_PATHS = /^\/(auth|api)(\/|$)|^\/(healthz|readyz)$/;

const NO_CACHE = 'no-cache';

/**
 * The built app: hashed assets (/assets/...) cached for a year as immutable (a new build has new
 * names), everything else revalidated; any other GET is a screen of the app, answered with
 * index.html (the router in the browser takes it from there). A missing asset is a 404, not the
 * page, so a stale chunk fails as one. The app goes out compressed (gzip or brotli, as the
 * browser accepts): on a poor connection the first screen's script is about a third of its size.
 * Only the app's files: answers holding a CSRF token or people's data are not compressed (BREACH).
 */
export function staticApp(publicDir: string): Router {
  const router = Router();
  router.use(compression());
  const indexHtml = path.join(publicDir, 'index.html');
  router.use('/assets', express.static(path.join(publicDir, 'assets'), { immutable: true, maxAge: '365d', index: false, redirect: false, fallthrough: true }));
  router.use('/assets', (_req, _res, next) => next(new DomainError('WEB.NOT_FOUND', 'not-found', 'There is no such file.')));
  router.use(
    express.static(publicDir, {
      index: false,
      redirect: false,
      setHeaders: (res) => res.setHeader('Cache-Control', NO_CACHE),
    }),
  );
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_PATHS.test(req.path)) return next();
    if (!existsSync(indexHtml)) return next(new DomainError('WEB.APP_NOT_BUILT', 'not-found', 'The app is not built: run `npm run build`.'));
    res.setHeader('Cache-Control', NO_CACHE);
    res.sendFile(indexHtml, { dotfiles: 'deny' }, (error) => {
      if (error) next(error);
    });
  });
  return router;
}
