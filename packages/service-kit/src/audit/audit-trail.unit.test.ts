import { ACCESS_MATRIX, API_SERVICES, CENTRE_STAFF_ROLES, DomainError, type Role } from '@corredor/contracts';
import { MemoryProcessedEvents } from '@corredor/persistence';
import request from 'supertest';
import { z } from 'zod';
import { ApiRoutes } from '../api/api-routes';
import { buildServiceApp } from '../runtime/build-service-app';
import type { ServiceDefinition } from '../runtime/service-module';
import { networkTokenFor, testAppDeps, tokenFor } from '../testing/test-harness';
import { TEST_NETWORK } from '../testing/test-centres';
import { auditHash, type AuditEntry } from './audit-trail.domain';
import type { AuditTrailStore } from './audit-trail.repository';
import { MemoryAuditTrailStore } from './audit-trail.repository.memory';

const MARIE = '0b5e4a0e-3c1f-4d5b-9a63-2f1f6c8d9e10';
const JEAN = '5d6c1b2a-7e8f-4a9b-8c0d-1e2f3a4b5c6d';
const NOTE = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';

/** A service holding one person per centre (Marie at Tijuana, Jean at Tapachula) that records each read of one. */
const peopleService: ServiceDefinition = {
  name: 'people',
  errorPrefix: 'PEOPLE',
  defaultPort: 0,
  create: ({ audit }) => {
    const people: Record<string, string> = { [MARIE]: 'tijuana', [JEAN]: 'tapachula' };
    const api = new ApiRoutes({
      'GET /people/:id': CENTRE_STAFF_ROLES,
      'GET /people/:id/notes/:noteId': CENTRE_STAFF_ROLES,
      'GET /audit-trail': ACCESS_MATRIX.intake['GET /audit-trail'],
      'GET /audit-trail/verification': ACCESS_MATRIX.intake['GET /audit-trail/verification'],
    });
    // Any text reaches the handler, as a route with a looser id would let it.
    const params = z.object({ id: z.string().max(200) });
    const personAt = (centre: string, id: string) => {
      if (people[id] !== centre) throw new DomainError('PEOPLE.PERSON_NOT_FOUND', 'not-found', 'No such person at this centre.');
    };
    api.get('/people/:id', { summary: 'a person', tag: 'People', params, responses: { 200: { description: 'ok' } } }, async (_req, res) => {
      const { id } = z.object({ id: z.string() }).parse(res.locals['valid']?.params);
      const centre = (res.locals['principal'] as { centre: string }).centre;
      personAt(centre, id);
      await audit.recordRead(res, { action: 'person.read', record: { type: 'person', id }, purpose: 'case-work' });
      res.json({ id, alias: 'Marie' });
    });
    api.get(
      '/people/:id/notes/:noteId',
      { summary: "a person's note", tag: 'People', params: z.object({ id: z.string(), noteId: z.string() }), responses: { 200: { description: 'ok' } } },
      () => {
        throw new DomainError('PEOPLE.NOTE_NOT_FOUND', 'not-found', 'No such note.');
      },
    );
    return { api, subscriptions: [], processed: new MemoryProcessedEvents(), isStoreReachable: async () => true };
  },
};

async function peopleApp(store: AuditTrailStore = new MemoryAuditTrailStore()) {
  const built = buildServiceApp(peopleService, testAppDeps({ auditStore: store }));
  const as = async (centre: string, role: Role, userId = `${role}@${centre}`) => {
    const auth = `Bearer ${await tokenFor(centre, [role], userId)}`;
    return { get: (path: string) => request(built.app).get(path).set('Authorization', auth) };
  };
  return { ...built, store, as };
}

type EntryView = Omit<AuditEntry, 'at'> & { at: string };

describe('the audit trail of a service', () => {
  it('records each read before answering, and lets a coordinator list the centre\'s entries newest first, a page at a time, filtered', async () => {
    const { as } = await peopleApp();
    const promoter = await as('tijuana', 'promoter', 'ana');
    const coordinator = await as('tijuana', 'coordinator', 'luis');
    expect((await promoter.get(`/v1/people/${MARIE}`).set('X-Request-Id', 'a1b2c3d4e5f60718')).status).toBe(200);
    expect((await promoter.get(`/v1/people/${MARIE}`)).status).toBe(200);
    expect((await coordinator.get(`/v1/people/${MARIE}?name=Marie`)).status).toBe(200);

    const first = await coordinator.get('/v1/audit-trail?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items.map((e: EntryView) => [e.seq, e.actor.userId])).toEqual([
      [3, 'luis'],
      [2, 'ana'],
    ]);
    const second = await coordinator.get(`/v1/audit-trail?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.nextCursor).toBeNull();
    expect(second.body.items).toEqual([
      {
        id: expect.any(String),
        seq: 1,
        at: '2026-11-23T15:00:00.000Z',
        actor: { userId: 'ana', roles: ['promoter'] },
        action: 'person.read',
        record: { type: 'person', id: MARIE },
        purpose: 'case-work',
        requestId: 'a1b2c3d4e5f60718',
        prevHash: '0'.repeat(64),
        hash: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      },
    ]);
    // Never the values read nor the query string.
    expect(JSON.stringify([first.body, second.body])).not.toMatch(/Marie|name=/);

    const byRecord = await coordinator.get(`/v1/audit-trail?recordId=${JEAN}`);
    expect(byRecord.body.items).toEqual([]);
    const byAction = await coordinator.get('/v1/audit-trail?action=restricted-note.read');
    expect(byAction.body.items).toEqual([]);
    const inWindow = await coordinator.get('/v1/audit-trail?from=2026-11-23T15:00:00Z&to=2026-11-23T15:00:01Z');
    expect(inWindow.body.items).toHaveLength(3);
    const before = await coordinator.get('/v1/audit-trail?to=2026-11-23T15:00:00Z');
    expect(before.body.items).toEqual([]);
    const invalid = await coordinator.get('/v1/audit-trail?action=everything&from=yesterday');
    expect([invalid.status, invalid.body.errors.map((e: { field: string }) => e.field).sort()]).toEqual([422, ['query.action', 'query.from']]);
  });

  it('lets only coordinators read the trail and its verification', async () => {
    const { as, app } = await peopleApp();
    for (const role of ['promoter', 'interpreter', 'lawyer'] as const) {
      const caller = await as('tijuana', role);
      expect((await caller.get('/v1/audit-trail')).status).toBe(403);
      expect((await caller.get('/v1/audit-trail/verification')).status).toBe(403);
    }
    const operator = `Bearer ${await networkTokenFor(TEST_NETWORK, ['operator'])}`;
    expect((await request(app).get('/v1/audit-trail').set('Authorization', operator)).status).toBe(403);
    expect((await request(app).get('/v1/audit-trail')).status).toBe(401);
    expect((await (await as('tijuana', 'coordinator')).get('/v1/audit-trail/verification')).status).toBe(200);
  });

  it("never lists another centre's entries, nor counts them in its verification", async () => {
    const { as } = await peopleApp();
    await (await as('tapachula', 'promoter')).get(`/v1/people/${JEAN}`).expect(200);
    await (await as('tapachula', 'promoter')).get(`/v1/people/${JEAN}`).expect(200);
    await (await as('tijuana', 'promoter')).get(`/v1/people/${MARIE}`).expect(200);
    const tijuana = await as('tijuana', 'coordinator');
    const listed = await tijuana.get('/v1/audit-trail');
    expect(listed.body.items.map((e: EntryView) => [e.seq, e.record.id])).toEqual([[1, MARIE]]);
    expect((await tijuana.get(`/v1/audit-trail?recordId=${JEAN}`)).body.items).toEqual([]);
    expect((await tijuana.get('/v1/audit-trail/verification')).body).toEqual({ verified: true, entries: 1, firstBrokenLink: null });
    expect((await (await as('tapachula', 'coordinator')).get('/v1/audit-trail/verification')).body).toEqual({ verified: true, entries: 2, firstBrokenLink: null });
  });

  it('reports an entry changed in the store at its seq (even rehashed, without the centre\'s key), and one deleted at the next', async () => {
    const store = new MemoryAuditTrailStore();
    const { as } = await peopleApp(store);
    const promoter = await as('tijuana', 'promoter', 'ana');
    for (let n = 0; n < 4; n += 1) await promoter.get(`/v1/people/${MARIE}`).expect(200);
    const coordinator = await as('tijuana', 'coordinator');
    expect((await coordinator.get('/v1/audit-trail/verification')).body).toEqual({ verified: true, entries: 4, firstBrokenLink: null });

    // Someone with access to the database hides who read Marie's record the third time.
    store.collection.updateWhere({ centre: 'tijuana', seq: 3 }, (entry) => ({ ...entry, actor: { userId: 'luis', roles: ['coordinator'] } }));
    const third = store.collection.findOne({ centre: 'tijuana', seq: 3 });
    expect((await coordinator.get('/v1/audit-trail/verification')).body).toEqual({
      verified: false,
      entries: 4,
      firstBrokenLink: { seq: 3, id: third?.id, reason: 'hash-mismatch' },
    });

    // The same person rehashes the chain from there on, as SHA-256 would let them: without the centre's key, the hashes do not hold.
    let previous = store.collection.findOne({ centre: 'tijuana', seq: 2 })?.hash ?? '';
    for (const seq of [3, 4]) {
      store.collection.updateWhere({ centre: 'tijuana', seq }, (entry) => {
        const { hash: _old, ...rest } = { ...entry, prevHash: previous };
        previous = auditHash(rest);
        return { ...rest, hash: previous };
      });
    }
    expect((await coordinator.get('/v1/audit-trail/verification')).body).toMatchObject({ verified: false, firstBrokenLink: { seq: 3, reason: 'hash-mismatch' } });

    store.collection.deleteWhere({ centre: 'tijuana', seq: { $gte: 2, $lte: 3 } });
    const fourth = store.collection.findOne({ centre: 'tijuana', seq: 4 });
    expect((await coordinator.get('/v1/audit-trail/verification')).body).toEqual({
      verified: false,
      entries: 2,
      firstBrokenLink: { seq: 4, id: fourth?.id, reason: 'sequence-gap' },
    });
  });

  it("records a 404 on another centre's id as record.not-found in the caller's trail, keeping the id only when it is one", async () => {
    const { as } = await peopleApp();
    const prober = await as('tapachula', 'promoter', 'eve');
    const probe = await prober.get(`/v1/people/${MARIE}`);
    expect([probe.status, probe.body.code]).toEqual([404, 'PEOPLE.PERSON_NOT_FOUND']);
    expect((await prober.get('/v1/people/Marie%20Joseph')).status).toBe(404);
    expect((await prober.get(`/v1/people/${JEAN}/notes/${NOTE}`)).status).toBe(404);
    // A path no route matches is not a probe of a record.
    expect((await prober.get(`/v1/nothing/${MARIE}`)).status).toBe(404);

    const trail = await (await as('tapachula', 'coordinator')).get('/v1/audit-trail');
    expect(trail.body.items.map((e: EntryView) => ({ actor: e.actor, action: e.action, record: e.record, purpose: e.purpose }))).toEqual([
      { actor: { userId: 'eve', roles: ['promoter'] }, action: 'record.not-found', record: { type: 'note', id: NOTE }, purpose: 'unstated' },
      { actor: { userId: 'eve', roles: ['promoter'] }, action: 'record.not-found', record: { type: 'person', id: '[not-an-id]' }, purpose: 'unstated' },
      { actor: { userId: 'eve', roles: ['promoter'] }, action: 'record.not-found', record: { type: 'person', id: MARIE }, purpose: 'unstated' },
    ]);
    expect(JSON.stringify(trail.body)).not.toContain('Marie');
    // Tijuana's trail is untouched: nothing of Marie was read.
    expect((await (await as('tijuana', 'coordinator')).get('/v1/audit-trail')).body.items).toEqual([]);
  });

  it('answers 503, not the record, when the read cannot be recorded', async () => {
    const store = new MemoryAuditTrailStore();
    const broken: AuditTrailStore = {
      append: async () => {
        throw new Error('store unreachable');
      },
      list: (centre, query) => store.list(centre, query),
      chain: (centre, after, limit) => store.chain(centre, after, limit),
      isReachable: async () => false,
    };
    const { as } = await peopleApp(broken);
    const promoter = await as('tijuana', 'promoter');
    const read = await promoter.get(`/v1/people/${MARIE}`);
    expect([read.status, read.body.code]).toEqual([503, 'AUDIT.UNAVAILABLE']);
    expect(JSON.stringify(read.body)).not.toContain('Marie');
    const probe = await promoter.get(`/v1/people/${JEAN}`);
    expect([probe.status, probe.body.code]).toEqual([503, 'AUDIT.UNAVAILABLE']);
  });

  it('documents both routes for coordinators in the OpenAPI document', async () => {
    const { app } = await peopleApp();
    const document = (await request(app).get('/openapi.json')).body as { paths: Record<string, Record<string, { 'x-roles': string[] }>> };
    expect(document.paths['/audit-trail']?.['get']?.['x-roles']).toEqual(['coordinator']);
    expect(document.paths['/audit-trail/verification']?.['get']?.['x-roles']).toEqual(['coordinator']);
  });

  it("is open to coordinators, and only to them, in every service's section of the access matrix", () => {
    for (const service of API_SERVICES) {
      const section: Record<string, readonly Role[] | undefined> = ACCESS_MATRIX[service];
      expect([service, section['GET /audit-trail'], section['GET /audit-trail/verification']]).toEqual([service, ['coordinator'], ['coordinator']]);
    }
  });
});
