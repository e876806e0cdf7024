import { ACCESS_MATRIX, API_SERVICES, CENTRE_STAFF_ROLES, HTTP_METHODS, ROLES, TOPICS, routeKey, type ApiService, type HttpMethod, type Role, type RouteKey } from '@corredor/contracts';
import { changeTestCentre, networkTokenFor, TEST_CENTRES, TEST_NETWORK, tokenFor } from '@corredor/service-kit/testing';
import request from 'supertest';
import { demoIntake } from '../demo-intake';
import { probePlatform, type ProbePlatform } from './probe-platform';

/**
 * The access matrix (packages/contracts/src/access/access-matrix.ts) against the six running
 * services, walked from each one's OpenAPI document: every operation has a row and every row an
 * operation; without a token every operation answers 401; every role outside its row gets 403; a
 * record of centre A addressed by centre B's staff is a 404 that writes nothing; and a tenant forged
 * in the body, the query string or a header never makes a request act on another centre.
 */

/** Centre A holds the records; centre B's staff try to reach them. */
const A = 'tijuana';
const B = 'tapachula';
/** Operators act for a network: B's operator belongs to another one. */
const NETWORK_A = TEST_NETWORK;
const NETWORK_B = 'red-sur';
/** Where A's case is being transferred: a third centre, so B is no party to the transfer. */
const THIRD = 'motozintla';
const FORGED = { centre: A, tenant: A, tenantId: A, network: NETWORK_A };
const FORGED_HEADERS = { 'X-Centre-Id': A, 'X-Tenant-Id': A };

interface Operation {
  service: ApiService;
  method: HttpMethod;
  /** Express style, relative to /v1. */
  path: string;
  key: RouteKey;
  xRoles: readonly string[];
}

type OpenApiDocument = { paths?: Record<string, Record<string, { 'x-roles'?: string[] }>> };

const isMethod = (value: string): value is HttpMethod => (HTTP_METHODS as readonly string[]).includes(value);

async function operationsOf(platform: ProbePlatform, service: ApiService): Promise<Operation[]> {
  const document = (await request(platform.apps[service].app).get('/openapi.json')).body as OpenApiDocument;
  return Object.entries(document.paths ?? {}).flatMap(([openApiPath, operations]) =>
    Object.entries(operations).flatMap(([method, operation]) => {
      const upper = method.toUpperCase();
      if (!isMethod(upper)) return [];
      const path = openApiPath.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');
      return [{ service, method: upper, path, key: routeKey(upper, path), xRoles: operation['x-roles'] ?? [] }];
    }),
  );
}

const rolesOf = (operation: Operation): readonly Role[] => (ACCESS_MATRIX[operation.service] as Record<RouteKey, readonly Role[] | undefined>)[operation.key] ?? [];
const hasParams = (operation: Operation) => operation.path.includes('/:');
const isNetworkRole = (role: Role) => !(CENTRE_STAFF_ROLES as readonly Role[]).includes(role);

async function bearer(role: Role, centre: string, network: string): Promise<string> {
  const token = isNetworkRole(role) ? await networkTokenFor(network, [role], `${role}@${network}`) : await tokenFor(centre, [role], `${role}@${centre}`);
  return `Bearer ${token}`;
}

/** Centre A's records, made through the APIs as the centre's staff would: the ids every path parameter is filled with. */
interface Records {
  personId: string;
  intakeId: string;
  consentId: string;
  caseId: string;
  caseVersion: number;
  serviceId: string;
  claimId: string;
  hearingId: string;
  noteId: string;
  taskId: string;
  transferId: string;
  partnerId: string;
  referralId: string;
  notificationId: string;
  staffId: string;
  sharingAgreementId: string;
}

const centreSpec = (city: string, network: string) => ({
  name: `Centro de Recursos para Trabajadores Migrantes ${city}`,
  city,
  country: 'MX',
  timeZone: 'America/Tijuana',
  languages: ['es', 'ht'],
  services: ['guidance', 'accompaniment', 'referral'],
  networks: [network],
});

async function createRecords(platform: ProbePlatform): Promise<Records> {
  for (const built of Object.values(platform.apps)) changeTestCentre(built.centres, THIRD, { name: 'CRTM Motozintla', city: 'Motozintla' });
  const coordinator = await bearer('coordinator', A, NETWORK_A);
  const operator = await bearer('operator', A, NETWORK_A);
  const call = async (service: ApiService, method: 'get' | 'post' | 'put', path: string, auth: string, body?: object, expected = [200, 201]) => {
    const res = await request(platform.apps[service].app)[method](`/v1${path}`).set('Authorization', auth).send(body);
    if (!expected.includes(res.status)) throw new Error(`scenario: ${method.toUpperCase()} ${path} answered ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Record<string, unknown> & { id: string };
  };

  for (const [id, city] of [
    [A, TEST_CENTRES.tijuana.city],
    [B, TEST_CENTRES.tapachula.city],
  ] as const) {
    await call('centre', 'put', `/centres/${id}`, operator, centreSpec(city, NETWORK_A));
  }
  const invited = await call('centre', 'post', '/staff/invitations', coordinator, { name: 'Rosa Pérez', email: 'rosa@tijuana.example.org', roles: ['promoter'] });
  // The invitation answers `{ account, invitation }`: the staff routes take the account's id.
  const staff = invited['account'] as { id: string } | undefined;
  if (!staff) throw new Error('scenario: the invitation answered no account');
  await call('intake', 'put', '/intake-form', coordinator, { questions: [{ id: 'sends-remittances', type: 'boolean', labels: { es: '¿Envía dinero a su familia?' }, required: false }], expectedVersion: 0 });

  const intake = await call('intake', 'post', '/intakes', coordinator, demoIntake());
  await platform.settle();
  const personId = String(intake['personId']);
  const consents = (await call('intake', 'get', `/people/${personId}/consents`, coordinator))['items'] as Array<{ id: string }>;
  const cases = (await call('case', 'get', '/cases', coordinator))['items'] as Array<{ id: string; personId: string; version: number }>;
  const kase = cases.find((candidate) => candidate.personId === personId);
  if (!kase || !consents[0]) throw new Error('scenario: the intake opened no case, or recorded no consent');
  const caseId = kase.id;

  const service = await call('case', 'post', `/cases/${caseId}/services`, coordinator, { type: 'labour-rights-guidance', deliveredOn: '2026-11-23' });
  const claim = await call('case', 'post', `/cases/${caseId}/labour-claims`, coordinator, { employer: 'Constructora del Norte', claimType: 'unpaid-wages', authority: 'conciliation-centre', currency: 'MXN' });
  const withHearing = await call('case', 'post', `/cases/${caseId}/labour-claims/${claim.id}/hearings`, coordinator, { on: '2026-12-01', kind: 'conciliation' });
  const hearing = (withHearing['hearings'] as Array<{ id: string }> | undefined)?.[0];
  const note = await call('case', 'post', `/cases/${caseId}/notes`, coordinator, { body: 'Trae su contrato el lunes.', visibility: 'centre' });
  const task = await call('case', 'post', `/cases/${caseId}/tasks`, coordinator, { kind: 'call-back', title: 'Llamar el lunes', due: { dueOn: '2026-11-24' } });
  const transfer = await call('case', 'post', `/cases/${caseId}/transfers`, coordinator, { toCentre: THIRD, reason: 'Se muda a Motozintla' });
  const partner = await call('referral', 'post', '/partners', coordinator, { name: 'Casa del Migrante', services: ['shelter'], agreementSigned: true });
  await call('intake', 'post', `/people/${personId}/consents`, coordinator, { purpose: 'share-with-partner', partnerId: partner.id });
  await platform.settle();
  const referral = await call('referral', 'post', `/cases/${caseId}/referrals`, coordinator, { partnerId: partner.id, need: 'shelter' });
  const notifications = (await call('notification', 'get', '/notifications', coordinator))['items'] as Array<{ id: string }>;
  const sharingAgreement = await call('reporting', 'post', '/sharing-agreements', coordinator, sharingAgreementSpec(NETWORK_A, '2026-01-01'));
  const current = await call('case', 'get', `/cases/${caseId}`, coordinator);
  if (!hearing || !notifications[0]) throw new Error('scenario: no hearing, or no notification of the new case');
  return {
    personId,
    intakeId: intake.id,
    consentId: consents[0].id,
    caseId,
    caseVersion: Number(current['version']),
    serviceId: service.id,
    claimId: claim.id,
    hearingId: hearing.id,
    noteId: note.id,
    taskId: task.id,
    transferId: transfer.id,
    partnerId: partner.id,
    referralId: referral.id,
    notificationId: notifications[0].id,
    staffId: staff.id,
    sharingAgreementId: sharingAgreement.id,
  };
}

/** What centre A shares with a network: people served by sex, monthly. */
const sharingAgreementSpec = (network: string, from: string) => ({ network, indicators: [{ indicator: 'people-served', breakdowns: [['sex']] }], from, periodKind: 'month' });

/** Each path parameter, by route, filled with A's record. */
function pathOf(operation: Operation, records: Records): string {
  const byName: Record<string, string> = {
    consentId: records.consentId,
    serviceId: records.serviceId,
    claimId: records.claimId,
    hearingId: records.hearingId,
    noteId: records.noteId,
    taskId: records.taskId,
    caseId: records.caseId,
    referralId: records.referralId,
    centreId: A,
    version: '1',
  };
  const idOf = (): string => {
    const [first] = operation.path.split('/').filter(Boolean);
    if (operation.service === 'centre') return first === 'centres' ? A : records.staffId;
    switch (first) {
      case 'people':
        return records.personId;
      case 'intakes':
        return records.intakeId;
      case 'cases':
        return records.caseId;
      case 'transfers':
        return records.transferId;
      case 'notifications':
        return records.notificationId;
      case 'sharing-agreements':
        return records.sharingAgreementId;
      default:
        throw new Error(`no record of A for ${operation.key}: say which in pathOf`);
    }
  };
  return operation.path.replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) => (name === 'id' ? idOf() : (byName[name] ?? `<no ${name}>`)));
}

/**
 * A valid body for each write, so a refusal is about who asks, never about what they sent (an
 * invalid body would be a 422 before any record is looked up). Writes without a body send none.
 */
function bodyOf(operation: Operation, records: Records, network: string): object | undefined {
  const expectedVersion = records.caseVersion;
  const bodies: Partial<Record<RouteKey, object>> = {
    'PUT /intake-form': { questions: [], expectedVersion: 1 },
    'POST /intakes': demoIntake(),
    'POST /people/matches': { name: 'Marie Joseph', yearOfBirth: 1994 },
    'POST /people/:id/consents': { purpose: 'store-data' },
    'POST /cases/:id/activate': { expectedVersion },
    'PUT /cases/:id/assignee': { assignee: 'promoter@tapachula', expectedVersion },
    'POST /cases/:id/close': { outcome: 'resolved', expectedVersion },
    'POST /cases/:id/closure/sign-off': { expectedVersion },
    'POST /cases/:id/closure/reject': { expectedVersion },
    'POST /cases/:id/reopen': { expectedVersion },
    'POST /cases/:id/services': { type: 'labour-rights-guidance', deliveredOn: '2026-11-23' },
    'POST /cases/:id/services/:serviceId/void': { reason: 'Registrado por error' },
    'POST /cases/:id/labour-claims': { employer: 'Constructora del Norte', claimType: 'unpaid-wages', authority: 'conciliation-centre', currency: 'MXN' },
    'PATCH /cases/:id/labour-claims/:claimId': { expectedVersion: 1, employer: 'Otra Constructora' },
    'POST /cases/:id/labour-claims/:claimId/hearings': { on: '2026-12-02', kind: 'conciliation' },
    'PATCH /cases/:id/labour-claims/:claimId/hearings/:hearingId': { outcome: 'held', expectedVersion: 2 },
    'POST /cases/:id/notes': { body: 'Otra nota.', visibility: 'centre' },
    'POST /cases/:id/tasks': { kind: 'call-back', title: 'Llamar', due: { dueOn: '2026-11-24' } },
    'PATCH /tasks/:taskId': { expectedVersion: 1, title: 'Llamar otra vez' },
    'POST /tasks/:taskId/complete': {},
    'POST /tasks/:taskId/cancel': {},
    'POST /cases/:id/transfers': { toCentre: THIRD },
    'POST /transfers/:id/decline': { reason: 'no-capacity' },
    'POST /partners': { name: 'Albergue del Sur', services: ['shelter'] },
    'PUT /centres/:centreId/partner-directory': { organisations: [{ name: 'Casa del Migrante', services: ['food'] }] },
    'POST /cases/:caseId/referrals': { partnerId: records.partnerId, need: 'shelter' },
    'POST /cases/:caseId/referrals/:referralId/outcome': { outcome: 'completed' },
    'PUT /centres/:id': centreSpec('Tijuana', network),
    'PUT /centres/:id/coordinator': { name: 'Luis Gómez', email: 'luis@example.org' },
    'POST /staff/invitations': { name: 'Ana Ruiz', email: 'ana@example.org', roles: ['lawyer'] },
    'PUT /staff/:id/roles': { roles: ['lawyer'] },
    'POST /people/:id/erasure': { reason: 'person-request' },
    'POST /sharing-agreements': sharingAgreementSpec(network, '2027-01-01'),
    'PUT /reports/settings': { staffReportAccess: 'all-staff' },
    // Destruction is confirmed by typing the centre's id (the :id of the path: always A here).
    'POST /centres/:id/data-key/destruction': { confirmation: A },
  };
  return bodies[operation.key];
}

/**
 * Where a generic rule cannot hold for a route, the rule it breaks and why. Nothing is skipped
 * silently: an operation with no exception gets every rule.
 */
const CROSS_CENTRE_EXCEPTIONS: Partial<Record<`${ApiService} ${RouteKey}`, { status: number; reason: string }>> = {
  'centre PUT /centres/:id': {
    status: 409,
    reason: "Centre ids are global: another network's operator declaring a taken id must learn it is taken (CENTRE.ID_TAKEN) to choose another; nothing of the centre is shown or changed",
  },
};

/** An entry of a service's audit trail, as stored. */
interface StoredAuditEntry {
  id: string;
  centre: string;
  action: string;
  actor: { userId: string };
  record: { type: string; id: string };
}

/** Every service's audit trail, as stored. */
function auditEntries(platform: ProbePlatform): StoredAuditEntry[] {
  return platform.stores
    .collections()
    .filter((collection) => collection.name === 'audit_trail')
    .flatMap((collection) => collection.contents() as StoredAuditEntry[]);
}

/**
 * Everything a request could have written: every store but the audit trail, and every message on
 * the bus. The audit trail is watched on its own: a 404 on another centre's record must add an
 * entry (issue 10, item 4), to the caller's trail and to no other.
 */
function observe(platform: ProbePlatform) {
  const collections = platform.stores.collections();
  const stores = JSON.stringify(collections.filter((collection) => collection.name !== 'audit_trail').map((collection) => [collection.name, collection.contents()]));
  const messages = Object.values(TOPICS).flatMap((topic) => platform.bus.messages(topic));
  return { stores, audit: auditEntries(platform), messages };
}

const addedEntries = (before: readonly StoredAuditEntry[], after: readonly StoredAuditEntry[]) => {
  const seen = new Set(before.map((entry) => entry.id));
  return after.filter((entry) => !seen.has(entry.id));
};

/** The kit keeps a probed id only when it is a UUID; anything else (a form's version number) is recorded as this. */
const NOT_AN_ID = '[not-an-id]';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const namesPathRecord = (path: string, id: string) => {
  const segments = path.split('/').filter(Boolean);
  return segments.includes(id) || (id === NOT_AN_ID && !UUID.test(segments[segments.length - 1] ?? ''));
};

/**
 * The audit entry a 404 on another centre's record must leave: one `record.not-found` entry in the
 * CALLER's centre trail, by the caller, naming one of the ids of the path; nothing in A's trail.
 * Operators act for a network, not a centre: there is no centre trail of theirs for the probe to go
 * in (and writing it into A's would change A), so for them the rule is only that A's trail is untouched.
 */
function probeEntryProblems(added: readonly StoredAuditEntry[], path: string, role: Role): string[] {
  const problems: string[] = [];
  if (added.some((entry) => entry.centre !== B)) problems.push('an audit entry outside the caller’s centre');
  if (isNetworkRole(role)) return added.length === 0 ? problems : [...problems, `${added.length} audit entries for a network role`];
  const probes = added.filter((entry) => entry.centre === B && entry.action === 'record.not-found' && entry.actor.userId === `${role}@${B}` && namesPathRecord(path, entry.record.id));
  if (probes.length !== 1 || added.length !== 1) problems.push(`audit entries ${JSON.stringify(added.map((entry) => [entry.centre, entry.action, entry.record.type]))}, not one record.not-found naming the path's record`);
  return problems;
}

/** Centre A's data only: its documents in every store, its audit trail included, and the messages about it. */
function observeCentre(platform: ProbePlatform, centre: string) {
  const mentions = (value: unknown) => JSON.stringify(value).includes(`"${centre}"`);
  const collections = platform.stores.collections();
  return {
    stores: JSON.stringify(collections.map((collection) => [collection.name, collection.contents().filter(mentions)])),
    messages: Object.values(TOPICS).flatMap((topic) => platform.bus.messages(topic)).filter(mentions).length,
  };
}

/**
 * What an answer shows of A. One exception, by design: B's own audit trail lists the 404s B's staff
 * met, each naming the id they sent (issue 10, item 4: "another centre's id → 404 … and an audit
 * entry"). B typed those ids; the entry tells B's coordinators someone probed. Only B's own
 * `record.not-found` entries by B's own staff are set aside; any other entry naming A's records leaks.
 */
function shownOf(operation: Operation, body: unknown): unknown {
  if (operation.key !== 'GET /audit-trail' || typeof body !== 'object' || body === null) return body;
  const items = (body as { items?: unknown }).items;
  if (!Array.isArray(items)) return body;
  const ownProbe = (item: unknown) => {
    const entry = item as Partial<StoredAuditEntry>;
    return entry.action === 'record.not-found' && typeof entry.actor?.userId === 'string' && entry.actor.userId.endsWith(`@${B}`);
  };
  return { ...body, items: items.filter((item) => !ownProbe(item)) };
}

async function send(platform: ProbePlatform, operation: Operation, path: string, auth: string | null, options: { body?: object; query?: object; headers?: Record<string, string> } = {}) {
  const method = operation.method.toLowerCase() as Lowercase<HttpMethod>;
  let req = request(platform.apps[operation.service].app)[method](`/v1${path}`);
  if (auth) req = req.set('Authorization', auth);
  for (const [name, value] of Object.entries(options.headers ?? {})) req = req.set(name, value);
  if (options.query) req = req.query(options.query);
  return options.body === undefined ? req : req.send(options.body);
}

describe('the access matrix, walked through every service', () => {
  let platform: ProbePlatform;
  let records: Records;
  const operations: Partial<Record<ApiService, Operation[]>> = {};
  const of = (service: ApiService): Operation[] => operations[service] ?? [];

  beforeAll(async () => {
    platform = await probePlatform();
    records = await createRecords(platform);
    for (const service of API_SERVICES) operations[service] = await operationsOf(platform, service);
  });
  afterAll(async () => platform.stop());

  describe.each(API_SERVICES)('%s', (service) => {
    it('has a row for every operation in the OpenAPI document, an operation for every row, and documents the row as x-roles', () => {
      const documented = of(service).map((operation) => operation.key);
      expect(documented.length).toBeGreaterThan(0);
      expect(documented.filter((key) => !(key in ACCESS_MATRIX[service]))).toEqual([]);
      expect(Object.keys(ACCESS_MATRIX[service]).filter((key) => !documented.includes(key as RouteKey))).toEqual([]);
      expect(of(service).filter((operation) => operation.xRoles.join() !== rolesOf(operation).join()).map((operation) => operation.key)).toEqual([]);
    });

    it('answers 401 to every operation without a token', async () => {
      const answers: string[] = [];
      for (const operation of of(service)) {
        const res = await send(platform, operation, pathOf(operation, records), null, { body: bodyOf(operation, records, NETWORK_A) });
        if (res.status !== 401) answers.push(`${operation.key}: ${res.status}`);
      }
      expect(answers).toEqual([]);
    });

    it('answers 403 to every role outside the row, staff and network roles alike, and writes nothing', async () => {
      const answers: string[] = [];
      for (const operation of of(service)) {
        for (const role of ROLES.filter((candidate) => !rolesOf(operation).includes(candidate))) {
          const before = observe(platform);
          const res = await send(platform, operation, pathOf(operation, records), await bearer(role, A, NETWORK_A), { body: bodyOf(operation, records, NETWORK_A) });
          const after = observe(platform);
          if (res.status !== 403 || after.stores !== before.stores || after.messages.length !== before.messages.length) answers.push(`${operation.key} as ${role}: ${res.status}`);
        }
      }
      expect(answers).toEqual([]);
    });

    it("answers 404 when another centre's staff address a record of centre A, and writes nothing", async () => {
      const answers: string[] = [];
      for (const operation of of(service).filter(hasParams)) {
        const [role] = rolesOf(operation);
        if (!role) continue;
        const expected = CROSS_CENTRE_EXCEPTIONS[`${service} ${operation.key}`]?.status ?? 404;
        const path = pathOf(operation, records);
        const before = observe(platform);
        const res = await send(platform, operation, path, await bearer(role, B, NETWORK_B), { body: bodyOf(operation, records, NETWORK_B) });
        const after = observe(platform);
        const added = addedEntries(before.audit, after.audit);
        const audit = res.status === 404 ? probeEntryProblems(added, path, role) : added.filter((entry) => entry.centre === A).map(() => 'an audit entry in A’s trail');
        const attempt = { status: res.status, written: after.stores !== before.stores, published: after.messages.length - before.messages.length, audit };
        if (attempt.status !== expected || attempt.written || attempt.published !== 0 || audit.length > 0) answers.push(`${operation.key} as ${role} of ${B}: ${JSON.stringify(attempt)}`);
      }
      expect(answers).toEqual([]);
    });

    it('ignores a tenant forged in the body, the query string and the headers: nothing of centre A is read or changed', async () => {
      const secrets = [...Object.values(records).filter((value): value is string => typeof value === 'string'), 'Marie Joseph'];
      const answers: string[] = [];
      for (const operation of of(service)) {
        const [role] = rolesOf(operation);
        if (!role) continue;
        const body = bodyOf(operation, records, NETWORK_B);
        const before = observeCentre(platform, A);
        const res = await send(platform, operation, pathOf(operation, records), await bearer(role, B, NETWORK_B), {
          ...(body === undefined && operation.method === 'GET' ? {} : { body: { ...body, ...FORGED } }),
          query: FORGED,
          headers: FORGED_HEADERS,
        });
        const after = observeCentre(platform, A);
        const leaked = secrets.filter((secret) => JSON.stringify(shownOf(operation, res.body)).includes(secret));
        const crossCentreStatus = CROSS_CENTRE_EXCEPTIONS[`${service} ${operation.key}`]?.status ?? 404;
        const refused = !hasParams(operation) || [crossCentreStatus, 422].includes(res.status);
        if (!refused || leaked.length > 0 || after.stores !== before.stores || after.messages !== before.messages || res.status >= 500) {
          answers.push(`${operation.key} as ${role} of ${B}: ${res.status}${leaked.length > 0 ? ` showing ${leaked.join(', ')}` : ''}`);
        }
      }
      expect(answers).toEqual([]);
    });
  });
});
