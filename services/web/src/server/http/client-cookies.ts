import { parse } from 'cookie';
import type { RequestHandler } from 'express';

/** `req.cookies`, which the CSRF check reads (express-session reads its own cookie itself); the first of a name wins. */
export const readCookies: RequestHandler = (req, _res, next) => {
  req.cookies ??= parse(req.headers.cookie ?? '');
  next();
};
