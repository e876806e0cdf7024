import { intakeApi } from '../intakes/api-test-setup';
import { newPersonSubmission, personBody } from '../intakes/test-fixtures';

type Api = Awaited<ReturnType<typeof intakeApi>>;

async function record(api: Api, person: object, auth = api.callers.ana): Promise<string> {
  const res = await api.submit(auth, newPersonSubmission({ person: { ...personBody, identityDocuments: [], ...person } }));
  expect(res.status).toBe(201);
  // Each person seen a minute after the one before: ties between equal matches go to the most recently seen.
  api.advanceClock(60_000);
  return res.body.personId as string;
}

const match = (api: Api, body: object, auth = api.callers.ana) => api.post(auth, '/people/matches', body);
const summary = (res: { body: { items: Array<{ personId: string; reason: string }> } }) => res.body.items.map(({ personId, reason }) => [personId, reason]);

describe('POST /v1/people/matches', () => {
  it('finds a returning person by a document number, however it is typed', async () => {
    const api = await intakeApi();
    const marie = await record(api, { identityDocuments: [{ type: 'CURP', number: 'GAPM900101MNEXXX09' }] });
    const res = await match(api, { documents: [{ type: 'CURP', number: ' gapm-900101-mnexxx09 ' }] }, api.callers.coordinator);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { personId: marie, reason: 'document', name: 'Marie Joseph', alias: 'Mari', yearOfBirth: 1994, sex: 'female', nationalities: ['HT'], preferredLanguage: 'ht', lastIntakeAt: '2026-11-23T15:00:00.000Z' },
    ]);
    // Matches never show documents or contact details.
    expect(JSON.stringify(res.body)).not.toMatch(/GAPM|664 ?123 ?4567/);
  });

  it('finds people by a folded name and year, strongest match first', async () => {
    const api = await intakeApi();
    const haitian = await record(api, { name: 'José Pérez', alias: undefined, nationalities: ['HT'] });
    const byAlias = await record(api, { name: 'Juan Gómez', alias: 'jose  PEREZ', nationalities: ['GT'] });
    const withDocument = await record(api, { name: 'Pepe', alias: undefined, nationalities: ['HN'], identityDocuments: [{ type: 'NSS', number: '12345678901' }] });
    await record(api, { name: 'José Pérez', alias: undefined, yearOfBirth: 1980 });

    const res = await match(api, { name: 'JOSE PEREZ', yearOfBirth: 1994, nationality: 'HT', documents: [{ type: 'NSS', number: '123 456 789 01' }] }, api.callers.lawyer);
    expect(summary(res)).toEqual([
      [withDocument, 'document'],
      [haitian, 'name-year-nationality'],
      [byAlias, 'name-year'],
    ]);
    // An unknown nationality is no evidence.
    expect(summary(await match(api, { name: 'José Pérez', yearOfBirth: 1994, nationality: 'unknown' }))).toEqual([
      [byAlias, 'name-year'],
      [haitian, 'name-year'],
    ]);
  });

  it.each([
    ['promoter', 'ana'],
    ['interpreter', 'interpreter'],
  ] as const)('refuses a search by document to a %s (403): only those who may see documents may probe who holds one', async (_role, caller) => {
    const api = await intakeApi();
    await record(api, { identityDocuments: [{ type: 'CURP', number: 'GAPM900101MNEXXX09' }] });
    const byDocument = await match(api, { documents: [{ type: 'CURP', number: 'GAPM900101MNEXXX09' }] }, api.callers[caller]);
    expect([byDocument.status, byDocument.body.code]).toEqual([403, 'INTAKE.DOCUMENTS_RESTRICTED']);
    const withName = await match(api, { name: 'Marie Joseph', yearOfBirth: 1994, documents: [{ type: 'CURP', number: 'GOMJ850512HDFRRN03' }] }, api.callers[caller]);
    expect([withName.status, withName.body.code]).toEqual([403, 'INTAKE.DOCUMENTS_RESTRICTED']);
    expect(JSON.stringify([byDocument.body, withName.body])).not.toMatch(/GAPM|GOMJ|Marie/);
    // By name and year they still find the person.
    expect((await match(api, { name: 'Marie Joseph', yearOfBirth: 1994 }, api.callers[caller])).body.items).toHaveLength(1);
  });

  it('returns at most 10 matches', async () => {
    const api = await intakeApi();
    for (let i = 0; i < 12; i += 1) await record(api, { name: 'Marie Joseph' });
    const res = await match(api, { name: 'Marie Joseph', yearOfBirth: 1994 });
    expect(res.body.items).toHaveLength(10);
  });

  it("never returns another centre's people", async () => {
    const api = await intakeApi();
    await record(api, { identityDocuments: [{ type: 'CURP', number: 'GAPM900101MNEXXX09' }] });
    const res = await match(api, { name: 'Marie Joseph', yearOfBirth: 1994, nationality: 'HT', documents: [{ type: 'CURP', number: 'GAPM900101MNEXXX09' }] }, api.callers.tapachula);
    expect(res.status).toBe(200);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
  });

  it('refuses a search with nothing to match on, or a name without a year (422)', async () => {
    const api = await intakeApi();
    const nothing = await match(api, { nationality: 'HT' });
    expect(nothing.status).toBe(422);
    expect(nothing.body.errors).toEqual([{ field: 'body', message: 'give a document, or a name or alias with a year of birth' }]);
    const noYear = await match(api, { name: 'Marie' });
    expect(noYear.body.errors).toEqual([{ field: 'body.yearOfBirth', message: 'is needed to match by name (or give a document)' }]);
    const bad = await match(api, { name: 'Ma\u200Brie', yearOfBirth: 1994, documents: [{ type: 'CURP', number: 'nope' }] });
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.documents.0.number', 'body.name']);
    expect(JSON.stringify(bad.body)).not.toContain('nope');
  });
});

describe('GET /v1/people/:id', () => {
  it('shows identity documents to coordinators and lawyers only', async () => {
    const api = await intakeApi();
    const id = await record(api, { identityDocuments: [{ type: 'CURP', number: 'GAPM900101MNEXXX09' }] });
    for (const auth of [api.callers.coordinator, api.callers.lawyer]) {
      const res = await api.get(auth, `/people/${id}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id, identityDocumentsHidden: false, version: 1, details: { name: 'Marie Joseph', identityDocuments: [{ type: 'CURP', number: 'GAPM900101MNEXXX09' }] } });
    }
    for (const auth of [api.callers.ana, api.callers.interpreter]) {
      const res = await api.get(auth, `/people/${id}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ identityDocumentsHidden: true, details: { name: 'Marie Joseph', contactChannels: [{ channel: 'whatsapp', value: '+526641234567' }] } });
      expect(res.body.details.identityDocuments).toBeUndefined();
      expect(JSON.stringify(res.body)).not.toContain('GAPM');
    }
  });

  it("answers 404 for another centre's person and 422 for an id that is not one", async () => {
    const api = await intakeApi();
    const id = await record(api, {});
    const other = await api.get(api.callers.tapachula, `/people/${id}`);
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('INTAKE.PERSON_NOT_FOUND');
    expect(JSON.stringify(other.body)).not.toContain('Marie');
    const bad = await api.get(api.callers.ana, '/people/marie');
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([{ field: 'params.id', message: 'not a person id' }]);
  });
});
