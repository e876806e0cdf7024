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
import { testAppDeps, tokenFor } from '../testing/test-harness';

/** A service with a route taking an id, one that always fails, and public routes, one of them nested in a mounted router. */
const peopleService: ServiceDefinition = {
  name: 'people',
  errorPrefix: 'PEOPLE',
  defaultPort: 0,
  create: () => {
    const api = new ApiRoutes({ 'GET /people/:id': ROLES, 'GET /people/:id/gone': ROLES });
    const spec = { summary: 'a person', tag: 'Test', roles: ROLES, params: z.object({ id: z.uuid() }), responses: { 200: { description: 'ok' } } };
    api.get('/people/:id', spec, (_req, res) => void res.json({}));
    api.get('/people/:id/gone', spec, () => {
      throw new DomainError('PEOPLE.GONE', 'gone', 'This person was erased.');
    });
    const publicRoutes = Router();
    publicRoutes.get('/invitations/:token', (_req, res) => void res.send('welcome'));
    const identity = Router();
    identity.get('/interaction/:uid', (_req, res) => void res.send('sign in'));
    publicRoutes.use('/oidc', identity);
    return { api, publicRoutes, subscriptions: [], processed: new MemoryProcessedEvents(), isStoreReachable: async () => true };
  },
};

async function loggedPaths(calls: Array<(app: Parameters<typeof request>[0], auth: string) => PromiseLike<unknown>>): Promise<string[]> {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const { app } = buildServiceApp(peopleService, testAppDeps({ logger: createLogger('people', 'info', stream) }));
  const auth = `Bearer ${await tokenFor('tijuana', ['coordinator'])}`;
  for (const call of calls) await call(app, auth);
  return lines.flatMap((line) => {
    const entry = JSON.parse(line) as { msg?: string; req?: { path?: string } };
    return entry.msg === 'request completed' || entry.msg === 'request errored' ? [String(entry.req?.path)] : [];
  });
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
