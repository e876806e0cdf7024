import { ROLES } from '@corredor/contracts';
import { MemoryProcessedEvents } from '@corredor/persistence';
import type { Request, Response } from 'express';
import pino from 'pino';
import request from 'supertest';
import type { TokenVerifier } from '../auth/authenticator';
import { ApiRoutes } from '../api/api-routes';
import { buildServiceApp } from '../runtime/build-service-app';
import type { ServiceDefinition } from '../runtime/service-module';
import { testAppDeps, tokenFor } from '../testing/test-harness';
import { DEFAULT_RATE_LIMITS, type RateLimitSettings } from './rate-limit-settings';
import { RequestRateLimiter } from './request-rate-limiter';

const notesService: ServiceDefinition = {
  name: 'notes',
  errorPrefix: 'NOTES',
  defaultPort: 0,
  create: () => {
    const api = new ApiRoutes({ 'POST /notes': ROLES, 'GET /notes': ROLES });
    api.post('/notes', { summary: 'write', tag: 'Test', responses: { 201: { description: 'ok' } } }, (_req, res) => void res.status(201).json({}));
    api.get('/notes', { summary: 'search', tag: 'Test', responses: { 200: { description: 'ok' } } }, (_req, res) => void res.json({ items: [] }));
    return { api, subscriptions: [], processed: new MemoryProcessedEvents(), isStoreReachable: async () => true };
  },
};

const rule = (points: number) => ({ points, windowSeconds: 60 });
const limits = (change: Partial<RateLimitSettings>): RateLimitSettings => ({ ...DEFAULT_RATE_LIMITS, ...change });

function appWith(settings: RateLimitSettings, verifyToken?: TokenVerifier) {
  return buildServiceApp(notesService, testAppDeps({ rateLimits: settings, ...(verifyToken ? { verifyToken } : {}) })).app;
}

async function expectRateLimited(response: request.Response, policy: string, limit: number, window = 60) {
  expect(response.status).toBe(429);
  expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  expect(response.body).toMatchObject({ status: 429, code: 'REQUEST.RATE_LIMITED' });
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  expect(response.headers['ratelimit-policy']).toBe(`"${policy}";q=${limit};w=${window}`);
  expect(response.headers['ratelimit']).toMatch(new RegExp(`^"${policy}";r=0;t=\\d+$`));
}

describe('rate limits on the API', () => {
  it("refuse a user's writes beyond their limit, not their colleague's, and not their reads", async () => {
    const app = appWith(limits({ writes: { user: rule(3), centre: rule(100), address: rule(100) } }));
    const ana = `Bearer ${await tokenFor('tijuana', ['promoter'], 'ana')}`;
    for (let n = 0; n < 3; n += 1) {
      const ok = await request(app).post('/v1/notes').set('Authorization', ana).send({}).expect(201);
      expect(ok.headers['ratelimit']).toBe(`"user-writes";r=${2 - n};t=60`);
    }
    await expectRateLimited(await request(app).post('/v1/notes').set('Authorization', ana).send({}), 'user-writes', 3);
    await request(app).post('/v1/notes').set('Authorization', `Bearer ${await tokenFor('tijuana', ['promoter'], 'luis')}`).send({}).expect(201);
    await request(app).get('/v1/notes').set('Authorization', ana).expect(200);
  });

  it("refuse a centre's writes beyond the centre's limit, whoever writes, and not another centre's", async () => {
    const app = appWith(limits({ writes: { user: rule(100), centre: rule(4), address: rule(100) } }));
    for (const user of ['ana', 'luis', 'rosa', 'jean']) await request(app).post('/v1/notes').set('Authorization', `Bearer ${await tokenFor('tijuana', ['promoter'], user)}`).send({}).expect(201);
    await expectRateLimited(await request(app).post('/v1/notes').set('Authorization', `Bearer ${await tokenFor('tijuana', ['promoter'], 'beto')}`).send({}), 'centre-writes', 4);
    await request(app).post('/v1/notes').set('Authorization', `Bearer ${await tokenFor('tapachula', ['promoter'], 'beto')}`).send({}).expect(201);
  });

  it('refuse searches from one address beyond its limit, across users and centres', async () => {
    const app = appWith(limits({ reads: { user: rule(100), centre: rule(100), address: rule(2) } }));
    await request(app).get('/v1/notes').set('Authorization', `Bearer ${await tokenFor('tijuana', ['promoter'], 'ana')}`).expect(200);
    await request(app).get('/v1/notes').set('Authorization', `Bearer ${await tokenFor('tapachula', ['promoter'], 'luis')}`).expect(200);
    await expectRateLimited(await request(app).get('/v1/notes').set('Authorization', `Bearer ${await tokenFor('tapachula', ['promoter'], 'rosa')}`), 'address-reads', 2);
  });

  it('refuse an address that failed authentication too often, while a valid token from it still goes through', async () => {
    const app = appWith(limits({ failedAuthentication: { points: 3, windowSeconds: 600, blockSeconds: 600 } }));
    await request(app).get('/v1/notes').expect(401);
    for (let n = 0; n < 2; n += 1) await request(app).get('/v1/notes').set('Authorization', 'Bearer forged').expect(401);
    const blocked = await request(app).get('/v1/notes').set('Authorization', 'Bearer another-guess');
    await expectRateLimited(blocked, 'address-failed-auth', 3, 600);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(500);
    await expectRateLimited(await request(app).get('/v1/notes'), 'address-failed-auth', 3, 600);
    // A colleague behind the same office router (or proxy) is not locked out by the guesser.
    await request(app).get('/v1/notes').set('Authorization', `Bearer ${await tokenFor('tijuana')}`).expect(200);
  });

  it('let successful sign-ins through without counting them as failures', async () => {
    const app = appWith(limits({ failedAuthentication: { points: 2, windowSeconds: 600, blockSeconds: 600 } }));
    const auth = `Bearer ${await tokenFor('tijuana')}`;
    for (let n = 0; n < 5; n += 1) await request(app).get('/v1/notes').set('Authorization', auth).expect(200);
    await request(app).get('/v1/notes').expect(401);
    await request(app).get('/v1/notes').set('Authorization', auth).expect(200);
  });

  it('by default, let one user post 2,000 intakes in a burst (the bench) and search meanwhile', async () => {
    const limiter = new RequestRateLimiter({}, pino({ level: 'silent' }));
    const principal = { kind: 'staff', userId: 'ana', centre: 'tijuana', roles: ['promoter'] };
    const pass = (method: string) =>
      new Promise<unknown>((resolve) => {
        const res = { locals: { principal }, setHeader: () => undefined };
        limiter.limitRequests({ method, ip: '127.0.0.1', socket: {} } as unknown as Request, res as unknown as Response, resolve);
      });
    const refused: unknown[] = [];
    for (let n = 0; n < 2_000; n += 1) {
      const outcome = await pass('POST');
      if (outcome !== undefined) refused.push(outcome);
      if (n % 10 === 0 && (await pass('GET')) !== undefined) refused.push('read');
    }
    expect(refused).toEqual([]);
  });
});
