import { MemoryProcessedEvents } from '@corredor/persistence';
import { ApiRoutes, buildServiceApp, type ServiceDefinition } from '@corredor/service-kit';
import { apiConformance, changeTestCentre, openApiErrors, testAppDeps, tokenFor } from '@corredor/service-kit/testing';
import request from 'supertest';
import { MemoryIntakeFormRepository } from './intake-form.repository.memory';
import { intakeFormRoutes } from './intake-form.routes';

/** The intake service as far as this feature goes (service.ts wires it with the rest). */
const formsOnly: ServiceDefinition = {
  name: 'intake',
  errorPrefix: 'INTAKE',
  defaultPort: 0,
  create: ({ clock, centres }) => {
    const api = new ApiRoutes('intake');
    intakeFormRoutes(api, { forms: new MemoryIntakeFormRepository(), clock, centres });
    return { api, subscriptions: [], processed: new MemoryProcessedEvents(), isStoreReachable: async () => true };
  },
};

const arrivalRoute = {
  id: 'arrival-route',
  type: 'single-choice',
  labels: { es: '¿Por dónde llegó a Tijuana?', ht: 'Ki wout ou te pran pou rive Tijuana?' },
  help: { es: 'Solo la última etapa.' },
  required: true,
  options: [
    { id: 'train', labels: { es: 'En tren', ht: 'Ak tren' } },
    { id: 'bus', labels: { es: 'En autobús', ht: 'Ak bis' } },
  ],
};
const remittances = { id: 'sends-remittances', type: 'boolean', labels: { es: '¿Envía dinero a su familia?' }, required: false };

async function setup() {
  const deps = testAppDeps();
  const { app } = buildServiceApp(formsOnly, deps);
  const as = async (centre: 'tijuana' | 'tapachula', role: 'coordinator' | 'promoter' | 'interpreter' | 'lawyer' = 'coordinator') =>
    `Bearer ${await tokenFor(centre, [role], `${role}@${centre}`)}`;
  const put = async (auth: string, body: object) => request(app).put('/v1/intake-form').set('Authorization', auth).send(body);
  const get = async (auth: string, path = '/v1/intake-form') => request(app).get(path).set('Authorization', auth);
  return { app, deps, as, put, get };
}

describe('GET /v1/intake-form', () => {
  it('answers an empty version 0 before the centre has questions of its own, with the languages labels are written in', async () => {
    const { get, as } = await setup();
    const res = await get(await as('tijuana', 'interpreter'));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ version: 0, questions: [], languages: ['es', 'ht', 'fr', 'en'], createdAt: null, createdBy: null });
  });
});

describe('PUT /v1/intake-form', () => {
  it('stores each revision as a new version; every member of staff reads the current one and old versions stay readable', async () => {
    const { put, get, as } = await setup();
    const coordinator = await as('tijuana');
    const first = await put(coordinator, { questions: [arrivalRoute, remittances], expectedVersion: 0 });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      version: 1,
      questions: [arrivalRoute, remittances],
      languages: ['es', 'ht', 'fr', 'en'],
      createdAt: '2026-11-23T15:00:00.000Z',
      createdBy: 'coordinator@tijuana',
    });

    const second = await put(coordinator, { questions: [remittances], expectedVersion: 1 });
    expect(second.body).toMatchObject({ version: 2, questions: [remittances] });

    for (const role of ['promoter', 'interpreter', 'lawyer'] as const) {
      const current = await get(await as('tijuana', role));
      expect(current.status).toBe(200);
      expect(current.body).toMatchObject({ version: 2, questions: [remittances] });
    }
    const old = await get(coordinator, '/v1/intake-form/versions/1');
    expect(old.status).toBe(200);
    expect(old.body).toEqual(first.body);
    const missing = await get(coordinator, '/v1/intake-form/versions/3');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('INTAKE.FORM_VERSION_NOT_FOUND');
    const notAVersion = await get(coordinator, '/v1/intake-form/versions/0');
    expect(notAVersion.status).toBe(422);
    expect(notAVersion.body.errors).toEqual([{ field: 'params.version', message: 'versions start at 1' }]);
    expect((await get(coordinator, '/v1/intake-form/versions/latest')).body.errors).toEqual([{ field: 'params.version', message: 'must be a version number' }]);
  });

  it('refuses a revision of a form changed meanwhile (409), and of two revisions from the same version stores one', async () => {
    const { put, get, as } = await setup();
    const coordinator = await as('tijuana');
    expect((await put(coordinator, { questions: [remittances], expectedVersion: 0 })).status).toBe(200);
    const stale = await put(coordinator, { questions: [], expectedVersion: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'INTAKE.FORM_VERSION_CONFLICT', detail: expect.stringContaining('now at version 1') });

    const [a, b] = await Promise.all([
      put(coordinator, { questions: [arrivalRoute], expectedVersion: 1 }),
      put(coordinator, { questions: [arrivalRoute, remittances], expectedVersion: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const current = await get(coordinator);
    expect(current.body).toMatchObject({ version: 2, questions: winner.body.questions });
  });

  it('refuses invalid questions with 422 and every field at fault, and stores nothing', async () => {
    const { put, get, as } = await setup();
    const coordinator = await as('tijuana');
    const res = await put(coordinator, {
      questions: [
        { ...arrivalRoute, id: 'Arrival Route', type: 'dropdown' },
        { ...remittances, labels: { 'es-MX': 'Remesas', es: '' }, required: 'no' },
      ],
      expectedVersion: -1,
      publish: true,
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('INTAKE.VALIDATION_FAILED');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'body.questions.0.id', message: 'must be lowercase letters, digits and single hyphens, such as "arrival-route"' },
        { field: 'body.questions.0.type', message: 'must be one of: text, number, boolean, date, single-choice, multi-choice' },
        // Label keys are the client's text: never echoed, even in a field name.
        { field: 'body.questions.1.labels.*', message: 'must not be empty' },
        { field: 'body.questions.1.labels.*', message: 'is not an ISO 639 language code (lowercase, such as "es", "ht" or "mam")' },
        { field: 'body.questions.1.required', message: 'must be true or false' },
        { field: 'body.expectedVersion', message: 'must be 0 or more' },
        { field: 'body', message: 'Unknown fields are not accepted.' },
      ]),
    );
    expect(res.body.errors).toHaveLength(7);
    expect((await get(coordinator)).body.version).toBe(0);
  });

  it.each([
    ['a repeated question id', [remittances, { ...remittances, labels: { es: 'Otra' } }], 'INTAKE.FORM_DUPLICATE_QUESTION'],
    ['a choice question without options', [{ ...arrivalRoute, options: [] }], 'INTAKE.FORM_OPTIONS_REQUIRED'],
    ['a question without a label in the first language', [{ ...remittances, labels: { ht: 'Voye lajan?' } }], 'INTAKE.FORM_LABEL_MISSING'],
  ])('refuses %s with its own code', async (_label, questions, code) => {
    const { put, as } = await setup();
    const res = await put(await as('tijuana'), { questions, expectedVersion: 0 });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe(code);
  });

  it('keeps an id to one type: a question removed and re-added as another type is refused', async () => {
    const { put, as } = await setup();
    const coordinator = await as('tijuana');
    await put(coordinator, { questions: [remittances], expectedVersion: 0 });
    await put(coordinator, { questions: [], expectedVersion: 1 });
    const res = await put(coordinator, { questions: [{ ...remittances, type: 'number' }], expectedVersion: 2 });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('INTAKE.FORM_QUESTION_TYPE_CHANGED');
    expect((await put(coordinator, { questions: [remittances], expectedVersion: 2 })).status).toBe(200);
  });

  it('is for the coordinator: a promoter, an interpreter or a lawyer gets 403 and nothing changes', async () => {
    const { put, get, as } = await setup();
    for (const role of ['promoter', 'interpreter', 'lawyer'] as const) {
      const res = await put(await as('tijuana', role), { questions: [remittances], expectedVersion: 0 });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('AUTH.FORBIDDEN');
    }
    expect((await get(await as('tijuana'))).body.version).toBe(0);
  });
});

describe('two centres', () => {
  it("each sees and changes only its own form: Tapachula never sees Tijuana's questions or versions", async () => {
    const { put, get, as } = await setup();
    const tijuana = await as('tijuana');
    const tapachula = await as('tapachula');
    await put(tijuana, { questions: [arrivalRoute], expectedVersion: 0 });
    await put(tijuana, { questions: [arrivalRoute, remittances], expectedVersion: 1 });

    const theirs = await get(tapachula);
    expect(theirs.body).toEqual({ version: 0, questions: [], languages: ['es', 'mam', 'quc', 'en'], createdAt: null, createdBy: null });
    const notTheirs = await get(tapachula, '/v1/intake-form/versions/1');
    expect(notTheirs.status).toBe(404);
    expect(JSON.stringify(notTheirs.body)).not.toContain('arrival-route');

    const own = await put(tapachula, {
      questions: [{ id: 'community-of-origin', type: 'text', labels: { es: 'Comunidad de origen', mam: "Tnam tjaq'" }, required: false }],
      expectedVersion: 0,
    });
    expect(own.status).toBe(200);
    expect(own.body.version).toBe(1);
    expect((await get(tijuana)).body).toMatchObject({ version: 2, questions: [arrivalRoute, remittances] });
  });

  it("labels must be in the centre's own languages, its first language always", async () => {
    const { put, deps, as } = await setup();
    // Haitian Creole is one of Tijuana's languages, not Tapachula's.
    const res = await put(await as('tapachula'), { questions: [arrivalRoute], expectedVersion: 0 });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'INTAKE.FORM_LANGUAGE_NOT_SERVED', detail: expect.stringContaining('"ht"') });

    // A centre whose first language becomes Haitian Creole needs it on every label.
    changeTestCentre(deps.centres, 'tijuana', { languages: ['ht', 'es'] });
    const missing = await put(await as('tijuana'), { questions: [remittances], expectedVersion: 0 });
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({ code: 'INTAKE.FORM_LABEL_MISSING', detail: expect.stringContaining('(ht)') });
    const helpInSpanishOnly = await put(await as('tijuana'), { questions: [arrivalRoute], expectedVersion: 0 });
    expect(helpInSpanishOnly.body).toMatchObject({ code: 'INTAKE.FORM_LABEL_MISSING', detail: expect.stringContaining('The help of question 1') });
    const inBoth = { ...arrivalRoute, help: { ht: 'Sèlman dènye etap la.', es: 'Solo la última etapa.' } };
    expect((await put(await as('tijuana'), { questions: [inBoth], expectedVersion: 0 })).status).toBe(200);
  });
});

describe('the intake form API', () => {
  it('documents every route in valid OpenAPI 3.1 and refuses every role a route does not admit', async () => {
    const deps = testAppDeps();
    const built = buildServiceApp(formsOnly, deps);
    expect(await apiConformance(built)).toEqual({ undocumented: [], missingFromDocument: [], roleLeaks: [] });
    const document = (await request(built.app).get('/openapi.json')).body;
    expect(await openApiErrors(document)).toEqual([]);
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['IntakeForm', 'IntakeQuestion']));
  });
});
