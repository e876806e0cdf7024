import { TOPICS } from '@corredor/contracts';
import { intakeApi } from '../intakes/api-test-setup';
import { newPersonSubmission } from '../intakes/test-fixtures';

type Api = Awaited<ReturnType<typeof intakeApi>>;
type ConsentView = { id: string; scope: { purpose: string }; withdrawn: object | null };

const PARTNER = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

async function interviewed(api: Api) {
  const res = await api.submit(api.callers.ana, newPersonSubmission());
  expect(res.status).toBe(201);
  const consents = (await api.get(api.callers.ana, `/people/${res.body.personId}/consents`)).body.items as ConsentView[];
  const find = (purpose: string) => consents.find((c) => c.scope.purpose === purpose)?.id ?? '';
  return { personId: res.body.personId as string, intakeId: res.body.id as string, storeData: find('store-data'), contact: find('contact') };
}

describe('GET /v1/people/:id/consents', () => {
  it('lists the consents given at the interview, with who recorded them and when, a page at a time', async () => {
    const api = await intakeApi();
    const { personId, intakeId } = await interviewed(api);
    const first = await api.get(api.callers.interpreter, `/people/${personId}/consents?limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0]).toMatchObject({ personId, intakeId, givenBy: 'ana@tijuana', givenAt: '2026-11-23T15:00:00.000Z', withdrawn: null, version: 1 });
    const rest = await api.get(api.callers.interpreter, `/people/${personId}/consents?limit=2&cursor=${first.body.nextCursor}`);
    expect(rest.body.nextCursor).toBeNull();
    const purposes = [...first.body.items, ...rest.body.items].map((c: ConsentView) => c.scope.purpose).sort();
    expect(purposes).toEqual(['contact', 'statistics', 'store-data']);
  });

  it("refuses a bad cursor (422) and another centre's person (404)", async () => {
    const api = await intakeApi();
    const { personId } = await interviewed(api);
    const bad = await api.get(api.callers.ana, `/people/${personId}/consents?cursor=abc&limit=0`);
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['query.limit']);
    const cursor = await api.get(api.callers.ana, `/people/${personId}/consents?cursor=abc`);
    expect(cursor.body.errors).toEqual([{ field: 'query.cursor', message: 'is not a cursor of this list; start again without it' }]);
    const other = await api.get(api.callers.tapachula, `/people/${personId}/consents`);
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('INTAKE.PERSON_NOT_FOUND');
  });
});

describe('POST /v1/people/:id/consents', () => {
  it('records a consent given later (201) and announces consent.given without personal data', async () => {
    const api = await intakeApi();
    const { personId } = await interviewed(api);
    api.advanceClock(3_600_000);
    const res = await api.post(api.callers.coordinator, `/people/${personId}/consents`, { purpose: 'share-with-partner', partnerId: PARTNER });
    expect(res.status).toBe(201);
    expect(res.headers['location']).toBe(`/v1/people/${personId}/consents/${res.body.id}`);
    expect(res.body).toMatchObject({ personId, intakeId: null, scope: { purpose: 'share-with-partner', partnerId: PARTNER }, givenBy: 'rosa@tijuana', givenAt: '2026-11-23T16:00:00.000Z' });
    const event = (await api.events(TOPICS.consentEvents)).find((e) => e.type === 'consent.given' && (e.data as { consentId: string }).consentId === res.body.id);
    expect(event).toMatchObject({
      key: personId,
      subject: personId,
      data: { personId, consentId: res.body.id, scope: { purpose: 'share-with-partner', partnerId: PARTNER }, givenAt: '2026-11-23T16:00:00.000Z' },
    });
    expect(JSON.stringify(event)).not.toContain('Marie');
  });

  it('refuses a consent that already holds (409), and gives it again once withdrawn', async () => {
    const api = await intakeApi();
    const { personId, contact } = await interviewed(api);
    const again = await api.post(api.callers.ana, `/people/${personId}/consents`, { purpose: 'contact', channel: 'whatsapp' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INTAKE.CONSENT_ALREADY_GIVEN');
    await api.post(api.callers.ana, `/people/${personId}/consents/${contact}/withdraw`);
    expect((await api.post(api.callers.ana, `/people/${personId}/consents`, { purpose: 'contact', channel: 'whatsapp' })).status).toBe(201);
  });

  it('refuses an invalid scope with field errors (422)', async () => {
    const api = await intakeApi();
    const { personId } = await interviewed(api);
    const partner = await api.post(api.callers.ana, `/people/${personId}/consents`, { purpose: 'share-with-partner', partnerId: 'the shelter' });
    expect(partner.status).toBe(422);
    expect(partner.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.partnerId']);
    const channel = await api.post(api.callers.ana, `/people/${personId}/consents`, { purpose: 'contact', channel: 'pigeon' });
    expect(channel.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.channel']);
    expect((await api.post(api.callers.ana, `/people/${personId}/consents`, { purpose: 'marketing' })).status).toBe(422);
  });

  it("cannot record a consent for another centre's person (404), and records nothing", async () => {
    const api = await intakeApi();
    const { personId } = await interviewed(api);
    const res = await api.post(api.callers.tapachula, `/people/${personId}/consents`, { purpose: 'transfer' });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('INTAKE.PERSON_NOT_FOUND');
    expect((await api.events()).map((e) => e.type)).toEqual(['intake.submitted']);
    expect((await api.events(TOPICS.consentEvents)).map((e) => (e.data as { scope: object }).scope)).not.toContainEqual({ purpose: 'transfer' });
  });
});

describe('POST /v1/people/:id/consents/:consentId/withdraw', () => {
  it('records who withdrew it and when, and announces consent.withdrawn', async () => {
    const api = await intakeApi();
    const { personId, contact } = await interviewed(api);
    api.advanceClock(86_400_000);
    const res = await api.post(api.callers.interpreter, `/people/${personId}/consents/${contact}/withdraw`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: contact, withdrawn: { by: 'jean@tijuana', at: '2026-11-24T15:00:00.000Z' }, version: 2 });
    const event = (await api.events(TOPICS.consentEvents)).find((e) => e.type === 'consent.withdrawn');
    expect(event).toMatchObject({ key: personId, data: { personId, consentId: contact, scope: { purpose: 'contact', channel: 'whatsapp' }, withdrawnAt: '2026-11-24T15:00:00.000Z' } });
    expect(JSON.stringify(event)).not.toContain('664 123 4567');
  });

  it('refuses a second withdrawal (409 INTAKE.CONSENT_ALREADY_WITHDRAWN)', async () => {
    const api = await intakeApi();
    const { personId, contact } = await interviewed(api);
    await api.post(api.callers.ana, `/people/${personId}/consents/${contact}/withdraw`);
    const again = await api.post(api.callers.ana, `/people/${personId}/consents/${contact}/withdraw`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INTAKE.CONSENT_ALREADY_WITHDRAWN');
    expect((await api.events(TOPICS.consentEvents)).filter((e) => e.type === 'consent.withdrawn')).toHaveLength(1);
  });

  it('refuses to withdraw the consent to store data here (422), saying erasure is a separate feature', async () => {
    const api = await intakeApi();
    const { personId, storeData } = await interviewed(api);
    const res = await api.post(api.callers.coordinator, `/people/${personId}/consents/${storeData}/withdraw`);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('INTAKE.STORE_DATA_CONSENT_NOT_WITHDRAWABLE');
    expect(res.body.detail).toMatch(/erasing the person's record, which is a separate feature/);
    expect((await api.get(api.callers.ana, `/people/${personId}/consents`)).body.items.every((c: ConsentView) => c.withdrawn === null)).toBe(true);
  });

  it("answers 404 for another centre's consent or an unknown one, and 422 for ids that are not ids", async () => {
    const api = await intakeApi();
    const { personId, contact } = await interviewed(api);
    const other = await api.post(api.callers.tapachula, `/people/${personId}/consents/${contact}/withdraw`);
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('INTAKE.CONSENT_NOT_FOUND');
    const unknown = await api.post(api.callers.ana, `/people/${personId}/consents/${PARTNER}/withdraw`);
    expect(unknown.status).toBe(404);
    const bad = await api.post(api.callers.ana, `/people/x/consents/y/withdraw`);
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['params.consentId', 'params.id']);
    expect((await api.get(api.callers.ana, `/people/${personId}/consents`)).body.items.every((c: ConsentView) => c.withdrawn === null)).toBe(true);
  });
});
