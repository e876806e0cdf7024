import { TOPICS } from '@corredor/contracts';
import { intakeApi } from '../intakes/api-test-setup';
import { newPersonSubmission, personBody } from '../intakes/test-fixtures';

type Api = Awaited<ReturnType<typeof intakeApi>>;

/** Values of the person recorded below: none may show in a raw read of the stores or the broker. */
const SECRETS = ['Marie', '"Mari"', 'GAPM900101MNEXXX09', '6641234567', 'asylum-seeker', 'construction', '"HT"'];

async function interviewed(api: Api, auth = api.callers.ana) {
  const res = await api.submit(auth, newPersonSubmission(), `tablet-${Math.random().toString(36).slice(2, 12)}`);
  expect(res.status).toBe(201);
  return { personId: res.body.personId as string, intakeId: res.body.id as string };
}

const erase = (api: Api, personId: string, auth: string, body: object = { reason: 'person-request' }) => api.post(auth, `/people/${personId}/erasure`, body);

describe('personal data at rest and in the event stream', () => {
  it('stores people, intakes, consents and Idempotency-Keys with nothing a raw read could identify someone by', async () => {
    const api = await intakeApi();
    const { personId, intakeId } = await interviewed(api);
    const stores = ['people', 'intakes', 'consents', 'idempotency_keys'].map((name) => [name, api.stored(name)] as const);
    for (const [name, docs] of stores) {
      expect([name, docs.length > 0]).toEqual([name, true]);
      for (const secret of SECRETS) expect([name, JSON.stringify(docs).includes(secret)]).toEqual([name, false]);
    }
    expect(JSON.stringify(api.stored('people'))).toContain(personId);
    expect(JSON.stringify(api.stored('intakes'))).toContain(intakeId);
    // What the API shows is the plaintext again.
    expect((await api.get(api.callers.coordinator, `/people/${personId}`)).body.details).toMatchObject({ name: personBody.name, alias: personBody.alias });
  });

  it('publishes intake.submitted sealed: the broker holds no alias, while consumers open it', async () => {
    const api = await intakeApi();
    await interviewed(api);
    const [raw] = await api.published();
    expect(JSON.parse(raw ?? '{}')).toMatchObject({ type: 'intake.submitted', dataencryption: 'corredor-cx1', data: expect.stringMatching(/^cx1\./) });
    for (const secret of SECRETS) expect(raw).not.toContain(secret);
    const [event] = await api.events();
    expect(event?.data).toMatchObject({ alias: 'Mari', nationalities: ['HT'] });
  });
});

describe('the audit trail of reads of a person', () => {
  it('records who read a person, with role, centre, record and purpose, and never a value', async () => {
    const api = await intakeApi();
    const { personId } = await interviewed(api);
    expect(await api.auditTrail()).toEqual([]);
    expect((await api.get(api.callers.lawyer, `/people/${personId}`)).status).toBe(200);
    const [entry, ...more] = await api.auditTrail();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      centre: 'tijuana',
      actor: { userId: 'pablo@tijuana', roles: ['lawyer'] },
      action: 'person.read',
      record: { type: 'person', id: personId },
      purpose: 'case-work',
    });
    expect(JSON.stringify(entry)).not.toMatch(/Marie|Mari|GAPM|664 ?123 ?4567/);
  });

  it('records one entry per person a returning-person search returns, and none of the search terms', async () => {
    const api = await intakeApi();
    const first = await interviewed(api);
    const second = await interviewed(api);
    await api.submit(api.callers.ana, newPersonSubmission({ person: { ...personBody, name: 'Juan Gómez', alias: undefined, identityDocuments: [] } }));
    const res = await api.post(api.callers.coordinator, '/people/matches', { name: 'Marie Joseph', yearOfBirth: 1994, documents: [{ type: 'CURP', number: 'GAPM900101MNEXXX09' }] });
    expect(res.body.items).toHaveLength(2);
    const entries = await api.auditTrail();
    expect(entries.map((e) => [e.action, e.record.id, e.purpose, e.actor.userId]).sort()).toEqual(
      [
        ['person.read', first.personId, 'returning-person-search', 'rosa@tijuana'],
        ['person.read', second.personId, 'returning-person-search', 'rosa@tijuana'],
      ].sort(),
    );
    expect(JSON.stringify(entries)).not.toMatch(/Marie|GAPM|[^0-9a-f-]1994[^0-9a-f-]/);
    // A search that finds nobody records nobody.
    await api.post(api.callers.coordinator, '/people/matches', { name: 'Nadie', yearOfBirth: 1970 });
    expect(await api.auditTrail()).toHaveLength(2);
  });

  it("records each intake read, alone or in a person's list", async () => {
    const api = await intakeApi();
    const { personId, intakeId } = await interviewed(api);
    await api.get(api.callers.ana, `/intakes/${intakeId}`);
    await api.get(api.callers.interpreter, `/people/${personId}/intakes`);
    const entries = await api.auditTrail();
    expect(entries.map((e) => [e.actor.userId, e.action, e.record, e.purpose])).toEqual([
      ['jean@tijuana', 'intake.read', { type: 'intake', id: intakeId }, 'case-work'],
      ['ana@tijuana', 'intake.read', { type: 'intake', id: intakeId }, 'case-work'],
    ]);
  });
});

describe('POST /v1/people/:id/erasure', () => {
  it('lets a coordinator erase a person: everything of theirs goes, person.erased is announced, the erasure is audited', async () => {
    const api = await intakeApi();
    const { personId, intakeId } = await interviewed(api);
    const neighbour = await interviewed(api);
    const res = await erase(api, personId, api.callers.coordinator);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ personId, reason: 'person-request', erasedAt: '2026-11-23T15:00:00.000Z', erased: { intakes: 1, consents: 3, idempotencyKeys: 1 } });

    for (const path of [`/people/${personId}`, `/intakes/${intakeId}`, `/people/${personId}/intakes`, `/people/${personId}/consents`]) {
      expect([path, (await api.get(api.callers.coordinator, path)).status]).toEqual([path, 404]);
    }
    for (const name of ['people', 'intakes', 'consents', 'idempotency_keys']) expect(JSON.stringify(api.stored(name))).not.toContain(personId);
    expect(JSON.stringify(api.stored('intakes'))).not.toContain(intakeId);
    // Nobody else's records are touched.
    expect((await api.get(api.callers.coordinator, `/people/${neighbour.personId}`)).status).toBe(200);

    const erased = (await api.events(TOPICS.consentEvents)).filter((e) => e.type === 'person.erased');
    expect(erased).toHaveLength(1);
    expect(erased[0]).toMatchObject({ tenantid: 'tijuana', subject: personId, key: personId, data: { personId, erasedAt: '2026-11-23T15:00:00.000Z' } });

    const entries = await api.auditTrail();
    expect(entries.find((e) => e.action === 'person.erased')).toMatchObject({
      actor: { userId: 'rosa@tijuana', roles: ['coordinator'] },
      record: { type: 'person', id: personId },
      purpose: 'erasure',
    });
  });

  it('answers 410 INTAKE.PERSON_ERASED to a second erasure, and announces the erasure once', async () => {
    const api = await intakeApi();
    const { personId } = await interviewed(api);
    expect((await erase(api, personId, api.callers.coordinator)).status).toBe(200);
    const again = await erase(api, personId, api.callers.coordinator);
    expect([again.status, again.body.code]).toEqual([410, 'INTAKE.PERSON_ERASED']);
    expect((await api.events(TOPICS.consentEvents)).filter((e) => e.type === 'person.erased')).toHaveLength(1);
  });

  it.each(['ana', 'interpreter', 'lawyer'] as const)('is for coordinators only: %s gets 403 and nothing is erased', async (caller) => {
    const api = await intakeApi();
    const { personId } = await interviewed(api);
    expect((await erase(api, personId, api.callers[caller])).status).toBe(403);
    expect((await api.get(api.callers.coordinator, `/people/${personId}`)).status).toBe(200);
  });

  it("answers 404 for another centre's person and erases nothing", async () => {
    const api = await intakeApi();
    const { personId } = await interviewed(api);
    const res = await erase(api, personId, api.callers.tapachula);
    expect([res.status, res.body.code]).toEqual([404, 'INTAKE.PERSON_NOT_FOUND']);
    expect((await api.get(api.callers.coordinator, `/people/${personId}`)).status).toBe(200);
    expect((await api.events(TOPICS.consentEvents)).filter((e) => e.type === 'person.erased')).toEqual([]);
  });

  it('takes a reason from a fixed list only, never free text', async () => {
    const api = await intakeApi();
    const { personId } = await interviewed(api);
    for (const body of [{}, { reason: 'she moved to Monterrey with her sister' }, { reason: 'person-request', note: 'Marie asked' }]) {
      const res = await erase(api, personId, api.callers.coordinator, body);
      expect(res.status).toBe(422);
      expect(JSON.stringify(res.body)).not.toMatch(/Monterrey|Marie/);
    }
    expect((await api.get(api.callers.coordinator, `/people/${personId}`)).status).toBe(200);
  });
});

describe("crypto-shredding: a centre's data key destroyed", () => {
  it('leaves its stored records as ciphertext nobody can open, answers 410 for them, and leaves other centres alone', async () => {
    const api = await intakeApi();
    const tijuana = await interviewed(api);
    const tapachula = await interviewed(api, api.callers.tapachula);
    api.deps.keys.destroy('tijuana');

    // Still stored, still ciphertext only.
    expect(JSON.stringify(api.stored('people'))).toContain(tijuana.personId);
    for (const name of ['people', 'intakes', 'consents']) {
      for (const secret of SECRETS) expect([name, JSON.stringify(api.stored(name)).includes(secret)]).toEqual([name, false]);
    }
    for (const path of [`/people/${tijuana.personId}`, `/intakes/${tijuana.intakeId}`, `/people/${tijuana.personId}/intakes`, `/people/${tijuana.personId}/consents`]) {
      const res = await api.get(api.callers.coordinator, path);
      expect([path, res.status, res.body.code]).toEqual([path, 410, 'CENTRE.DATA_DESTROYED']);
    }
    const search = await api.post(api.callers.coordinator, '/people/matches', { name: 'Marie Joseph', yearOfBirth: 1994 });
    expect([search.status, search.body.code]).toEqual([410, 'CENTRE.DATA_DESTROYED']);

    const other = await api.get(api.callers.tapachula, `/people/${tapachula.personId}`);
    expect(other.status).toBe(200);
    expect(other.body.details.name).toBe('Marie Joseph');
    expect((await api.post(api.callers.tapachula, '/people/matches', { name: 'Marie Joseph', yearOfBirth: 1994 })).body.items).toHaveLength(1);
  });

  it('refuses to erase a person of the shredded centre (410, nothing done): it could not be recorded, and nothing of theirs can be read anyway', async () => {
    const api = await intakeApi();
    const { personId } = await interviewed(api);
    api.deps.keys.destroy('tijuana');
    const refused = await erase(api, personId, api.callers.coordinator);
    expect([refused.status, refused.body.code]).toEqual([410, 'CENTRE.DATA_DESTROYED']);
    expect(JSON.stringify(api.stored('people'))).toContain(personId);
  });
});
