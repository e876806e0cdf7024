import pino from 'pino';
import { Writable } from 'node:stream';
import request from 'supertest';
import { bearer, caseWorkTestApp, TAPACHULA_CASE, TIJUANA_CASE, TIJUANA_CLOSED_CASE } from '../timeline/test-fixtures';

const notes = `/v1/cases/${TIJUANA_CASE}/notes`;
const SECRET = 'Refiere que el patrón le retiene el pasaporte';

async function setup() {
  const logs: string[] = [];
  const logger = pino(
    { level: 'trace' },
    new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  );
  // A clock that moves a second per reading, so notes written one after the other are in that order.
  let tick = Date.parse('2026-11-23T15:00:00.000Z');
  const built = caseWorkTestApp({ deps: { logger, clock: () => new Date((tick += 1000)) } });
  return {
    ...built,
    logs,
    author: await bearer('tijuana', 'promoter', 'staff-ana'),
    colleague: await bearer('tijuana', 'lawyer', 'staff-lucia'),
    coordinator: await bearer('tijuana', 'coordinator', 'staff-carla'),
    interpreter: await bearer('tijuana', 'interpreter', 'staff-jean'),
    tapachula: await bearer('tapachula', 'coordinator', 'staff-rosa'),
  };
}

describe('case notes', () => {
  it('shows a centre note to everyone at the centre', async () => {
    const { app, author, interpreter } = await setup();
    const written = await request(app).post(notes).set('Authorization', author).send({ body: 'Viene el lunes con su contrato', visibility: 'centre' });
    expect(written.status).toBe(201);
    expect(written.headers['location']).toBe(`${notes}/${written.body.id}`);
    expect(written.body).toMatchObject({ caseId: TIJUANA_CASE, body: 'Viene el lunes con su contrato', visibility: 'centre', authorId: 'staff-ana', corrects: null });
    const read = await request(app).get(`${notes}/${written.body.id}`).set('Authorization', interpreter);
    expect(read.body).toEqual({ ...written.body, correctedBy: [] });
    expect((await request(app).get(notes).set('Authorization', interpreter)).body).toEqual({ items: [written.body], nextCursor: null });
  });

  it('shows a restricted note to its author and the coordinators only; to others it does not exist', async () => {
    const { app, author, colleague, coordinator, interpreter } = await setup();
    const open = await request(app).post(notes).set('Authorization', author).send({ body: 'Nota general', visibility: 'centre' });
    const restricted = await request(app).post(notes).set('Authorization', author).send({ body: SECRET, visibility: 'restricted' });
    expect(restricted.status).toBe(201);
    for (const reader of [author, coordinator]) {
      expect((await request(app).get(`${notes}/${restricted.body.id}`).set('Authorization', reader)).status).toBe(200);
      expect((await request(app).get(notes).set('Authorization', reader)).body.items.map((n: { id: string }) => n.id)).toEqual([restricted.body.id, open.body.id]);
    }
    for (const other of [colleague, interpreter]) {
      const byId = await request(app).get(`${notes}/${restricted.body.id}`).set('Authorization', other);
      expect([byId.status, byId.body.code]).toEqual([404, 'CASE.NOTE_NOT_FOUND']);
      const list = await request(app).get(notes).set('Authorization', other);
      expect(list.body.items.map((n: { id: string }) => n.id)).toEqual([open.body.id]);
      expect(JSON.stringify(list.body)).not.toContain('pasaporte');
    }
  });

  it('does not let an interpreter write a restricted note, which they could not read', async () => {
    const { app, interpreter } = await setup();
    const res = await request(app).post(notes).set('Authorization', interpreter).send({ body: 'Privado', visibility: 'restricted' });
    expect([res.status, res.body.code]).toEqual([403, 'CASE.NOTE_RESTRICTED_NOT_ALLOWED']);
    expect((await request(app).post(notes).set('Authorization', interpreter).send({ body: 'Interpreté la cita', visibility: 'centre' })).status).toBe(201);
  });

  it('stops showing a restricted note to its author once they are an interpreter (the same user id)', async () => {
    const { app, author } = await setup();
    const restricted = await request(app).post(notes).set('Authorization', author).send({ body: SECRET, visibility: 'restricted' });
    expect(restricted.status).toBe(201);
    const nowInterpreter = await bearer('tijuana', 'interpreter', 'staff-ana');
    const byId = await request(app).get(`${notes}/${restricted.body.id}`).set('Authorization', nowInterpreter);
    expect([byId.status, byId.body.code]).toEqual([404, 'CASE.NOTE_NOT_FOUND']);
    expect((await request(app).get(notes).set('Authorization', nowInterpreter)).body.items).toEqual([]);
    const timeline = await request(app).get(`/v1/cases/${TIJUANA_CASE}/timeline`).set('Authorization', nowInterpreter);
    expect(timeline.status).toBe(200);
    expect(JSON.stringify(timeline.body)).not.toContain('pasaporte');
    // Back in a caseworker's role, the author reads it again.
    expect((await request(app).get(`${notes}/${restricted.body.id}`).set('Authorization', await bearer('tijuana', 'lawyer', 'staff-ana'))).status).toBe(200);
  });

  it('corrects a note with a new one, as restricted as the note it corrects', async () => {
    const { app, author, colleague, coordinator } = await setup();
    const original = await request(app).post(notes).set('Authorization', author).send({ body: 'Cita el día 12', visibility: 'centre' });
    const fix = await request(app).post(notes).set('Authorization', colleague).send({ body: 'La cita es el día 13', visibility: 'centre', corrects: original.body.id });
    expect(fix.body).toMatchObject({ corrects: original.body.id, authorId: 'staff-lucia' });
    expect((await request(app).get(`${notes}/${original.body.id}`).set('Authorization', author)).body).toMatchObject({ body: 'Cita el día 12', correctedBy: [fix.body.id] });

    const restricted = await request(app).post(notes).set('Authorization', coordinator).send({ body: SECRET, visibility: 'restricted' });
    const widened = await request(app).post(notes).set('Authorization', coordinator).send({ body: 'Corrección', visibility: 'centre', corrects: restricted.body.id });
    expect([widened.status, widened.body.code]).toEqual([422, 'CASE.NOTE_CORRECTION_MUST_BE_RESTRICTED']);
    const unseen = await request(app).post(notes).set('Authorization', colleague).send({ body: 'Corrección', visibility: 'centre', corrects: restricted.body.id });
    expect(unseen.body.errors).toEqual([{ field: 'body.corrects', message: 'is not a note on this case that you can see' }]);
  });

  it('answers 422 with the fields at fault, and keeps note text out of the logs and the events', async () => {
    const { app, author, logs, caseEvents } = await setup();
    const bad = await request(app).post(notes).set('Authorization', author).send({ body: `${SECRET}\u202E`, visibility: 'secret', corrects: 'n-1' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.body', 'body.corrects', 'body.visibility']);
    const long = await request(app).post(notes).set('Authorization', author).send({ body: 'x'.repeat(10_001), visibility: 'centre' });
    expect(long.body.errors).toEqual([{ field: 'body.body', message: 'must be at most 10000 characters' }]);
    await request(app).post(notes).set('Authorization', author).send({ body: SECRET, visibility: 'restricted' });
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('')).not.toContain('pasaporte');
    expect(await caseEvents()).toEqual([]);
  });

  it('takes notes on a closed case too: a call after closure is still worth writing down', async () => {
    const { app, author } = await setup();
    const res = await request(app).post(`/v1/cases/${TIJUANA_CLOSED_CASE}/notes`).set('Authorization', author).send({ body: 'Llamó: ya tiene trabajo', visibility: 'centre' });
    expect(res.status).toBe(201);
  });

  it('pages notes newest first', async () => {
    const { app, author } = await setup();
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) ids.push((await request(app).post(notes).set('Authorization', author).send({ body: `Nota ${i}`, visibility: 'centre' })).body.id);
    const first = await request(app).get(`${notes}?limit=2`).set('Authorization', author);
    const second = await request(app).get(`${notes}?limit=2&cursor=${first.body.nextCursor}`).set('Authorization', author);
    expect([...first.body.items, ...second.body.items].map((n: { id: string }) => n.id)).toEqual([...ids].reverse());
    expect(second.body.nextCursor).toBeNull();
  });

  it("keeps Tijuana's notes from Tapachula's staff: 404 on the case, nothing in their lists", async () => {
    const { app, author, tapachula } = await setup();
    const note = await request(app).post(notes).set('Authorization', author).send({ body: 'Nota', visibility: 'centre' });
    for (const res of [
      await request(app).get(notes).set('Authorization', tapachula),
      await request(app).get(`${notes}/${note.body.id}`).set('Authorization', tapachula),
      await request(app).post(notes).set('Authorization', tapachula).send({ body: 'Intruso', visibility: 'centre' }),
    ]) {
      expect([res.status, res.body.code]).toEqual([404, 'CASE.NOT_FOUND']);
    }
    const own = `/v1/cases/${TAPACHULA_CASE}/notes`;
    const viaOwnCase = await request(app).get(`${own}/${note.body.id}`).set('Authorization', tapachula);
    expect([viaOwnCase.status, viaOwnCase.body.code]).toEqual([404, 'CASE.NOTE_NOT_FOUND']);
    expect((await request(app).get(own).set('Authorization', tapachula)).body).toEqual({ items: [], nextCursor: null });
  });
});
