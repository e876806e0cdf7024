import { CENTRE_STAFF_ROLES, type Role } from '../identifiers';

/** The services with a /v1 API, each a section of the access matrix. */
export const API_SERVICES = ['intake', 'case', 'referral', 'notification', 'reporting', 'centre'] as const;
export type ApiService = (typeof API_SERVICES)[number];

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** `METHOD /path`, the path express-style and relative to /v1: `GET /cases/:id`. */
export type RouteKey = `${HttpMethod} /${string}`;

/** One service's routes and the roles that may call each. */
export type AccessSection = Readonly<Record<RouteKey, readonly Role[]>>;

export function routeKey(method: HttpMethod | Lowercase<HttpMethod>, path: string): RouteKey {
  return `${method.toUpperCase() as HttpMethod} /${path.replace(/^\/+/, '')}`;
}

/** Everyone on a centre's staff: interpreters included. */
const STAFF = CENTRE_STAFF_ROLES;
/** Staff who carry a case: everyone but interpreters (who cannot close, transfer or refer). */
const CASEWORKERS = ['coordinator', 'promoter', 'lawyer'] as const satisfies readonly Role[];
const COORDINATORS = ['coordinator'] as const satisfies readonly Role[];
/** The network's operators: the centres and their first coordinators, never a centre's people. */
const OPERATORS = ['operator'] as const satisfies readonly Role[];
/** A network's analysts: the figures its member centres share with it, suppressed, never a centre's own report. */
const NETWORK_ANALYSTS = ['network-analyst'] as const satisfies readonly Role[];
/** Who may see which member centres share with a network, and under which agreement (no figures). */
const NETWORK_MEMBERS = ['operator', 'network-analyst'] as const satisfies readonly Role[];

/** Each service's record of who looked at whose data (served by the kit on every service). */
const AUDIT_TRAIL = {
  'GET /audit-trail': COORDINATORS,
  'GET /audit-trail/verification': COORDINATORS,
} as const satisfies AccessSection;

/**
 * Who may call what, for every route of every service's /v1 API: the one place roles are decided.
 * A route takes its roles from its row (a route without one fails when the app is built), x-roles
 * in the OpenAPI document comes from the same row, and a generated test checks every row against
 * the running services (infra/platform/src/security/access-matrix.unit.test.ts). Rules that depend
 * on the data itself (a restricted note, a high-priority closure) stay with the services' policies.
 * Network analysts have rows only in reporting's network view: suppressed figures that centres
 * chose to share with their network, never anything of a centre's people.
 */
export const ACCESS_MATRIX = {
  intake: {
    'POST /intakes': STAFF,
    'GET /intakes/:id': STAFF,
    'POST /people/matches': STAFF,
    'GET /people/:id': STAFF,
    'POST /people/:id/erasure': COORDINATORS,
    'GET /people/:id/intakes': STAFF,
    'GET /people/:id/consents': STAFF,
    'POST /people/:id/consents': STAFF,
    'POST /people/:id/consents/:consentId/withdraw': STAFF,
    'GET /intake-form': STAFF,
    'GET /intake-form/versions/:version': STAFF,
    'PUT /intake-form': COORDINATORS,
    ...AUDIT_TRAIL,
  },
  case: {
    'GET /cases': STAFF,
    'GET /cases/:id': STAFF,
    'POST /cases/:id/activate': STAFF,
    'PUT /cases/:id/assignee': COORDINATORS,
    'POST /cases/:id/close': CASEWORKERS,
    'POST /cases/:id/closure/sign-off': COORDINATORS,
    'POST /cases/:id/closure/reject': COORDINATORS,
    'POST /cases/:id/reopen': CASEWORKERS,
    'GET /cases/:id/timeline': STAFF,
    'POST /cases/:id/services': STAFF,
    'GET /cases/:id/services': STAFF,
    'POST /cases/:id/services/:serviceId/void': STAFF,
    'POST /cases/:id/labour-claims': CASEWORKERS,
    'GET /cases/:id/labour-claims': STAFF,
    'GET /cases/:id/labour-claims/:claimId': STAFF,
    'PATCH /cases/:id/labour-claims/:claimId': CASEWORKERS,
    'POST /cases/:id/labour-claims/:claimId/hearings': CASEWORKERS,
    'PATCH /cases/:id/labour-claims/:claimId/hearings/:hearingId': CASEWORKERS,
    'POST /cases/:id/notes': STAFF,
    'GET /cases/:id/notes': STAFF,
    'GET /cases/:id/notes/:noteId': STAFF,
    'POST /cases/:id/tasks': STAFF,
    'GET /cases/:id/tasks': STAFF,
    'GET /tasks': STAFF,
    'PATCH /tasks/:taskId': STAFF,
    'POST /tasks/:taskId/complete': STAFF,
    'POST /tasks/:taskId/cancel': STAFF,
    'POST /cases/:id/transfers': CASEWORKERS,
    'GET /transfers': STAFF,
    'GET /transfers/:id': STAFF,
    'POST /transfers/:id/accept': COORDINATORS,
    'POST /transfers/:id/decline': COORDINATORS,
    'POST /transfers/:id/cancel': CASEWORKERS,
    ...AUDIT_TRAIL,
  },
  referral: {
    'POST /partners': COORDINATORS,
    'GET /partners': STAFF,
    'PUT /centres/:centreId/partner-directory': OPERATORS,
    'POST /cases/:caseId/referrals': CASEWORKERS,
    'GET /cases/:caseId/referrals': STAFF,
    'POST /cases/:caseId/referrals/:referralId/outcome': CASEWORKERS,
    ...AUDIT_TRAIL,
  },
  notification: {
    'GET /notifications': STAFF,
    'POST /notifications/:id/read': STAFF,
    ...AUDIT_TRAIL,
  },
  reporting: {
    // In-centre reports: all staff reach the route; the centre's report settings decide whether promoters and interpreters read them (reporting-policy.ts).
    'GET /reports/people-served': STAFF,
    'GET /reports/indicators': STAFF,
    'GET /reports/settings': STAFF,
    'PUT /reports/settings': COORDINATORS,
    'POST /sharing-agreements': COORDINATORS,
    'GET /sharing-agreements': STAFF,
    'GET /sharing-agreements/:id': STAFF,
    'POST /sharing-agreements/:id/revocation': COORDINATORS,
    'GET /network-view/centres': NETWORK_MEMBERS,
    'GET /network-view/centres/:centreId': NETWORK_MEMBERS,
    'GET /network-view/figures': NETWORK_ANALYSTS,
    // The projection's generations and its rebuild from the event log: the platform's operators, who see no figure there.
    'GET /projection': OPERATORS,
    'POST /projection/rebuilds': OPERATORS,
    ...AUDIT_TRAIL,
  },
  centre: {
    'GET /centres': OPERATORS,
    'GET /centres/:id': OPERATORS,
    'PUT /centres/:id': OPERATORS,
    'POST /centres/:id/suspend': OPERATORS,
    'POST /centres/:id/reactivate': OPERATORS,
    'POST /centres/:id/archive': OPERATORS,
    'POST /centres/:id/data-key/destruction': OPERATORS,
    'PUT /centres/:id/coordinator': OPERATORS,
    'POST /centres/:id/coordinator/invitation': OPERATORS,
    'GET /staff': COORDINATORS,
    'POST /staff/invitations': COORDINATORS,
    'POST /staff/:id/invitation': COORDINATORS,
    'PUT /staff/:id/roles': COORDINATORS,
    'POST /staff/:id/deactivate': COORDINATORS,
    'POST /staff/:id/reactivate': COORDINATORS,
    'POST /staff/:id/second-factor/reset': COORDINATORS,
    'GET /me': STAFF,
    // The caller's own centre (name, city, time zone, languages): what the staff web app shows and formats with.
    'GET /centre': STAFF,
    ...AUDIT_TRAIL,
  },
} as const satisfies Record<ApiService, AccessSection>;

/** The section of a service: what its ApiRoutes is built on. */
export function accessSection(service: ApiService): AccessSection {
  return ACCESS_MATRIX[service];
}
