import { createEvent, personErasedV1 } from '@corredor/contracts';
import { watchMemoryCollections } from '@corredor/persistence';
import type { CentreKeys } from '@corredor/service-kit';
import request from 'supertest';
import { caseApi } from '../cases/test-fixtures';

/** Unique markers in every personal field, so a raw store can be searched for them. */
const ALIAS = 'Rosemene Altidor-7f3a';
const RESTRICTED = 'Su patrón le retiene el pasaporte 41c9';
const CENTRE_NOTE = 'Vive en el albergue Juventud 2000 88d1';
const TASK = 'Llamar a Rosemene al 664 555 0199';
const SERVICE_NOTE = 'Acompañada por su hermana Nadège 5e2b';
const OTHER_SERVICE = 'Taller para Rosemene 90aa';
const EMPLOYER = 'Maquiladora Pérez Hermanos 3b77';
const MARKERS = [ALIAS, RESTRICTED, CENTRE_NOTE, TASK, SERVICE_NOTE, OTHER_SERVICE, EMPLOYER];

type Doc = Record<string, unknown>;

/** Every sealed string of a raw document opened (context `<collection>.<field path>`), so what a document still says can be searched. */
function opened(keys: CentreKeys, collection: string, doc: Doc): unknown {
  const centre = typeof doc['tenant'] === 'string' ? doc['tenant'] : String(doc['fromCentre']);
  const walk = (value: unknown, path: string): unknown => {
    if (typeof value === 'string' && value.startsWith('cx1.')) {
      // A note's body is sealed for its note (`case_notes.body:<id>`); other fields for their field.
      const context = collection === 'case_notes' && path === 'body' ? `case_notes.body:${String(doc['id'])}` : `${collection}.${path}`;
      return keys.open(centre, context, value);
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, path));
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner, path ? `${path}.${key}` : key)]));
    }
    return value;
  };
  return walk(doc, '');
}

async function serviceWithAPersonsWork() {
  const stores = watchMemoryCollections();
  const api = await caseApi();
  stores.stop();
  const { app, tokens } = api;
  const kase = await api.openCase('tijuana', { alias: ALIAS });
  const other = await api.openCase('tapachula', { alias: 'Jean-Baptiste Louis' });
  const on = (path: string) => `/v1/cases/${kase.id}${path}`;
  const post = (path: string, body: object, token = tokens.promoter) => request(app).post(on(path)).set('Authorization', token).send(body);
  const restricted = await post('/notes', { body: RESTRICTED, visibility: 'restricted' });
  const centreNote = await post('/notes', { body: CENTRE_NOTE, visibility: 'centre' });
  const task = await post('/tasks', { kind: 'call-back', title: TASK, due: { dueOn: '2026-11-25' } });
  const service = await post('/services', { type: 'other', other: { description: OTHER_SERVICE }, deliveredOn: '2026-11-23', note: SERVICE_NOTE });
  const claim = await post('/labour-claims', { employer: EMPLOYER, claimType: 'unpaid-wages', authority: 'conciliation-centre', currency: 'MXN' });
  for (const res of [restricted, centreNote, task, service, claim]) expect(res.status).toBe(201);
  await request(app).post(`/v1/cases/${kase.id}/services/${service.body.id}/void`).set('Authorization', tokens.coordinator).send({ reason: `Duplicado, ${ALIAS}` }).expect(200);
  const raw = () => stores.collections().map((collection) => ({ name: collection.name, docs: collection.contents() as Doc[] }));
  const plain = () => JSON.stringify(raw().map(({ name, docs }) => docs.map((doc) => opened(api.deps.keys, name, doc))));
  const collection = (name: string) => stores.collections().find((candidate) => candidate.name === name);
  return { ...api, kase, other, restricted: restricted.body.id as string, centreNote: centreNote.body.id as string, raw, plain, collection };
}

describe('personal data at rest', () => {
  it('keeps only ciphertext for every personal field, in every store of the service', async () => {
    const s = await serviceWithAPersonsWork();
    const everything = JSON.stringify(s.raw());
    for (const marker of [...MARKERS, 'Rosemene', 'Pérez', 'Jean-Baptiste']) expect(everything).not.toContain(marker);
    // What is sealed opens back: the markers are there, under the centre's key.
    for (const marker of MARKERS) expect(s.plain()).toContain(marker);
    const cases = s.raw().find((collection) => collection.name === 'cases')?.docs ?? [];
    expect(cases.map((doc) => [doc['alias'], doc['profile']])).toEqual(cases.map(() => [expect.stringMatching(/^cx1\./), expect.stringMatching(/^cx1\./)]));
    // Staff read them as they wrote them.
    const read = await request(s.app).get(`/v1/cases/${s.kase.id}`).set('Authorization', s.tokens.promoter);
    expect(read.body).toMatchObject({ alias: ALIAS, profile: { sex: 'female', nationality: 'HT' } });
  });
});

describe('the audit trail of sensitive reads', () => {
  const entries = async (s: Awaited<ReturnType<typeof serviceWithAPersonsWork>>, action: string) =>
    (await s.audit.list('tijuana', { action, beforeSeq: null, limit: 200 })).map((entry) => ({ userId: entry.actor.userId, record: entry.record, purpose: entry.purpose }));

  it("records who read a case's alias: one entry per case shown, by a single read or a list", async () => {
    const s = await serviceWithAPersonsWork();
    const before = await entries(s, 'person.read');
    await request(s.app).get(`/v1/cases/${s.kase.id}`).set('Authorization', s.tokens.lawyer).expect(200);
    await request(s.app).get('/v1/cases').set('Authorization', s.tokens.interpreter).expect(200);
    const after = (await entries(s, 'person.read')).slice(0, -before.length || undefined);
    expect(after).toEqual([
      { userId: 'interp', record: { type: 'case', id: s.kase.id }, purpose: 'case-work' },
      { userId: 'law', record: { type: 'case', id: s.kase.id }, purpose: 'case-work' },
    ]);
    // Never the alias, nor another centre's case.
    const trail = JSON.stringify(await s.audit.list('tijuana', { beforeSeq: null, limit: 500 }));
    expect(trail).not.toContain('Rosemene');
    expect(trail).not.toContain(s.other.id);
  });

  it('records every look at a restricted note (by id, in the list, on the timeline), and none for centre notes', async () => {
    const s = await serviceWithAPersonsWork();
    expect(await entries(s, 'restricted-note.read')).toEqual([]);
    await request(s.app).get(`/v1/cases/${s.kase.id}/notes/${s.restricted}`).set('Authorization', s.tokens.coordinator).expect(200);
    await request(s.app).get(`/v1/cases/${s.kase.id}/notes`).set('Authorization', s.tokens.coordinator).expect(200);
    await request(s.app).get(`/v1/cases/${s.kase.id}/timeline`).set('Authorization', s.tokens.coordinator).expect(200);
    // An interpreter never sees it: nothing to record.
    const hidden = await request(s.app).get(`/v1/cases/${s.kase.id}/notes`).set('Authorization', s.tokens.interpreter);
    expect(hidden.body.items).toHaveLength(1);
    const read = { userId: 'coord', record: { type: 'note', id: s.restricted }, purpose: 'case-work' };
    expect(await entries(s, 'restricted-note.read')).toEqual([read, read, read]);
  });
});

describe('erasing a person', () => {
  const erased = (personId: string) => createEvent(personErasedV1, { personId, erasedAt: '2026-11-24T10:00:00.000Z' }, { tenant: 'tijuana', source: '/corredor/intake', correlationId: 'req-erase', causationId: 'req-erase', subject: personId });

  it("deletes the person's personal data in every store, keeps the case's skeleton, and does it once", async () => {
    const s = await serviceWithAPersonsWork();
    await s.caseEvents(); // what the work published has been handled (the first service activated the case)
    const { body: held } = await request(s.app).get(`/v1/cases/${s.kase.id}`).set('Authorization', s.tokens.coordinator);
    await s.deliver(erased(held.personId));
    const plain = s.plain();
    for (const marker of MARKERS) expect(plain).not.toContain(marker);
    expect(plain).not.toContain('Rosemene');
    // The consents the intake carried are gone; another centre's person is untouched.
    const consents = s.raw().find((collection) => collection.name === 'consents')?.docs ?? [];
    expect(consents.filter((doc) => doc['personId'] === held.personId)).toEqual([]);
    expect(plain).toContain('Jean-Baptiste Louis');

    const list = await request(s.app).get('/v1/cases').set('Authorization', s.tokens.coordinator);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: s.kase.id, alias: '[erased]', status: held.status, openedAt: held.openedAt, profile: { sex: 'not-stated', ageBand: 'unknown', nationality: 'unknown', languages: [] } }),
    ]);
    const notes = await request(s.app).get(`/v1/cases/${s.kase.id}/notes`).set('Authorization', s.tokens.coordinator);
    const kept = notes.body.items.map((note: { body: string; visibility: string }) => [note.body, note.visibility]);
    expect(kept).toHaveLength(2);
    expect(kept).toEqual(expect.arrayContaining([['[erased]', 'centre'], ['[erased]', 'restricted']]));
    const timeline = await request(s.app).get(`/v1/cases/${s.kase.id}/timeline?limit=100`).set('Authorization', s.tokens.coordinator);
    expect(timeline.body.items.filter((entry: { detail: { change?: string } }) => entry.detail.change === 'personal-data-erased')).toHaveLength(1);

    // Again (a redelivery, or the erasure repeated): nothing more changes.
    const version = list.body.items[0].version;
    await s.deliver(erased(held.personId));
    const again = await request(s.app).get(`/v1/cases/${s.kase.id}`).set('Authorization', s.tokens.coordinator);
    expect(again.body.version).toBe(version);
  });
});

describe("destroying a centre's data key (crypto-shredding)", () => {
  it("leaves the centre's stored data unreadable: ciphertext at rest, 410 on reads; another centre reads on", async () => {
    const s = await serviceWithAPersonsWork();
    s.deps.keys.destroy('tijuana');
    expect(() => s.plain()).toThrow(expect.objectContaining({ code: 'CENTRE.DATA_DESTROYED' }));
    expect(JSON.stringify(s.raw())).not.toContain('Rosemene');
    const kase = await request(s.app).get(`/v1/cases/${s.kase.id}`).set('Authorization', s.tokens.coordinator);
    expect(kase.status).toBe(410);
    expect(kase.body.code).toBe('CENTRE.DATA_DESTROYED');
    expect(JSON.stringify(kase.body)).not.toContain('Rosemene');
    const note = await request(s.app).get(`/v1/cases/${s.kase.id}/notes/${s.restricted}`).set('Authorization', s.tokens.coordinator);
    expect([note.status, note.body.code]).toEqual([410, 'CENTRE.DATA_DESTROYED']);
    const list = await request(s.app).get('/v1/cases').set('Authorization', s.tokens.coordinator);
    expect(list.status).toBe(410);

    const elsewhere = await request(s.app).get(`/v1/cases/${s.other.id}`).set('Authorization', s.tokens.tapachula);
    expect([elsewhere.status, elsewhere.body.alias]).toEqual([200, 'Jean-Baptiste Louis']);
  });
});

describe('fields that hold a staff id', () => {
  it('refuse free text, so a name or an address never lands in clear where an id belongs', async () => {
    const s = await serviceWithAPersonsWork();
    const text = 'Rosemene, calle 5 #12, +52 664 000 0000';
    const on = (path: string) => `/v1/cases/${s.kase.id}${path}`;
    const assigned = await request(s.app).put(on('/assignee')).set('Authorization', s.tokens.coordinator).send({ assignee: text, expectedVersion: 3 });
    const delivered = await request(s.app).post(on('/services')).set('Authorization', s.tokens.promoter).send({ type: 'labour-rights-guidance', deliveredOn: '2026-11-23', deliveredBy: text });
    const task = await request(s.app).post(on('/tasks')).set('Authorization', s.tokens.promoter).send({ kind: 'call-back', title: 'Llamar', due: { dueOn: '2026-11-25' }, assignee: text });
    for (const [res, field] of [[assigned, 'body.assignee'], [delivered, 'body.deliveredBy'], [task, 'body.assignee']] as const) {
      expect([res.status, res.body.errors.map((error: { field: string }) => error.field)]).toEqual([422, [field]]);
      expect(JSON.stringify(res.body)).not.toContain('Rosemene');
    }
    expect(JSON.stringify(s.raw())).not.toContain('calle 5');
  });
});

describe('a sealed note body', () => {
  it('does not open in another note: a restricted body copied in the store into a centre note shows nothing to those who read centre notes', async () => {
    const s = await serviceWithAPersonsWork();
    const notes = s.collection('case_notes');
    const sealedRestricted = (notes?.contents() as Doc[] | undefined)?.find((doc) => doc['id'] === s.restricted)?.['body'];
    expect(typeof sealedRestricted).toBe('string');
    notes?.updateWhere({ id: s.centreNote }, (doc) => ({ ...doc, body: sealedRestricted }));
    const read = await request(s.app).get(`/v1/cases/${s.kase.id}/notes`).set('Authorization', s.tokens.interpreter);
    expect(read.status).toBe(500);
    expect(JSON.stringify(read.body)).not.toContain('pasaporte');
  });
});
