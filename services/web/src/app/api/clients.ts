import createClient, { type Middleware } from 'openapi-fetch';
import type { paths as CasePaths } from './generated/case';
import type { paths as CentrePaths } from './generated/centre';
import type { paths as IntakePaths } from './generated/intake';
import type { paths as NotificationPaths } from './generated/notification';
import type { paths as ReferralPaths } from './generated/referral';
import type { paths as ReportingPaths } from './generated/reporting';
import { csrfToken, signInAgain } from '../session/session-state';

/**
 * The browser talks only to this app's server: /api/<service>/v1/... is forwarded to the service
 * with the signed-in person's token, which never reaches the browser. State-changing calls carry
 * the session's CSRF token; an expired session sends the person to sign in again.
 */
const session: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD') request.headers.set('X-CSRF-Token', csrfToken());
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) signInAgain();
    return response;
  },
};

function client<Paths extends object>(service: string) {
  const api = createClient<Paths>({ baseUrl: `/api/${service}/v1`, credentials: 'same-origin' });
  api.use(session);
  return api;
}

export const api = {
  intake: client<IntakePaths>('intake'),
  case: client<CasePaths>('case'),
  referral: client<ReferralPaths>('referral'),
  notification: client<NotificationPaths>('notification'),
  reporting: client<ReportingPaths>('reporting'),
  centre: client<CentrePaths>('centre'),
};

export type { CasePaths, CentrePaths, IntakePaths, NotificationPaths, ReferralPaths, ReportingPaths };
