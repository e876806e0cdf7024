import type { Role } from '@corredor/contracts';
import request from 'supertest';
import { demoIntake } from '../demo-intake';
import { PROBED_SERVICES, probePlatform, type ProbedService, type ProbePlatform } from './probe-platform';

/**
 * Issue 10, item 5: every write and every search of every service, sent Mongo operators, prototype
 * pollution keys, wrong types, deep nesting, invalid UTF-8 and bodies over the limit, one field at a
 * time on a body the route accepts. Each must be refused (problem+json) before anything is stored
 * or published.
 */

type Json = Record<string, unknown>;
interface Operation {
  service: ProbedService;
  method: string;
  path: string;
  roles: Role[];
  queryParams: string[];
  hasBody: boolean;
}

/** Statuses that say "your request is wrong": nothing else may answer an attack on input. */
const REFUSED = [400, 413, 415, 422];

/** Ids of the records a route's path names, seeded once per route on a fresh platform. */
interface Seeded {
  personId: string;
  consentId: string;
  caseId: string;
  caseVersion: number;
  taskId: string;
  serviceId: string;
  claimId: string;
  hearingId: string;
  partnerId: string;
  referralId: string;
  staffId: string;
  transferId: string;
  notificationId: string;
  sharingAgreementId: string;
}

interface Route {
  /** Who calls it (a permitted role; the centre that holds the record). */
  centre?: string;
  body?: (s: Seeded) => Json;
  /** A search's base query (a valid one). */
  query?: Json;
}

const NEW_CLAIM = { employer: 'Maquiladora del Pacífico', claimType: 'unpaid-wages', authority: 'conciliation-centre', currency: 'MXN', amounts: { claimed: '15500.5' } };
const SERVICE_DELIVERED = {
  type: 'accompaniment',
  deliveredOn: '2026-11-20',
  language: 'ht',
  durationMinutes: 180,
  accompaniment: { office: 'SAT', procedure: 'tax-registration' },
  note: 'Obtuvo su RFC',
};
const CENTRE_SPEC = {
  name: 'Centro de Recursos para Trabajadores Migrantes Tijuana',
  city: 'Tijuana',
  country: 'MX',
  timeZone: 'America/Tijuana',
  languages: ['es', 'ht'],
  services: ['guidance', 'accompaniment', 'labour-justice', 'referral'],
  contact: { email: 'oficina@tijuana.example.org' },
  networks: ['red-corredor-mx'],
};

const SHARING_AGREEMENT = {
  network: 'red-corredor-mx',
  indicators: [{ indicator: 'people-served', breakdowns: [['sex'], ['sex', 'ageBand']] }],
  measures: ['labour-claim-amounts'],
  from: '2026-10-01',
  periodKind: 'month',
  k: 5,
  roundTo: 5,
};

/** A search of the audit trail (every service keeps one) with each of its filters. */
const AUDIT_TRAIL_QUERY = { limit: '10', recordId: '0b5f3f0e-6a43-4c59-9a1e-3f8d2f0c7a11', action: 'person.read', from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' };

/** A body each route accepts (taken from the services' own tests), keyed by `service METHOD path`. */
const ROUTES: Record<string, Route> = {
  'intake POST /people/matches': { body: () => ({ documents: [{ type: 'CURP', number: 'GAPM900101MNEXXX09' }] }) },
  'intake POST /intakes': { body: () => demoIntake() },
  'intake POST /people/{id}/consents': { body: (s) => ({ purpose: 'share-with-partner', partnerId: s.partnerId }) },
  'intake PUT /intake-form': { body: () => ({ questions: [{ id: 'tiene-hijos', type: 'boolean', labels: { es: '¿Tiene hijos?' }, required: false }], expectedVersion: 0 }) },
  'case POST /cases/{id}/activate': { body: (s) => ({ expectedVersion: s.caseVersion }) },
  'case PUT /cases/{id}/assignee': { body: (s) => ({ assignee: 'ana@tijuana', expectedVersion: s.caseVersion }) },
  'case POST /cases/{id}/close': { body: (s) => ({ outcome: 'resolved', expectedVersion: s.caseVersion }) },
  'case POST /cases/{id}/closure/sign-off': { body: (s) => ({ expectedVersion: s.caseVersion }) },
  'case POST /cases/{id}/closure/reject': { body: (s) => ({ expectedVersion: s.caseVersion }) },
  'case POST /cases/{id}/reopen': { body: (s) => ({ expectedVersion: s.caseVersion }) },
  'case POST /cases/{id}/services': { body: () => SERVICE_DELIVERED },
  'case POST /cases/{id}/services/{serviceId}/void': { body: () => ({ reason: 'Registrado dos veces' }) },
  'case POST /cases/{id}/labour-claims': { body: () => NEW_CLAIM },
  'case PATCH /cases/{id}/labour-claims/{claimId}': { body: () => ({ expectedVersion: 2, status: 'conciliation-filed', dates: { conciliationFiledOn: '2026-11-10' } }) },
  'case POST /cases/{id}/labour-claims/{claimId}/hearings': { body: () => ({ on: '2026-12-01', kind: 'conciliation' }) },
  'case PATCH /cases/{id}/labour-claims/{claimId}/hearings/{hearingId}': { body: () => ({ outcome: 'postponed', expectedVersion: 2 }) },
  'case POST /cases/{id}/notes': { body: () => ({ body: 'Llamó: ya tiene trabajo', visibility: 'restricted' }) },
  'case POST /cases/{id}/tasks': { body: () => ({ kind: 'call-back', title: 'Llamar para la cita', due: { dueOn: '2026-11-30' }, assignee: 'ana@tijuana' }) },
  'case PATCH /tasks/{taskId}': { body: () => ({ expectedVersion: 1, title: 'Llamar otra vez', due: { dueOn: '2026-12-02' }, assignee: null }) },
  'case POST /tasks/{taskId}/complete': { body: () => ({ expectedVersion: 1 }) },
  'case POST /tasks/{taskId}/cancel': { body: () => ({ expectedVersion: 1 }) },
  'case POST /cases/{id}/transfers': { body: () => ({ toCentre: 'tapachula', reason: 'Vive ahora en Tapachula' }) },
  'case POST /transfers/{id}/decline': { centre: 'tapachula', body: () => ({ reason: 'no-capacity' }) },
  'case POST /transfers/{id}/accept': { centre: 'tapachula' },
  'referral POST /partners': { body: () => ({ name: 'Casa del Migrante', services: ['shelter'], agreementSigned: true, languages: ['es'] }) },
  'referral PUT /centres/{centreId}/partner-directory': {
    body: () => ({ organisations: [{ name: 'Casa del Migrante', description: 'Albergue', services: ['shelter'], languages: ['es'], contact: { phone: '+52 664 000 0000' } }] }),
  },
  'referral POST /cases/{caseId}/referrals': { body: (s) => ({ partnerId: s.partnerId, need: 'shelter' }) },
  'referral POST /cases/{caseId}/referrals/{referralId}/outcome': { body: () => ({ outcome: 'completed' }) },
  'centre PUT /centres/{id}': { body: () => CENTRE_SPEC },
  'centre PUT /centres/{id}/coordinator': { body: () => ({ name: 'Rosa Pérez', email: 'rosa@tijuana.example.org', preferredLanguage: 'es' }) },
  'centre POST /staff/invitations': { body: () => ({ name: 'Ana López', email: 'ana@tijuana.example.org', roles: ['promoter'], preferredLanguage: 'es' }) },
  'centre PUT /staff/{id}/roles': { body: () => ({ roles: ['lawyer'] }) },
  // Erasure deletes the person: the base runs last on each route's own platform, so nothing after it needs them.
  'intake POST /people/{id}/erasure': { body: () => ({ reason: 'person-request' }) },
  // Destruction is confirmed by typing the centre's id (the path's); only an archived centre's key is destroyed, so the
  // seeding archives tijuana for this route (see seed) and the base, sent last, destroys the key.
  'centre POST /centres/{id}/data-key/destruction': { body: () => ({ confirmation: 'tijuana' }) },
  'case GET /cases': { query: { status: 'open', sort: 'newest', limit: '10' } },
  'case GET /tasks': { query: { status: 'open', limit: '10' } },
  'case GET /transfers': { query: { direction: 'outgoing', limit: '10' } },
  'reporting GET /reports/people-served': { query: { from: '2026-11-01', to: '2026-11-30' } },
  'reporting GET /reports/indicators': { query: { period: '2026-11', indicators: 'people-served,referrals', format: 'json' } },
  'reporting PUT /reports/settings': { body: () => ({ staffReportAccess: 'all-staff' }) },
  'reporting POST /sharing-agreements': { body: () => SHARING_AGREEMENT },
  'reporting POST /sharing-agreements/{id}/revocation': { body: () => ({}) },
  'reporting GET /sharing-agreements': { query: { network: 'red-corredor-mx', status: 'active', limit: '10' } },
  'reporting GET /network-view/centres': { query: { limit: '10' } },
  'reporting GET /network-view/figures': { query: { period: '2026-10', indicator: 'people-served', format: 'json' } },
  'referral GET /partners': { query: { service: 'shelter', limit: '10' } },
  'notification GET /notifications': { query: { unread: 'true', limit: '10' } },
  ...Object.fromEntries(PROBED_SERVICES.map((service) => [`${service} GET /audit-trail`, { query: AUDIT_TRAIL_QUERY }])),
};

// --- the corpus -------------------------------------------------------------------------------

const PLACEHOLDER = '\u0000probe\u0000';
const DEPTH = 8000;
const deep = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;

/** A value in place of one field: JSON text (sent as is, so `__proto__` survives) or raw bytes. */
type FieldPayload = { label: string; raw: string } | { label: string; bytes: Buffer };

const operatorPayloads: FieldPayload[] = [
  { label: '{"$ne": null}', raw: '{"$ne":null}' },
  { label: '{"$gt": ""}', raw: '{"$gt":""}' },
  { label: '{"$regex": ".*"}', raw: '{"$regex":".*"}' },
  { label: '{"$where": "sleep(1000)"}', raw: '{"$where":"sleep(1000)"}' },
  { label: '{"$expr": ...}', raw: '{"$expr":{"$eq":["$centre","tapachula"]}}' },
  { label: '{"$nor": [...]}', raw: '{"$nor":[{"centre":"none"}]}' },
  { label: '{"$_internal": ...}', raw: '{"$_internal":1}' },
  { label: '{"$__proto__": ...}', raw: '{"$__proto__":{"polluted":"yes"}}' },
  { label: '{"__proto__": {"polluted"}}', raw: '{"__proto__":{"polluted":"yes"}}' },
  { label: '{"constructor": {"prototype"}}', raw: '{"constructor":{"prototype":{"polluted":"yes"}}}' },
  { label: `${DEPTH} levels deep`, raw: deep },
  { label: 'invalid UTF-8 (0xC3 0x28)', bytes: Buffer.from([0x22, 0xc3, 0x28, 0x22]) },
];

/** Values of another type than the field's (null is left out: some fields take it). */
function wrongTypes(value: unknown): FieldPayload[] {
  // A base value of null says the field is nullable, not what its other type is (`assignee: null` takes a staff id
  // string too): no value is surely of the wrong type there. The operator payloads above still go to it.
  if (value === null) return [];
  const all: Array<[string, unknown]> = [
    ['a number', 12345],
    ['a string', 'x'],
    ['a boolean', true],
    ['an array', ['x']],
    ['an object', { x: 1 }],
  ];
  const kind = Array.isArray(value) ? 'an array' : typeof value === 'object' && value !== null ? 'an object' : { number: 'a number', string: 'a string', boolean: 'a boolean' }[typeof value as 'string'];
  return all.filter(([label]) => label !== kind).map(([label, wrong]) => ({ label: `wrong type: ${label}`, raw: JSON.stringify(wrong) }));
}

/** Every field of a body, nested ones included (`interview.work.wage.amount`, `consents.0.purpose`). */
function fieldPaths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item, index) => fieldPaths(item, [...prefix, index]))];
  if (typeof value === 'object' && value !== null) return [...(prefix.length ? [prefix] : []), ...Object.entries(value).flatMap(([key, item]) => fieldPaths(item, [...prefix, key]))];
  return [prefix];
}

function valueAt(body: unknown, path: ReadonlyArray<string | number>): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], body);
}

function withPlaceholder(body: Json, path: ReadonlyArray<string | number>): string {
  const copy = structuredClone(body);
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = PLACEHOLDER;
  return JSON.stringify(copy);
}

function render(body: Json, path: ReadonlyArray<string | number>, payload: FieldPayload): Buffer {
  const [before, after] = withPlaceholder(body, path).split(JSON.stringify(PLACEHOLDER)) as [string, string];
  return Buffer.concat([Buffer.from(before), 'raw' in payload ? Buffer.from(payload.raw) : payload.bytes, Buffer.from(after)]);
}

interface Attempt {
  label: string;
  body?: Buffer;
  contentType?: string;
  query?: string;
  path?: string;
}

/** Whole-body attacks: extra operator keys, pollution keys, too big, too deep, not UTF-8, not an object, not JSON. */
function wholeBodyAttempts(base: Json): Attempt[] {
  const text = JSON.stringify(base);
  const withKey = (raw: string) => Buffer.from(`{${raw},${text.slice(1)}`);
  return [
    { label: 'extra key "$where"', body: withKey('"$where":"sleep(1000)"') },
    { label: 'extra key "$_internal"', body: withKey('"$_internal":{"$ne":null}') },
    { label: 'extra key "__proto__"', body: withKey('"__proto__":{"polluted":"yes"}') },
    { label: 'extra key "constructor.prototype"', body: withKey('"constructor":{"prototype":{"polluted":"yes"}}') },
    { label: 'body over the limit', body: Buffer.from(JSON.stringify({ ...base, padding: 'x'.repeat(200 * 1024) })) },
    { label: `body ${DEPTH} levels deep`, body: Buffer.from(deep) },
    { label: 'body of invalid UTF-8', body: Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]) },
    { label: 'an array of the body', body: Buffer.from(`[${text}]`) },
    { label: 'null', body: Buffer.from('null') },
    { label: 'a JSON string', body: Buffer.from('"x"') },
    { label: 'not JSON', body: Buffer.from('{"$ne": ') },
    { label: 'form-encoded', body: Buffer.from('a[$ne]=1&__proto__[polluted]=yes'), contentType: 'application/x-www-form-urlencoded' },
  ];
}

function fieldAttempts(base: Json): Attempt[] {
  return fieldPaths(base).flatMap((path) => {
    const payloads = [...operatorPayloads, ...wrongTypes(valueAt(base, path))];
    return payloads.map((payload) => ({ label: `${path.join('.')} = ${payload.label}`, body: render(base, path, payload) }));
  });
}

function queryAttempts(params: string[], base: Json): Attempt[] {
  const baseQuery = new URLSearchParams(base as Record<string, string>).toString();
  const plus = (extra: string) => (baseQuery ? `${baseQuery}&${extra}` : extra);
  const perParam = params.flatMap((p) => [
    { label: `${p}[$ne]=x`, query: plus(`${p}[$ne]=x`) },
    { label: `${p}[$regex]=.*`, query: plus(`${p}[$regex]=.*`) },
    { label: `${p}[$gt]=`, query: plus(`${p}[$gt]=`) },
    { label: `${p}[$where]=sleep(1000)`, query: plus(`${p}[$where]=sleep(1000)`) },
    { label: `${p} repeated`, query: `${p}=a&${p}=b${baseQuery ? `&${baseQuery}` : ''}` },
    { label: `${p}[__proto__][polluted]=yes`, query: plus(`${p}[__proto__][polluted]=yes`) },
    { label: `${p} as invalid UTF-8`, query: plus(`${p}=%C3%28`) },
    { label: `${p} of 10,000 characters`, query: plus(`${p}=${'x'.repeat(10_000)}`) },
  ]);
  return [
    ...perParam,
    { label: '__proto__[polluted]=yes', query: plus('__proto__[polluted]=yes') },
    { label: 'constructor[prototype][polluted]=yes', query: plus('constructor[prototype][polluted]=yes') },
    { label: '$where=sleep(1000)', query: plus('$where=sleep(1000)') },
  ];
}

// --- the platform ------------------------------------------------------------------------------

async function operationsOf(platform: ProbePlatform): Promise<Operation[]> {
  const operations: Operation[] = [];
  for (const service of PROBED_SERVICES) {
    const doc = (await request(platform.apps[service].app).get('/openapi.json')).body as {
      paths: Record<string, Record<string, { 'x-roles'?: Role[]; parameters?: Array<{ name: string; in: string }>; requestBody?: unknown }>>;
    };
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        operations.push({
          service,
          method: method.toUpperCase(),
          path,
          roles: op['x-roles'] ?? [],
          queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
          hasBody: op.requestBody !== undefined,
        });
      }
    }
  }
  return operations;
}

async function seed(platform: ProbePlatform, operation: Operation): Promise<Seeded> {
  const as = async (centre: string, role: Role) => platform.bearer(centre, role);
  const promoter = await as('tijuana', 'promoter');
  const coordinator = await as('tijuana', 'coordinator');
  const lawyer = await as('tijuana', 'lawyer');
  const operator = await as('tijuana', 'operator');
  const call = async (service: ProbedService, method: 'post' | 'put' | 'get', path: string, auth: string, body?: object) => {
    const req = request(platform.apps[service].app)[method](`/v1${path}`).set('Authorization', auth);
    const res = await (body === undefined ? req : req.send(body));
    if (res.status >= 300) throw new Error(`seeding ${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    await platform.settle();
    return res.body as Json;
  };
  const intake = await call('intake', 'post', '/intakes', promoter, demoIntake());
  const personId = String(intake['personId']);
  const consents = (await call('intake', 'get', `/people/${personId}/consents`, promoter)).items as Json[];
  const cases = (await call('case', 'get', '/cases', promoter)).items as Json[];
  const kase = cases[0] ?? {};
  const caseId = String(kase['id']);
  const seeded: Seeded = {
    personId,
    consentId: String(consents[0]?.['id']),
    caseId,
    caseVersion: Number(kase['version']),
    taskId: String((await call('case', 'post', `/cases/${caseId}/tasks`, promoter, { kind: 'call-back', title: 'Llamar', due: { dueOn: '2026-11-30' } }))['id']),
    serviceId: String((await call('case', 'post', `/cases/${caseId}/services`, promoter, SERVICE_DELIVERED))['id']),
    claimId: '',
    hearingId: '',
    partnerId: String((await call('referral', 'post', '/partners', coordinator, { name: 'Casa del Migrante', services: ['shelter'] }))['id']),
    referralId: '',
    staffId: '',
    transferId: '',
    notificationId: '',
    sharingAgreementId: '',
  };
  const claim = await call('case', 'post', `/cases/${caseId}/labour-claims`, lawyer, NEW_CLAIM);
  seeded.claimId = String(claim['id']);
  const withHearing = await call('case', 'post', `/cases/${caseId}/labour-claims/${seeded.claimId}/hearings`, lawyer, { on: '2026-11-12', kind: 'conciliation' });
  seeded.hearingId = String(((withHearing['hearings'] as Json[] | undefined)?.[0] ?? {})['id']);
  if (operation.service === 'centre') {
    await call('centre', 'put', '/centres/tijuana', operator, CENTRE_SPEC);
    // The invitation answers `{ account, invitation }`: the staff routes take the account's id.
    const invited = await call('centre', 'post', '/staff/invitations', coordinator, { name: 'Luis', email: 'luis@tijuana.example.org', roles: ['promoter'] });
    seeded.staffId = String((invited['account'] as Json | undefined)?.['id']);
  }
  if (operation.path.startsWith('/cases/{caseId}/referrals')) {
    // A referral needs the person's consent to share with that partner (REFERRAL.CONSENT_MISSING otherwise).
    await call('intake', 'post', `/people/${personId}/consents`, coordinator, { purpose: 'share-with-partner', partnerId: seeded.partnerId });
  }
  if (operation.path === '/cases/{caseId}/referrals/{referralId}/outcome') {
    seeded.referralId = String((await call('referral', 'post', `/cases/${caseId}/referrals`, coordinator, { partnerId: seeded.partnerId, need: 'shelter' }))['id']);
  }
  if (operation.path.startsWith('/transfers/')) {
    seeded.transferId = String((await call('case', 'post', `/cases/${caseId}/transfers`, promoter, { toCentre: 'tapachula' }))['id']);
  }
  if (operation.path.startsWith('/sharing-agreements/')) {
    seeded.sharingAgreementId = String((await call('reporting', 'post', '/sharing-agreements', coordinator, SHARING_AGREEMENT))['id']);
  }
  const notifications = (await call('notification', 'get', '/notifications', coordinator)).items as Json[];
  seeded.notificationId = String(notifications[0]?.['id'] ?? '00000000-0000-4000-8000-000000000000');
  const now = (await call('case', 'get', `/cases/${caseId}`, promoter))['version'];
  seeded.caseVersion = Number(now);
  // Last: an archived centre's staff can no longer work, and only an archived centre's data key can be destroyed.
  if (operation.path === '/centres/{id}/data-key/destruction') await call('centre', 'post', '/centres/tijuana/archive', operator);
  return seeded;
}

function pathFor(operation: Operation, s: Seeded): string {
  const ids: Record<string, string> = {
    id: operation.path.startsWith('/people') ? s.personId : operation.path.startsWith('/cases') ? s.caseId : operation.path.startsWith('/transfers') ? s.transferId : operation.path.startsWith('/staff') ? s.staffId : operation.path.startsWith('/notifications') ? s.notificationId : operation.path.startsWith('/sharing-agreements') ? s.sharingAgreementId : 'tijuana',
    consentId: s.consentId,
    serviceId: s.serviceId,
    claimId: s.claimId,
    hearingId: s.hearingId,
    taskId: s.taskId,
    caseId: s.caseId,
    referralId: s.referralId,
    centreId: 'tijuana',
    version: '1',
  };
  return operation.path.replace(/\{(\w+)\}/g, (_m, name: string) => ids[name] ?? name);
}

/** A body serializer that sends the prepared bytes unchanged. */
const asIs = (body: unknown) => body as string;

const isWrite = (op: Operation) => op.method !== 'GET';
const isSearch = (op: Operation) => op.method === 'GET' && op.queryParams.length > 0;

// --- the tests ---------------------------------------------------------------------------------

let operations: Operation[] = [];

beforeAll(async () => {
  const platform = await probePlatform();
  operations = (await operationsOf(platform)).filter((op) => isWrite(op) || isSearch(op));
  await platform.stop();
});

describe('the injection and bad-input corpus', () => {
  it('has a base for every write with a body and every search, so each field is proved checked', () => {
    const missing = operations.filter((op) => (op.hasBody || isSearch(op)) && !ROUTES[`${op.service} ${op.method} ${op.path}`]?.[op.hasBody ? 'body' : 'query'] && !(isSearch(op) && op.queryParams.every((p) => ['limit', 'cursor'].includes(p))));
    expect(missing.map((op) => `${op.service} ${op.method} ${op.path}`)).toEqual([]);
  });

  it('walks every service: writes and searches found in each OpenAPI document', () => {
    expect(new Set(operations.map((op) => op.service))).toEqual(new Set(PROBED_SERVICES));
    expect(operations.length).toBeGreaterThan(40);
  });

  it('refuses every payload on every route with problem+json, stores nothing, publishes nothing and pollutes no prototype', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const operation of operations) {
      const platform = await probePlatform();
      const key = `${operation.service} ${operation.method} ${operation.path}`;
      const route = ROUTES[key] ?? {};
      const seeded = await seed(platform, operation);
      const role = operation.roles[0] ?? 'coordinator';
      const auth = await platform.bearer(route.centre ?? 'tijuana', role);
      const path = `/v1${pathFor(operation, seeded)}`;
      const base = route.body?.(seeded) ?? {};
      const attempts: Attempt[] = [
        ...(operation.hasBody ? [...fieldAttempts(base), ...wholeBodyAttempts(base)] : []),
        ...(operation.queryParams.length ? queryAttempts(operation.queryParams, route.query ?? {}) : []),
      ];
      const send = (attempt: Attempt) => {
        const query = attempt.query ?? (route.query ? new URLSearchParams(route.query as Record<string, string>).toString() : '');
        const method = operation.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
        const req = request(platform.apps[operation.service].app)[method](`${path}${query ? `?${query}` : ''}`).set('Authorization', auth);
        // The bytes as they are: superagent would otherwise JSON-serialize a Buffer into {"type":"Buffer","data":[...]}, which every strict body refuses whatever the attack.
        return attempt.body ? req.set('Content-Type', attempt.contentType ?? 'application/json').serialize(asIs).send(attempt.body) : operation.hasBody ? req.send(base) : req;
      };
      for (const attempt of attempts) {
        const storesBefore = platform.stores.snapshot();
        const messagesBefore = platform.messageCount();
        const res = await send(attempt);
        sent += 1;
        await platform.settle();
        const problems: string[] = [];
        if (!REFUSED.includes(res.status)) problems.push(`status ${res.status}`);
        if (!String(res.headers['content-type']).startsWith('application/problem+json')) problems.push(`content-type ${res.headers['content-type']}`);
        if (platform.stores.snapshot() !== storesBefore) problems.push('a store changed');
        if (platform.messageCount() !== messagesBefore) problems.push('an event was published');
        if (({} as Record<string, unknown>)['polluted'] !== undefined) problems.push('Object.prototype polluted');
        if (problems.length) failures.push(`${key} [${attempt.label}]: ${problems.join(', ')}`);
      }
      // The base itself passes validation (so each refusal above is that one field's doing).
      if (operation.hasBody || route.query) {
        const res = await send({ label: 'base' });
        if (res.status >= 500 || REFUSED.includes(res.status)) failures.push(`${key} [base]: ${res.status} ${JSON.stringify(res.body)}`);
      }
      await platform.stop();
    }
    expect(sent).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  }, 600_000);

  it('would notice a write: the store snapshot and the event count change when a valid intake is submitted', async () => {
    const platform = await probePlatform();
    const before = platform.stores.snapshot();
    const messages = platform.messageCount();
    const res = await request(platform.apps.intake.app).post('/v1/intakes').set('Authorization', await platform.bearer('tijuana', 'promoter')).send(demoIntake());
    await platform.settle();
    expect(res.status).toBe(201);
    expect(platform.stores.snapshot()).not.toBe(before);
    expect(platform.messageCount()).toBeGreaterThan(messages);
    await platform.stop();
  });
});
