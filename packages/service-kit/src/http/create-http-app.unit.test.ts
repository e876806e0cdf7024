import { Writable } from 'node:stream';
import { DomainError, ROLES } from '@corredor/contracts';
import { MemoryProcessedEvents } from '@corredor/persistence';
import { Router } from 'express';
import request from 'supertest';
import { z } from 'zod';
import { ApiRoutes } from '../api/api-routes';
import { createLogger } from '../logging/logger';
import { buildServiceApp } from '../runtime/build-service-app';
import type { ServiceDefinition } from '../runtime/service-module';
import { networkTokenFor, testAppDeps, tokenFor } from '../testing/test-harness';

/** A service with a route taking an id, one that always fails, one with a bug, and public routes, one of them nested in a mounted router. */
const peopleService: ServiceDefinition = {
  name: 'people',
  errorPrefix: 'PEOPLE',
  defaultPort: 0,
  create: () => {
    const api = new ApiRoutes({ 'GET /people/:id': ROLES, 'GET /people/:id/gone': ROLES, 'GET /broken': ROLES });
    const spec = { summary: 'a person', tag: 'Test', roles: ROLES, params: z.object({ id: z.uuid() }), responses: { 200: { description: 'ok' } } };
    api.get('/people/:id', spec, (_req, res) => void res.json({}));
    api.get('/people/:id/gone', spec, () => {
      throw new DomainError('PEOPLE.GONE', 'gone', 'This person was erased.');
    });
    api.get('/broken', { summary: 'a bug', tag: 'Test', responses: { 200: { description: 'ok' } } }, () => {
      throw new Error('Marie Joseph could not be saved');
    });
    const publicRoutes = Router();
    publicRoutes.get('/invitations/:token', (_req, res) => void res.send('welcome'));
    const identity = Router();
    identity.get('/interaction/:uid', (_req, res) => void res.send('sign in'));
    publicRoutes.use('/oidc', identity);
    return { api, publicRoutes, subscriptions: [], processed: new MemoryProcessedEvents(), isStoreReachable: async () => true };
  },
};

type Call = (app: Parameters<typeof request>[0], auth: { staff: string; network: string }) => PromiseLike<unknown>;

async function loggedLines(level: string, calls: Call[]): Promise<Array<Record<string, unknown>>> {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const { app } = buildServiceApp(peopleService, testAppDeps({ logger: createLogger('people', level, stream) }));
  const auth = { staff: `Bearer ${await tokenFor('tijuana', ['coordinator'])}`, network: `Bearer ${await networkTokenFor('frontera-norte', ['operator'])}` };
  for (const call of calls) await call(app, auth);
  return lines.filter((line) => line['msg'] === 'request completed' || line['msg'] === 'request errored');
}

async function loggedPaths(calls: Array<(app: Parameters<typeof request>[0], auth: string) => PromiseLike<unknown>>): Promise<string[]> {
  const lines = await loggedLines(
    'info',
    calls.map((call) => (app, auth) => call(app, auth.staff)),
  );
  return lines.map((line) => String((line['req'] as { path?: unknown } | undefined)?.path));
}

const ID = '0b9d3c1e-8a8f-4d43-9d57-3f6f1c2b9a10';

describe('access logs', () => {
  it('record the route a request matched, not the values in its path', async () => {
    const paths = await loggedPaths([
      (app, auth) => request(app).get(`/v1/people/${ID}`).set('Authorization', auth).expect(200),
      // Refused by validation (422) and by the handler (410): still the route, not the name sent.
      (app, auth) => request(app).get('/v1/people/Marie%20Joseph').set('Authorization', auth).expect(422),
      (app, auth) => request(app).get('/v1/people/Marie%20Joseph/gone?alias=Marie').set('Authorization', auth).expect(422),
      (app, auth) => request(app).get(`/v1/people/${ID}/gone`).set('Authorization', auth).expect(410),
      // Refused before any route: no token.
      (app) => request(app).get('/v1/people/Marie%20Joseph').expect(401),
    ]);
    expect(paths).toEqual(['/v1/people/:id', '/v1/people/:id', '/v1/people/:id/gone', '/v1/people/:id/gone', '/v1/people/…']);
  });

  it('keep only the first two segments of a path that matched no route', async () => {
    const paths = await loggedPaths([
      (app, auth) => request(app).get('/v1/people/Marie%20Joseph/x/y').set('Authorization', auth).expect(404),
      (app, auth) => request(app).get('/v1/nothing').set('Authorization', auth).expect(404),
      (app) => request(app).get('/nothing/here/Marie%20Joseph').expect(404),
    ]);
    expect(paths).toEqual(['/v1/people/…', '/v1/nothing', '/nothing/here/…']);
  });

  it('never record an invitation token or a sign-in interaction id, matched or not', async () => {
    const paths = await loggedPaths([
      (app) => request(app).get('/invitations/secret-invitation-token').expect(200),
      (app) => request(app).post('/invitations/secret-invitation-token').expect(404),
      (app) => request(app).get('/oidc/interaction/secret-interaction-id').expect(200),
      (app) => request(app).get('/interaction/secret-interaction-id/login').expect(404),
    ]);
    expect(paths).toEqual(['/invitations/:token', '/invitations/:token', '/oidc/interaction/:uid', '/interaction/:uid/…']);
  });
});

describe('access lines', () => {
  const REQUEST_ID = '0123456789abcdef0123456789abcdef';

  it('say whose centre or network asked, which route, the status and how long it took, and nothing about the person', async () => {
    const lines = await loggedLines('info', [
      (app, auth) => request(app).get(`/v1/people/${ID}?alias=Marie`).set('Authorization', auth.staff).set('X-Request-Id', REQUEST_ID).expect(200),
      (app, auth) => request(app).get(`/v1/people/${ID}`).set('Authorization', auth.network).expect(200),
      (app, auth) => request(app).get('/v1/broken').set('Authorization', auth.staff).expect(500),
      (app) => request(app).get('/healthz').expect(200),
    ]);
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, centre: 'tijuana', req: { id: REQUEST_ID, method: 'GET', path: '/v1/people/:id' }, res: { statusCode: 200 }, msg: 'request completed' }),
      expect.objectContaining({ network: 'frontera-norte', req: expect.objectContaining({ path: '/v1/people/:id' }), res: { statusCode: 200 }, msg: 'request completed' }),
      expect.objectContaining({ centre: 'tijuana', req: expect.objectContaining({ path: '/v1/broken' }), res: { statusCode: 500 }, msg: 'request errored' }),
    ]);
    expect(lines[0]?.['responseTime']).toEqual(expect.any(Number));
    expect(JSON.stringify(lines)).not.toMatch(/Marie|dev-coordinator|coordinator@/);
  });

  it('are not written when the logger is set above info; failures still are', async () => {
    const lines: Array<{ msg?: string }> = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as { msg?: string });
        done();
      },
    });
    const { app } = buildServiceApp(peopleService, testAppDeps({ logger: createLogger('people', 'warn', stream) }));
    const auth = `Bearer ${await tokenFor('tijuana', ['coordinator'])}`;
    await request(app).get(`/v1/people/${ID}`).set('Authorization', auth).expect(200);
    await request(app).get('/v1/broken').set('Authorization', auth).expect(500);
    expect(lines.map((line) => line.msg)).toEqual(['request failed']);
  });
});
