import { TOPICS } from '@corredor/contracts';
import { changeTestCentre, networkTokenFor } from '@corredor/service-kit/testing';
import request from 'supertest';
import { IDEMPOTENCY_TTL_MS } from '../idempotency/idempotency.domain';
import { intakeApi } from './api-test-setup';
import { documentsWithheldInterviewBody, newPersonSubmission, personBody, quietInterviewBody } from './test-fixtures';

type Api = Awaited<ReturnType<typeof intakeApi>>;

const fieldsOf = (res: { body: { errors?: Array<{ field: string }> } }) => (res.body.errors ?? []).map((e) => e.field).sort();

async function newPerson(api: Api, body: object = newPersonSubmission()) {
  const res = await api.submit(api.callers.ana, body);
  expect(res.status).toBe(201);
  return res.body as { id: string; personId: string };
}

describe('POST /v1/intakes: a new person', () => {
  it('records the person, the interview and the consents (201), and announces intake.submitted keyed by the person', async () => {
    const api = await intakeApi();
    const res = await request(api.app).post('/v1/intakes').set('Authorization', api.callers.ana).set('X-Request-Id', '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9').send(newPersonSubmission());
    expect(res.status).toBe(201);
    expect(res.headers['location']).toBe(`/v1/intakes/${res.body.id}`);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatchObject({
      returning: false,
      caseAction: 'open-new',
      riskFlags: [],
      priority: 'normal',
      consents: [{ purpose: 'store-data' }, { purpose: 'statistics' }, { purpose: 'contact', channel: 'whatsapp' }],
      answers: null,
      interviewedBy: 'ana@tijuana',
      submittedAt: '2026-11-23T15:00:00.000Z',
      interview: { work: { sector: 'construction', wage: { amount: '1800' } } },
    });

    const [event, ...more] = await api.events();
    expect(more).toHaveLength(0);
    expect(event).toMatchObject({
      type: 'intake.submitted',
      eventversion: 3,
      tenantid: 'tijuana',
      subject: res.body.personId,
      key: res.body.personId,
      correlationid: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9',
      data: {
        intakeId: res.body.id,
        personId: res.body.personId,
        returning: false,
        caseAction: 'open-new',
        alias: 'Mari',
        sex: 'female',
        yearOfBirth: 1994,
        nationalities: ['HT'],
        languages: ['ht', 'fr'],
        preferredLanguage: 'ht',
        needsInterpreter: true,
        riskFlags: [],
        consents: [{ purpose: 'store-data' }, { purpose: 'statistics' }, { purpose: 'contact', channel: 'whatsapp' }],
        migratoryStatus: 'asylum-seeker',
      },
    });
    // Documents, contact numbers, work details and the rest of the migratory situation (the next
    // signing at COMAR and how often) stay in the intake service: the status is the only part that travels.
    expect(JSON.stringify(event)).not.toMatch(/GAPM900101|664 123 4567|construction|"1800"|2026-11-30|weekly|nextSigningOn|signingFrequency|migratorySituation/);
  });

  it('announces each consent given at the interview as consent.given, with its id, on the consent topic', async () => {
    const api = await intakeApi();
    const { personId, id: intakeId } = await newPerson(api);
    const recorded = (await api.get(api.callers.ana, `/people/${personId}/consents`)).body.items as Array<{ id: string; scope: object; intakeId: string }>;
    expect(recorded.every((consent) => consent.intakeId === intakeId)).toBe(true);
    const given = await api.events(TOPICS.consentEvents);
    expect(given.map((event) => ({ type: event.type, key: (event as { key?: string }).key, subject: event.subject, data: event.data }))).toEqual(
      expect.arrayContaining(
        recorded.map((consent) => ({
          type: 'consent.given',
          key: personId,
          subject: personId,
          data: { personId, consentId: consent.id, scope: consent.scope, givenAt: '2026-11-23T15:00:00.000Z' },
        })),
      ),
    );
    expect(given).toHaveLength(3);
    // The intake topic keeps intake.submitted, with the consents, for the case service.
    expect((await api.events()).map((event) => event.type)).toEqual(['intake.submitted']);
    expect(JSON.stringify(given)).not.toMatch(/Mari|664 123 4567|GAPM900101/);
  });

  it('announces nothing when the interview is refused', async () => {
    const api = await intakeApi();
    const res = await api.submit(api.callers.ana, newPersonSubmission({ person: { ...personBody, sex: 'robot' } }));
    expect(res.status).toBe(422);
    expect(await api.events(TOPICS.consentEvents)).toEqual([]);
  });

  it('derives risk flags with their reasons, and sends only codes and levels in the event', async () => {
    const api = await intakeApi();
    const res = await api.submit(api.callers.ana, newPersonSubmission({ interview: documentsWithheldInterviewBody }));
    expect(res.status).toBe(201);
    expect(res.body.priority).toBe('high');
    const flag = res.body.riskFlags.find((f: { flag: string }) => f.flag.startsWith('trafficking.'));
    expect(flag).toMatchObject({ screen: 'trafficking-forced-labour', level: 'high', reason: expect.any(String) });

    const [event] = await api.events();
    const flags = (event?.data as { riskFlags: object[] }).riskFlags;
    expect(flags).toContainEqual({ screen: 'trafficking-forced-labour', flag: flag.flag, level: 'high' });
    expect(JSON.stringify(event)).not.toContain(flag.reason);
    expect((await api.get(api.callers.ana, `/intakes/${res.body.id}`)).body.riskFlags).toEqual(res.body.riskFlags);
  });

  it('refuses invalid input with 422 and every field error, and saves and publishes nothing', async () => {
    const api = await intakeApi();
    const res = await api.submit(
      api.callers.ana,
      newPersonSubmission({
        person: { ...personBody, sex: 'robot', nationalities: ['XX'], preferredLanguage: 'es' },
        interview: { ...quietInterviewBody, household: { travelsWith: 'on-foot', adults: 0 } },
        consents: [{ purpose: 'statistics' }],
      }),
    );
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 422, code: 'INTAKE.VALIDATION_FAILED', instance: '/v1/intakes' });
    expect(fieldsOf(res)).toEqual(['body.consents', 'body.interview.household.travelsWith', 'body.person.nationalities.0', 'body.person.preferredLanguage', 'body.person.sex']);
    expect(res.body.errors.find((e: { field: string }) => e.field === 'body.consents').message).toMatch(/consent to store their data.*nothing of the interview is recorded/);
    expect(JSON.stringify(res.body)).not.toContain('robot');
    expect(await api.module.outbox?.countPending()).toBe(0);
  });

  it('names the fields of a returning person that are wrong', async () => {
    const api = await intakeApi();
    const res = await api.submit(api.callers.ana, newPersonSubmission({ person: { existingPersonId: 'someone', caseAction: 'reopen' } }));
    expect(res.status).toBe(422);
    expect(fieldsOf(res)).toEqual(['body.person.caseAction', 'body.person.existingPersonId']);
  });

  it('stores names in NFC, trimmed, as they are shown', async () => {
    const api = await intakeApi();
    const { personId } = await newPerson(api, newPersonSubmission({ person: { ...personBody, name: '  Jose\u0301 Pe\u0301rez ', alias: undefined } }));
    const person = await api.get(api.callers.ana, `/people/${personId}`);
    expect(person.body.details.name).toBe('Jos\u00e9 P\u00e9rez');
    const [event] = await api.events();
    expect((event?.data as { alias: string }).alias).toBe('Jos\u00e9 P\u00e9rez');
  });

  it.each([
    ['a zero-width space', 'Ma\u200Brie'],
    ['a right-to-left override', 'Marie \u202Eesoj'],
    ['a Hangul filler', 'Marie\u3164'],
    ['a variation selector', 'Marie\uFE0F'],
  ])('refuses a name with %s, saying why', async (_what, name) => {
    const api = await intakeApi();
    const res = await api.submit(api.callers.ana, newPersonSubmission({ person: { ...personBody, name } }));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ field: 'body.person.name', message: 'must not contain control, invisible or text-direction characters' }]);
    expect(await api.module.outbox?.countPending()).toBe(0);
  });

  it.each(['unknown', 'stateless'])('accepts a nationality recorded as %s', async (nationality) => {
    const api = await intakeApi();
    const { personId } = await newPerson(api, newPersonSubmission({ person: { ...personBody, nationalities: [nationality] } }));
    expect((await api.get(api.callers.ana, `/people/${personId}`)).body.details.nationalities).toEqual([nationality]);
    expect((await api.events())[0]?.data).toMatchObject({ nationalities: [nationality] });
  });

  it("refuses a date of birth after today in the centre's time zone", async () => {
    const api = await intakeApi();
    // 15:00 UTC is 07:00 in Tijuana: still the 23rd there.
    const res = await api.submit(api.callers.ana, newPersonSubmission({ person: { ...personBody, yearOfBirth: undefined, dateOfBirth: '2026-11-24' } }));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ field: 'body.person.dateOfBirth', message: 'must not be in the future' }]);
  });

  it("checks the answers to the centre's own questions against its current form, and stores them with its version", async () => {
    const api = await intakeApi();
    const form = await request(api.app)
      .put('/v1/intake-form')
      .set('Authorization', api.callers.coordinator)
      .send({
        expectedVersion: 0,
        questions: [{ id: 'arrival-route', type: 'single-choice', labels: { es: '¿Cómo llegó?' }, required: true, options: [{ id: 'bus', labels: { es: 'En autobús' } }] }],
      });
    expect(form.status).toBe(200);

    const missing = await api.submit(api.callers.ana, newPersonSubmission());
    expect(missing.status).toBe(422);
    expect(fieldsOf(missing)).toEqual(['body.answers.values.arrival-route']);
    const stale = await api.submit(api.callers.ana, newPersonSubmission({ answers: { formVersion: 0, values: {} } }));
    expect(fieldsOf(stale)).toEqual(['body.answers.formVersion']);

    const ok = await api.submit(api.callers.ana, newPersonSubmission({ answers: { formVersion: 1, values: { 'arrival-route': 'bus' } } }));
    expect(ok.status).toBe(201);
    expect((await api.get(api.callers.ana, `/intakes/${ok.body.id}`)).body.answers).toEqual({ formVersion: 1, values: { 'arrival-route': 'bus' } });
    expect(JSON.stringify(await api.events())).not.toContain('arrival-route');
  });
});

describe('POST /v1/intakes: a returning person', () => {
  it('attaches the interview to the person, reopening their last case, and says so in the event', async () => {
    const api = await intakeApi();
    const first = await newPerson(api);
    const res = await api.submit(
      api.callers.interpreter,
      newPersonSubmission({
        person: { existingPersonId: first.personId, caseAction: 'reopen-last', expectedVersion: 1, updates: { alias: 'Marie J.', languages: ['ht', 'fr', 'es'] } },
        interview: documentsWithheldInterviewBody,
        consents: [{ purpose: 'store-data' }, { purpose: 'transfer' }],
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ personId: first.personId, returning: true, caseAction: 'reopen-last', priority: 'high' });

    const events = await api.events();
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      key: first.personId,
      data: { intakeId: res.body.id, personId: first.personId, returning: true, caseAction: 'reopen-last', alias: 'Marie J.', languages: ['ht', 'fr', 'es'] },
    });

    // Only the consent given anew is announced; the ones already held were announced at the first interview.
    const transfer = (await api.get(api.callers.ana, `/people/${first.personId}/consents`)).body.items.find((c: { scope: { purpose: string } }) => c.scope.purpose === 'transfer');
    const given = (await api.events(TOPICS.consentEvents)).filter((event) => (event.data as { consentId: string }).consentId === transfer.id);
    expect(given.map((event) => event.data)).toEqual([{ personId: first.personId, consentId: transfer.id, scope: { purpose: 'transfer' }, givenAt: '2026-11-23T15:00:00.000Z' }]);
    expect(await api.events(TOPICS.consentEvents)).toHaveLength(4);

    const person = (await api.get(api.callers.coordinator, `/people/${first.personId}`)).body;
    expect(person).toMatchObject({ version: 2, lastIntakeAt: '2026-11-23T15:00:00.000Z', details: { name: 'Marie Joseph', alias: 'Marie J.', identityDocuments: [{ type: 'CURP' }] } });
    // Consents already held are not recorded twice.
    const consents = (await api.get(api.callers.ana, `/people/${first.personId}/consents`)).body.items as Array<{ scope: { purpose: string } }>;
    expect(consents.map((c) => c.scope.purpose).sort()).toEqual(['contact', 'statistics', 'store-data', 'transfer']);
  });

  it("passes on the migratory status of this interview, and nothing else of the situation (a card's expiry stays here)", async () => {
    const api = await intakeApi();
    const first = await newPerson(api);
    const res = await api.submit(
      api.callers.ana,
      newPersonSubmission({
        person: { existingPersonId: first.personId, caseAction: 'open-new' },
        interview: { ...quietInterviewBody, migratorySituation: { status: 'tvrh', cardExpiresOn: '2027-03-15' } },
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body.interview.migratorySituation).toEqual({ status: 'tvrh', cardExpiresOn: '2027-03-15' });

    const [firstEvent, event] = await api.events();
    expect(firstEvent?.data).toMatchObject({ migratoryStatus: 'asylum-seeker' });
    expect(event?.data).toMatchObject({ returning: true, caseAction: 'open-new', migratoryStatus: 'tvrh' });
    expect(Object.keys(event?.data ?? {}).sort()).toEqual(
      ['alias', 'caseAction', 'consents', 'intakeId', 'interviewedBy', 'languages', 'migratoryStatus', 'nationalities', 'needsInterpreter', 'personId', 'preferredLanguage', 'returning', 'riskFlags', 'sex', 'submittedAt', 'yearOfBirth'].sort(),
    );
    expect(JSON.stringify(event)).not.toMatch(/2027-03-15|cardExpiresOn/);
  });

  it('announces a consent withdrawn earlier and given again at a later interview, with its new id', async () => {
    const api = await intakeApi();
    const first = await newPerson(api);
    const contact = (await api.get(api.callers.ana, `/people/${first.personId}/consents`)).body.items.find((c: { scope: { purpose: string } }) => c.scope.purpose === 'contact');
    expect((await api.post(api.callers.ana, `/people/${first.personId}/consents/${contact.id}/withdraw`)).status).toBe(200);
    api.advanceClock(86_400_000);
    const again = await api.submit(
      api.callers.ana,
      newPersonSubmission({ person: { existingPersonId: first.personId, caseAction: 'reopen-last' }, consents: [{ purpose: 'store-data' }, { purpose: 'contact', channel: 'whatsapp' }] }),
    );
    expect(again.status).toBe(201);
    const changes = (await api.events(TOPICS.consentEvents)).filter((event) => JSON.stringify((event.data as { scope: object }).scope) === JSON.stringify({ purpose: 'contact', channel: 'whatsapp' }));
    expect(changes.map((event) => event.type)).toEqual(['consent.given', 'consent.withdrawn', 'consent.given']);
    const latest = changes[2]?.data as { consentId: string; givenAt: string };
    expect(latest).toMatchObject({ givenAt: '2026-11-24T15:00:00.000Z' });
    expect(latest.consentId).not.toBe(contact.id);
  });

  it('refuses a returning person changed since staff loaded them (409), saving nothing', async () => {
    const api = await intakeApi();
    const first = await newPerson(api);
    const res = await api.submit(api.callers.ana, newPersonSubmission({ person: { existingPersonId: first.personId, caseAction: 'open-new', expectedVersion: 7 } }));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('INTAKE.PERSON_VERSION_CONFLICT');
    expect(await api.events()).toHaveLength(1);
  });

  it('checks corrected details as a whole, naming the field under updates', async () => {
    const api = await intakeApi();
    const first = await newPerson(api);
    const res = await api.submit(api.callers.ana, newPersonSubmission({ person: { existingPersonId: first.personId, caseAction: 'open-new', updates: { preferredLanguage: 'es', sex: 'robot' } } }));
    expect(res.status).toBe(422);
    expect(fieldsOf(res)).toEqual(['body.person.updates.sex']);
    const inconsistent = await api.submit(api.callers.ana, newPersonSubmission({ person: { existingPersonId: first.personId, caseAction: 'open-new', updates: { preferredLanguage: 'es' } } }));
    expect(inconsistent.body.errors).toEqual([{ field: 'body.person.updates.preferredLanguage', message: 'must be one of the languages listed' }]);
  });

  it('lets only coordinators and lawyers change identity documents', async () => {
    const api = await intakeApi();
    const first = await newPerson(api);
    const updates = { identityDocuments: [{ type: 'NSS', number: '12345678901' }] };
    const promoter = await api.submit(api.callers.ana, newPersonSubmission({ person: { existingPersonId: first.personId, caseAction: 'open-new', updates } }));
    expect(promoter.status).toBe(403);
    expect(promoter.body.code).toBe('INTAKE.DOCUMENTS_RESTRICTED');
    const lawyer = await api.submit(api.callers.lawyer, newPersonSubmission({ person: { existingPersonId: first.personId, caseAction: 'open-new', updates } }));
    expect(lawyer.status).toBe(201);
  });

  it("cannot attach an interview to another centre's person (404), and saves nothing", async () => {
    const api = await intakeApi();
    const first = await newPerson(api);
    const res = await api.submit(api.callers.tapachula, newPersonSubmission({ person: { existingPersonId: first.personId, caseAction: 'reopen-last' } }));
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('INTAKE.PERSON_NOT_FOUND');
    expect(await api.events()).toHaveLength(1);
  });
});

describe('Idempotency-Key', () => {
  const key = 'tablet-7-000123';

  it('answers a retry with the same body with the first intake (200, Idempotent-Replayed), recording it once', async () => {
    const api = await intakeApi();
    const first = await api.submit(api.callers.ana, newPersonSubmission(), key);
    // The same JSON with its keys in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(newPersonSubmission()).reverse());
    const again = await api.submit(api.callers.ana, reordered, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await api.events()).toHaveLength(1);
  });

  it('refuses the same key with a different body (422 INTAKE.IDEMPOTENCY_KEY_REUSED), saving nothing', async () => {
    const api = await intakeApi();
    await api.submit(api.callers.ana, newPersonSubmission(), key);
    const res = await api.submit(api.callers.ana, newPersonSubmission({ person: { ...personBody, name: 'Jean Baptiste' } }), key);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('INTAKE.IDEMPOTENCY_KEY_REUSED');
    expect(JSON.stringify(res.body)).not.toContain('Jean');
    expect(await api.events()).toHaveLength(1);
  });

  it("keeps each user's keys apart: another user's same key is another intake", async () => {
    const api = await intakeApi();
    const ana = await api.submit(api.callers.ana, newPersonSubmission(), key);
    const luis = await api.submit(api.callers.luis, newPersonSubmission(), key);
    const elsewhere = await api.submit(api.callers.tapachula, newPersonSubmission(), key);
    expect([ana.status, luis.status, elsewhere.status]).toEqual([201, 201, 201]);
    expect(new Set([ana.body.id, luis.body.id, elsewhere.body.id]).size).toBe(3);
  });

  it('forgets a key after 24 hours', async () => {
    const api = await intakeApi();
    const first = await api.submit(api.callers.ana, newPersonSubmission(), key);
    api.advanceClock(IDEMPOTENCY_TTL_MS - 1000);
    expect((await api.submit(api.callers.ana, newPersonSubmission(), key)).status).toBe(200);
    api.advanceClock(1000);
    const later = await api.submit(api.callers.ana, newPersonSubmission({ person: { ...personBody, name: 'Jean Baptiste' } }), key);
    expect(later.status).toBe(201);
    expect(later.body.id).not.toBe(first.body.id);
    expect(await api.events()).toHaveLength(2);
  });

  it('records one intake for two concurrent requests with one key', async () => {
    const api = await intakeApi();
    const [a, b] = await Promise.all([api.submit(api.callers.ana, newPersonSubmission(), key), api.submit(api.callers.ana, newPersonSubmission(), key)]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect(await api.events()).toHaveLength(1);
  });

  it('refuses a malformed key', async () => {
    const api = await intakeApi();
    const res = await api.submit(api.callers.ana, newPersonSubmission(), 'short');
    expect(res.status).toBe(422);
    expect(fieldsOf(res)).toEqual(['headers.idempotency-key']);
  });
});

describe('GET /v1/intakes/:id', () => {
  it("shows an intake to its own centre's staff and answers 404 to any other centre", async () => {
    const api = await intakeApi();
    const { id, personId } = await newPerson(api);
    const own = await api.get(api.callers.interpreter, `/intakes/${id}`);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ id, personId, interview: { needs: ['labour-rights'] } });
    const other = await api.get(api.callers.tapachula, `/intakes/${id}`);
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('INTAKE.NOT_FOUND');
  });

  it('refuses an id that is not one (422)', async () => {
    const api = await intakeApi();
    const res = await api.get(api.callers.ana, '/intakes/42');
    expect(res.status).toBe(422);
    expect(fieldsOf(res)).toEqual(['params.id']);
  });
});

describe('GET /v1/people/:id/intakes', () => {
  it("lists a person's interviews newest first, a page at a time", async () => {
    const api = await intakeApi();
    const first = await newPerson(api);
    api.advanceClock(60_000);
    const second = await api.submit(api.callers.ana, newPersonSubmission({ person: { existingPersonId: first.personId, caseAction: 'open-new' } }));
    const page1 = await api.get(api.callers.ana, `/people/${first.personId}/intakes?limit=1`);
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((i: { id: string }) => i.id)).toEqual([second.body.id]);
    const page2 = await api.get(api.callers.ana, `/people/${first.personId}/intakes?limit=1&cursor=${page1.body.nextCursor}`);
    expect(page2.body).toMatchObject({ items: [{ id: first.id }], nextCursor: null });
  });

  it('refuses a bad limit or cursor (422), and another centre (404)', async () => {
    const api = await intakeApi();
    const { personId } = await newPerson(api);
    const bad = await api.get(api.callers.ana, `/people/${personId}/intakes?limit=500&cursor=nonsense`);
    expect(bad.status).toBe(422);
    expect(fieldsOf(bad)).toEqual(['query.limit']);
    expect(fieldsOf(await api.get(api.callers.ana, `/people/${personId}/intakes?cursor=nonsense`))).toEqual(['query.cursor']);
    const other = await api.get(api.callers.tapachula, `/people/${personId}/intakes`);
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('INTAKE.PERSON_NOT_FOUND');
  });
});

describe('access to intakes', () => {
  it('needs a valid bearer token', async () => {
    const api = await intakeApi();
    const none = await request(api.app).post('/v1/intakes').send(newPersonSubmission());
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    const forged = await request(api.app).get('/v1/intakes/0b9d3c1e-8a8f-4d43-9d57-3f6f1c2b9a10').set('Authorization', 'Bearer abc.def.ghi');
    expect(forged.body.code).toBe('AUTH.INVALID_TOKEN');
  });

  it('is for centre staff: a network analyst or an operator may not record or read people', async () => {
    const api = await intakeApi();
    const { id } = await newPerson(api);
    for (const role of ['network-analyst', 'operator'] as const) {
      const network = `Bearer ${await networkTokenFor('red-corredor-mx', [role])}`;
      expect((await api.submit(network)).status).toBe(403);
      const read = await api.get(network, `/intakes/${id}`);
      expect(read.status).toBe(403);
      expect(JSON.stringify(read.body)).not.toContain('Marie');
    }
  });

  it('refuses the staff of a suspended centre, and records nothing', async () => {
    const api = await intakeApi();
    changeTestCentre(api.deps.centres, 'tijuana', { status: 'suspended' });
    const res = await api.submit(api.callers.ana);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('CENTRE.SUSPENDED');
    expect(await api.events()).toHaveLength(0);
  });

  it('tells malformed JSON (400), non-JSON (415) and oversized bodies (413) apart', async () => {
    const api = await intakeApi();
    const post = () => request(api.app).post('/v1/intakes').set('Authorization', api.callers.ana);
    expect((await post().set('Content-Type', 'application/json').send('{"person":')).body.code).toBe('REQUEST.MALFORMED_JSON');
    expect((await post().set('Content-Type', 'text/plain').send('alias=Marie')).status).toBe(415);
    expect((await post().send(newPersonSubmission({ notes: 'x'.repeat(200_000) }))).status).toBe(413);
  });
});

describe('health', () => {
  it('is alive without a token, and reads degraded (still 200) while the broker is down', async () => {
    const api = await intakeApi();
    expect((await request(api.app).get('/healthz')).status).toBe(200);
    expect((await request(api.app).get('/readyz')).body).toMatchObject({ status: 'ready', checks: { store: 'up', broker: 'up', centres: 'up' } });
    api.deps.bus.setAvailable(false);
    expect((await request(api.app).get('/readyz')).body).toMatchObject({ status: 'degraded', checks: { broker: 'down' } });
  });
});
