import { ROLES } from '@corredor/contracts';
import { MemoryProcessedEvents } from '@corredor/persistence';
import request from 'supertest';
import { z } from 'zod';
import { ApiRoutes } from '../api/api-routes';
import { buildServiceApp } from '../runtime/build-service-app';
import type { ServiceDefinition } from '../runtime/service-module';
import { testAppDeps, tokenFor } from '../testing/test-harness';
import { parseQueryString } from './create-http-app';

/** A search and a write that echo what they were given. */
const notesService: ServiceDefinition = {
  name: 'notes',
  errorPrefix: 'NOTES',
  defaultPort: 0,
  create: () => {
    const api = new ApiRoutes({ 'GET /notes': ROLES, 'POST /notes': ROLES });
    api.get('/notes', { summary: 'search', tag: 'Test', query: z.object({ author: z.string().optional() }), responses: { 200: { description: 'ok' } } }, (req, res) => void res.json(req.query));
    api.post('/notes', { summary: 'write', tag: 'Test', body: z.strictObject({ body: z.string() }), responses: { 201: { description: 'ok' } } }, (req, res) => void res.status(201).json(req.body));
    return { api, subscriptions: [], processed: new MemoryProcessedEvents(), isStoreReachable: async () => true };
  },
};

async function client() {
  const { app } = buildServiceApp(notesService, testAppDeps());
  const auth = `Bearer ${await tokenFor('tijuana', ['coordinator'])}`;
  return { app, auth };
}

describe('input that is not what it claims to be', () => {
  it('refuses a JSON body with bytes that are not UTF-8 instead of storing U+FFFD', async () => {
    const { app, auth } = await client();
    const bytes = Buffer.concat([Buffer.from('{"body":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    const res = await request(app).post('/v1/notes').set('Authorization', auth).set('Content-Type', 'application/json').serialize((body: unknown) => body as string).send(bytes);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'REQUEST.MALFORMED_JSON' });
    const fine = await request(app).post('/v1/notes').set('Authorization', auth).send({ body: 'Llamó: ya tiene trabajo ✓' });
    expect(fine.status).toBe(201);
  });

  it('refuses a query string whose escapes are not UTF-8 with a 400', async () => {
    const { app, auth } = await client();
    for (const query of ['author=%C3%28', 'author=%zz']) {
      const res = await request(app).get(`/v1/notes?${query}`).set('Authorization', auth);
      expect({ query, status: res.status, code: res.body.code }).toEqual({ query, status: 400, code: 'REQUEST.MALFORMED_QUERY' });
    }
    const fine = await request(app).get('/v1/notes?author=Jos%C3%A9+P%C3%A9rez').set('Authorization', auth);
    expect({ status: fine.status, body: fine.body }).toEqual({ status: 200, body: { author: 'José Pérez' } });
  });

  it('refuses a query parameter the route does not define, such as an operator in brackets', async () => {
    const { app, auth } = await client();
    for (const query of ['author[$ne]=x', 'unknown=1', '__proto__[polluted]=yes']) {
      const res = await request(app).get(`/v1/notes?${query}`).set('Authorization', auth);
      expect({ query, status: res.status, errors: res.body.errors }).toEqual({ query, status: 422, errors: [{ field: 'query', message: 'Unknown fields are not accepted.' }] });
    }
  });

  it('parses the query string as express does by default: flat names, repeats as arrays, no prototype', () => {
    const parsed = parseQueryString('a=1&a=2&b=x+y&c&__proto__=z');
    expect({ ...parsed }).toEqual({ a: ['1', '2'], b: 'x y', c: '', ['__proto__']: 'z' });
    expect(Object.getPrototypeOf(parsed)).toBeNull();
    expect(parseQueryString(undefined)).toEqual({});
  });
});
