import { CENTRE_STAFF_ROLES, ROLES, type Role } from '@corredor/contracts';
import request from 'supertest';
import { PROBED_SERVICES, probePlatform, type ProbePlatform, type ProbedService } from './probe-platform';

/**
 * Every answer of every service carries helmet's security headers and `Cache-Control: no-store`:
 * successes and refusals (401, 403, 404, 422...), on every operation of each service's OpenAPI
 * document, and on the routes outside it (the document itself, health, an unknown address).
 */

const ANY_ID = '0b5e4a0e-3c1f-4d5b-9a63-2f1f6c8d9e10';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];
type OpenApiDocument = { paths?: Record<string, Partial<Record<Method, { 'x-roles'?: string[] }>>> };

const HELMET = {
  'content-security-policy': expect.stringContaining("default-src 'self'"),
  'strict-transport-security': expect.stringContaining('max-age='),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-permitted-cross-domain-policies': 'none',
  'cache-control': 'no-store',
};

function missingHeaders(response: request.Response): string[] {
  const headers = response.headers as Record<string, string | undefined>;
  const missing = Object.entries(HELMET)
    .filter(([name, expected]) => {
      const actual = headers[name];
      return actual === undefined || (typeof expected === 'string' ? actual !== expected : !expect.objectContaining({ v: expected }).asymmetricMatch({ v: actual }));
    })
    .map(([name]) => name);
  if (headers['x-powered-by'] !== undefined) missing.push('x-powered-by present');
  return missing;
}

describe('security headers and no-store on every answer', () => {
  let platform: ProbePlatform;
  beforeAll(async () => {
    platform = await probePlatform();
  });
  afterAll(async () => {
    await platform.stop();
  });

  async function operationsOf(service: ProbedService) {
    const document = (await request(platform.apps[service].app).get('/openapi.json').expect(200)).body as OpenApiDocument;
    return Object.entries(document.paths ?? {}).flatMap(([path, operations]) =>
      METHODS.filter((method) => operations[method]).map((method) => ({ method, path: path.replace(/\{[^}]+\}/g, ANY_ID), roles: operations[method]?.['x-roles'] ?? [] })),
    );
  }

  it.each(PROBED_SERVICES)('%s: every operation, whoever asks and however it ends', async (service) => {
    const app = platform.apps[service].app;
    const operations = await operationsOf(service);
    expect(operations.length).toBeGreaterThan(0);
    const failures: string[] = [];
    const statuses = new Set<number>();
    const check = (label: string, response: request.Response) => {
      statuses.add(response.status);
      const missing = missingHeaders(response);
      if (missing.length > 0) failures.push(`${label} → ${response.status}: ${missing.join(', ')}`);
    };
    for (const { method, path, roles } of operations) {
      const url = `/v1${path}`;
      const label = `${method.toUpperCase()} ${url}`;
      const send = (auth?: string, body: object | string = {}) => {
        const call = request(app)[method](url);
        const authed = auth ? call.set('Authorization', auth) : call;
        return method === 'get' || method === 'delete' ? authed : authed.set('Content-Type', 'application/json').send(body);
      };
      check(`${label} without a token`, await send());
      check(`${label} with a forged token`, await send('Bearer forged'));
      const allowed = roles.find((role) => (ROLES as readonly string[]).includes(role)) as Role | undefined;
      const refused = ROLES.find((role) => !roles.includes(role));
      if (refused) check(`${label} as ${refused}`, await send(await platform.bearer('tijuana', refused)));
      if (allowed) {
        const auth = await platform.bearer('tijuana', allowed);
        check(`${label} as ${allowed}`, await send(auth));
        if (method !== 'get' && method !== 'delete') check(`${label} with unknown fields`, await send(auth, { 'not a field': true }));
      }
    }
    const staff = await platform.bearer('tijuana', CENTRE_STAFF_ROLES[0] ?? 'coordinator');
    for (const [label, call] of [
      ['the OpenAPI document', request(app).get('/openapi.json')],
      ['liveness', request(app).get('/healthz')],
      ['readiness', request(app).get('/readyz')],
      ['an unknown address', request(app).get('/nowhere')],
      ['an unknown API address', request(app).get('/v1/nowhere').set('Authorization', staff)],
      ['malformed JSON', request(app).post('/v1/nowhere').set('Authorization', staff).set('Content-Type', 'application/json').send('{"a":')],
    ] as const) {
      check(label, await call);
    }
    expect(failures).toEqual([]);
    // The walk met refusals as well as successes.
    expect([...statuses]).toEqual(expect.arrayContaining([401, 403, 404]));
  });
});
