import { Writable } from 'node:stream';
import { caseClosedV1, caseOpenedV1, createEvent, DomainError, ROLES, TOPICS } from '@corredor/contracts';
import { InMemoryBus, subscription, toOutboxRecord } from '@corredor/messaging';
import { MemoryOutbox, MemoryProcessedEvents } from '@corredor/persistence';
import { ApiRoutes } from '../api/api-routes';
import { createTokenVerifier, signDevToken } from '../auth/authenticator';
import { createLogger } from '../logging/logger';
import { developmentKeyWrapper, TEST_AUTH, testCentreDirectory } from '../testing/test-harness';
import type { ServiceDefinition } from './service-module';
import { startService } from './start-service';

function captureLogs() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger('slow', 'debug', stream), lines };
}

/** A service with a slow endpoint, an endpoint that fails, and one that echoes a domain error. */
const slowService: ServiceDefinition = {
  name: 'slow',
  errorPrefix: 'SLOW',
  defaultPort: 0,
  create: () => {
    const api = new ApiRoutes({ 'POST /slow': ROLES, 'GET /boom': ROLES, 'GET /closed': ROLES });
    const any = (summary: string) => ({ summary, tag: 'Test', roles: ROLES, responses: { 200: { description: 'ok' } } });
    api.post('/slow', any('slow'), async (req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      res.json({ received: Object.keys(req.body as object) });
    });
    api.get('/boom', any('boom'), () => {
      throw new Error('database said: duplicate alias "Marie Joseph"');
    });
    api.get('/closed', any('closed'), () => {
      throw new DomainError('SLOW.ALREADY_CLOSED', 'conflict', 'This thing is already closed.');
    });
    return { api, subscriptions: [], processed: new MemoryProcessedEvents(), isStoreReachable: async () => true };
  },
};

const CASE_ID = '0b9d3c1e-8a8f-4d43-9d57-3f6f1c2b9a10';

/** A service whose subscriber is slow and publishes an event through the outbox. */
const relayingService: ServiceDefinition = {
  name: 'relaying',
  errorPrefix: 'RELAYING',
  defaultPort: 0,
  create: ({ outboxWritten }) => {
    const outbox = new MemoryOutbox();
    const handler = subscription({ group: 'relaying.close', event: caseOpenedV1 }, async (event) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const closed = createEvent(caseClosedV1, { caseId: event.data.caseId, outcome: 'resolved', closedAt: event.data.openedAt }, { tenant: event.tenantid, source: 't', correlationId: 'c', causationId: event.id });
      outbox.add([toOutboxRecord(caseClosedV1, closed, event.data.caseId, new Date())]);
      outboxWritten();
    });
    return { api: new ApiRoutes({}), subscriptions: [handler], processed: new MemoryProcessedEvents(), outbox, isStoreReachable: async () => true };
  },
};

async function start() {
  const logs = captureLogs();
  const service = await startService(slowService, {
    port: 0,
    host: '127.0.0.1',
    bus: new InMemoryBus(),
    logger: logs.logger,
    verifyToken: createTokenVerifier(TEST_AUTH),
    mongo: null,
    keyWrapper: developmentKeyWrapper(),
    clock: () => new Date(),
    centres: testCentreDirectory(),
  });
  const token = await signDevToken({ ...TEST_AUTH, centre: 'tijuana', roles: ['promoter'] });
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${service.url}${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...init.headers } });
  return { service, call, logs };
}

describe('a running service', () => {
  it('on stop, finishes the message in hand and publishes what it wrote to the outbox before returning', async () => {
    const bus = new InMemoryBus();
    const service = await startService(relayingService, {
      port: 0,
      host: '127.0.0.1',
      bus,
      logger: createLogger('relaying', 'silent'),
      verifyToken: createTokenVerifier(TEST_AUTH),
      mongo: null,
      keyWrapper: developmentKeyWrapper(),
      clock: () => new Date(),
      outboxPollIntervalMs: 60_000,
    });
    const opened = createEvent(
      caseOpenedV1,
      { caseId: CASE_ID, intakeId: CASE_ID, openedAt: '2026-11-23T10:00:00.000Z', profile: { sex: 'female', ageBand: '18-29', nationality: 'HT', languages: ['ht'] } },
      { tenant: 'tijuana', source: 't', correlationId: 'c', causationId: 'c' },
    );
    await bus.publish([{ topic: TOPICS.caseEvents, key: CASE_ID, value: JSON.stringify(opened), headers: {} }]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await service.stop();
    expect(bus.messages(TOPICS.caseEvents).map((m) => JSON.parse(m.value).type)).toEqual(['case.opened', 'case.closed']);
  });

  it('finishes a request in flight when stopped, then refuses new connections', async () => {
    const { service, call } = await start();
    const inFlight = call('/v1/slow', { method: 'POST', body: JSON.stringify({ alias: 'Marie' }) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stopped = service.stop();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: ['alias'] });
    await stopped;
    await expect(fetch(`${service.url}/healthz`)).rejects.toThrow();
  });

  it('keeps personal data out of its logs, even from bodies and error messages', async () => {
    const { service, call, logs } = await start();
    await call('/v1/slow?alias=Marie%20Joseph', { method: 'POST', body: JSON.stringify({ alias: 'Marie Joseph', phone: '+52 664 000 0000' }) });
    const boom = await call('/v1/boom');
    expect(boom.status).toBe(500);
    const problem = (await boom.json()) as { code: string; detail: string };
    expect(problem.code).toBe('INTERNAL');
    expect(JSON.stringify(problem)).not.toContain('Marie');
    logs.logger.info({ alias: 'Marie Joseph', nested: { curp: 'ABCD000000HDFXXX00' } }, 'careless log line');
    await service.stop();
    const all = logs.lines.join('');
    expect(all).toContain('"path":"/v1/slow"');
    expect(all).toContain('request failed');
    expect(all).not.toMatch(/Marie|664 000|ABCD000000/);
  });

  it('maps domain errors through the one table, with their stable code', async () => {
    const { service, call } = await start();
    const res = await call('/v1/closed');
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 409, code: 'SLOW.ALREADY_CLOSED', title: 'Conflict', type: 'urn:corredor:problem:slow.already_closed' });
    const unknown = await call('/v1/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('cache-control')).toBe('no-store');
    await service.stop();
  });
});
