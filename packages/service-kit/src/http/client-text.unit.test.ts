import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { ROLES } from '@corredor/contracts';
import { MemoryProcessedEvents } from '@corredor/persistence';
import request from 'supertest';
import { z } from 'zod';
import { ApiRoutes } from '../api/api-routes';
import { createLogger } from '../logging/logger';
import { buildServiceApp } from '../runtime/build-service-app';
import type { ServiceDefinition } from '../runtime/service-module';
import { testAppDeps, tokenFor } from '../testing/test-harness';

/**
 * What a client writes (a request id, unknown keys, record keys, values, the path) is never
 * echoed into answers, logs or events.
 */
const seenRequestIds: string[] = [];
const thingBody = z.strictObject({
  kind: z.enum(['visit', 'call']),
  day: z.literal('monday').optional(),
  answers: z.record(z.string(), z.strictObject({ value: z.number() })).optional(),
  languages: z.record(z.enum(['es', 'en']), z.boolean()).optional(),
});
const thingsService: ServiceDefinition = {
  name: 'things',
  errorPrefix: 'THINGS',
  defaultPort: 0,
  create: () => {
    const api = new ApiRoutes({ 'POST /things': ROLES, 'GET /people/:id': ROLES });
    api.post('/things', { summary: 'a thing', tag: 'Test', body: thingBody, responses: { 201: { description: 'ok' } } }, (_req, res) => {
      // Every service takes its events' correlationid and causationid from here.
      seenRequestIds.push(String(res.locals['requestId']));
      res.status(201).json({});
    });
    api.get('/people/:id', { summary: 'a person', tag: 'Test', params: z.object({ id: z.uuid() }), responses: { 200: { description: 'ok' } } }, (_req, res) => void res.json({}));
    return { api, subscriptions: [], processed: new MemoryProcessedEvents(), isStoreReachable: async () => true };
  },
};

function appWithLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const { app } = buildServiceApp(thingsService, testAppDeps({ logger: createLogger('things', 'info', stream) }));
  return { app, lines };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('X-Request-Id', () => {
  beforeEach(() => {
    seenRequestIds.length = 0;
  });

  it.each([
    ['a UUID', '0b9d3c1e-8a8f-4d43-9d57-3f6f1c2b9a10'],
    ['a W3C trace id', '4bf92f3577b34da6a3ce929d0e0e4736'],
  ])('keeps %s', async (_label, id) => {
    const { app } = appWithLog();
    const auth = `Bearer ${await tokenFor('tijuana')}`;
    const response = await request(app).post('/v1/things').set('Authorization', auth).set('X-Request-Id', id).send({ kind: 'visit' }).expect(201);
    expect(response.headers['x-request-id']).toBe(id);
    expect(seenRequestIds).toEqual([id]);
  });

  it.each([
    ['a name', 'Maria-Lopez-Garcia-1990'],
    ['10,000 characters', 'a'.repeat(10_000)],
    ['too short a hex id', 'abcdef12'],
  ])('replaces %s with a fresh UUID in the answer, the access log and what events are correlated by', async (_label, hostile) => {
    const { app, lines } = appWithLog();
    const auth = `Bearer ${await tokenFor('tijuana')}`;
    const response = await request(app).post('/v1/things').set('Authorization', auth).set('X-Request-Id', hostile).send({ kind: 'visit' }).expect(201);
    const minted = String(response.headers['x-request-id']);
    expect(minted).toMatch(UUID);
    expect(seenRequestIds).toEqual([minted]);
    const access = lines.map((line) => JSON.parse(line) as { req?: { id?: string } }).find((line) => line.req?.id !== undefined);
    expect(access?.req?.id).toBe(minted);
    expect(lines.join('\n')).not.toContain(hostile);
  });

  it('never lets a folded, multi-line id through', async () => {
    const { app, lines } = appWithLog();
    const server = app.listen(0);
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const { port } = server.address() as { port: number };
    try {
      const answer = await new Promise<string>((resolve, reject) => {
        let data = '';
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(`GET /v1/nothing HTTP/1.1\r\nHost: x\r\nX-Request-Id: 4bf92f3577b34da6a3ce929d0e0e4736\r\n Maria-Lopez\r\nConnection: close\r\n\r\n`);
        });
        socket.on('data', (chunk: Buffer) => (data += chunk.toString()));
        socket.on('end', () => resolve(data));
        socket.on('error', reject);
      });
      expect(answer).not.toContain('Maria');
      expect(lines.join('\n')).not.toContain('Maria');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('422 problems', () => {
  async function post(body: unknown) {
    const { app } = appWithLog();
    const response = await request(app)
      .post('/v1/things')
      .set('Authorization', `Bearer ${await tokenFor('tijuana')}`)
      .send(body as object)
      .expect(422);
    return { text: response.text, body: response.body as { errors: Array<{ field: string; message: string }>; instance?: string } };
  }

  it('report unknown keys without naming them', async () => {
    const { text, body } = await post({ kind: 'visit', 'Maria Lopez': 1, answers: { q1: { value: 1, 'Rosa Diaz': true } } });
    expect(text).not.toMatch(/Maria|Rosa/);
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: 'body', message: 'Unknown fields are not accepted.' },
        { field: 'body.answers.*', message: 'Unknown fields are not accepted.' },
      ]),
    );
  });

  it("name a record's keys only when the schema defines them", async () => {
    const { text, body } = await post({ kind: 'visit', answers: { 'Juan Perez': { value: 'x' } }, languages: { es: 'yes', 'Ana Ruiz': true } });
    expect(text).not.toMatch(/Juan|Ana/);
    expect(body.errors.map((error) => error.field).sort()).toEqual(['body.answers.*.value', 'body.languages', 'body.languages.en', 'body.languages.es']);
  });

  it('never quote the value they refuse', async () => {
    const { text } = await post({ kind: 'Carla Mendez', day: 'Sofia Reyes' });
    expect(text).not.toMatch(/Carla|Sofia/);
  });

  it("give the route's pattern as the instance, never the path as sent", async () => {
    const { app } = appWithLog();
    const auth = `Bearer ${await tokenFor('tijuana')}`;
    const invalid = await request(app).get('/v1/people/Marie%20Joseph').set('Authorization', auth).expect(422);
    expect(invalid.body).toMatchObject({ instance: '/v1/people/:id' });
    const nowhere = await request(app).get('/v1/Marie%20Joseph/x').set('Authorization', auth).expect(404);
    const unauthenticated = await request(app).get('/v1/people/Marie%20Joseph').expect(401);
    for (const response of [invalid, nowhere, unauthenticated]) expect(response.text).not.toContain('Marie');
  });
});

describe('authentication comes first', () => {
  it.each([
    ['malformed JSON', 'application/json', '{"alias": "Marie'],
    ['a body over the limit', 'application/json', JSON.stringify({ kind: 'visit', note: 'x'.repeat(200_000) })],
    ['a body that is not JSON', 'application/x-www-form-urlencoded', 'alias=Marie'],
  ])('refuses a request without a valid token with 401, whatever its body: %s', async (_label, type, payload) => {
    const { app } = appWithLog();
    for (const auth of [undefined, 'Bearer not-a-token']) {
      const call = request(app).post('/v1/things').set('Content-Type', type);
      const response = await (auth ? call.set('Authorization', auth) : call).send(payload);
      expect(response.status).toBe(401);
    }
  });
});
