import { randomUUID } from 'node:crypto';
import { caseServiceRecordedV1, createEvent, eventRegistry, intakeSubmittedV1, intakeSubmittedV2 } from '@corredor/contracts';
import { changeTestCentre, networkTokenFor } from '@corredor/service-kit/testing';
import request from 'supertest';
import { caseApi, DOCUMENTS_WITHHELD, intakeSubmitted, SHELTER } from './test-fixtures';

type CaseBody = { id: string; intakeIds: string[]; status: string; priority: string; version: number; assignee: string | null };

describe('opening cases from intakes', () => {
  it('opens an open case for a new person and announces case.opened (v3: a first contact, with the migratory status) without personal data', async () => {
    const { app, deliver, caseEvents, tokens } = await caseApi();
    const submitted = intakeSubmitted('tijuana', { yearOfBirth: 1994, consents: [{ purpose: 'store-data' }] });
    await deliver(submitted);
    const list = await request(app).get('/v1/cases').set('Authorization', tokens.promoter);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({
      nextCursor: null,
      items: [
        {
          personId: submitted.data.personId,
          intakeIds: [submitted.data.intakeId],
          alias: 'Marie Joseph',
          status: 'open',
          priority: 'normal',
          countInStatistics: false,
          profile: { ageBand: '30-44', nationality: 'HT', languages: ['ht', 'fr'] },
          version: 1,
        },
      ],
    });
    const [opened, ...others] = await caseEvents();
    expect(others).toEqual([]);
    expect(eventRegistry.parse(opened)).toMatchObject({ ok: true });
    expect(opened).toMatchObject({ type: 'case.opened', eventversion: 3, tenantid: 'tijuana', correlationid: 'req-1', causationid: submitted.id, subject: list.body.items[0].id });
    expect(opened?.data).toMatchObject({ caseId: list.body.items[0].id, intakeId: submitted.data.intakeId, returning: false, migratoryStatus: 'asylum-seeker' });
    expect(JSON.stringify(opened)).not.toMatch(/Marie|Joseph|[^0-9a-f-]1994[^0-9a-f-]|yearOfBirth|alias/);
  });

  it('opens a trafficking case at high priority and raises its flags, which alerts the coordinators', async () => {
    const { caseEvents, openCase } = await caseApi();
    const kase = await openCase('tijuana', { riskFlags: [SHELTER, DOCUMENTS_WITHHELD] });
    expect(kase.priority).toBe('high');
    const events = await caseEvents();
    expect(events.map((e) => e.type)).toEqual(['case.opened', 'case.risk-flagged']);
    expect(events[1]?.data).toEqual({ caseId: kase.id, flags: [SHELTER, DOCUMENTS_WITHHELD], priority: 'high', flaggedAt: '2026-11-23T15:00:00.000Z' });
  });

  it('still opens a case from a v1 intake (the registry upcasts it)', async () => {
    const { app, deliver, tokens } = await caseApi();
    const intakeId = randomUUID();
    const v1 = createEvent(
      intakeSubmittedV1,
      {
        intakeId,
        alias: 'Jean',
        sex: 'male',
        yearOfBirth: null,
        nationality: 'HT',
        languages: ['ht-HT'],
        consent: { storeData: true, recordedAt: '2026-11-23T14:00:00.000Z' },
        interviewedBy: 'ana',
        submittedAt: '2026-11-23T14:00:00.000Z',
      },
      { tenant: 'tijuana', source: '/corredor/intake', correlationId: 'req-2', causationId: 'req-2', subject: intakeId },
    );
    await deliver(v1);
    const list = await request(app).get('/v1/cases').set('Authorization', tokens.promoter);
    expect(list.body.items).toMatchObject([{ personId: intakeId, intakeIds: [intakeId], profile: { ageBand: 'unknown', languages: ['ht'] }, countInStatistics: true }]);
  });

  it('opens a single case when the same intake arrives twice, even as two different events', async () => {
    const { app, deliver, caseEvents, tokens } = await caseApi();
    const submitted = intakeSubmitted('tijuana', { riskFlags: [DOCUMENTS_WITHHELD] });
    await deliver(submitted, submitted, intakeSubmitted('tijuana', { intakeId: submitted.data.intakeId, personId: submitted.data.personId }));
    expect((await request(app).get('/v1/cases').set('Authorization', tokens.promoter)).body.items).toHaveLength(1);
    expect((await caseEvents()).map((e) => e.type)).toEqual(['case.opened', 'case.risk-flagged']);
  });

  it("reopens a returning person's closed case, attaching the intake (with its migratory status) and raising only the new flags", async () => {
    const { app, deliver, caseEvents, openCase, tokens } = await caseApi();
    const first = await openCase('tijuana', { riskFlags: [SHELTER] });
    const closed = await request(app).post(`/v1/cases/${first.id}/close`).set('Authorization', tokens.coordinator).send({ outcome: 'lost-contact', expectedVersion: 1 });
    expect(closed.body.status).toBe('closed');
    const personId = (await request(app).get(`/v1/cases/${first.id}`).set('Authorization', tokens.promoter)).body.personId as string;

    const again = intakeSubmitted('tijuana', { personId, returning: true, caseAction: 'reopen-last', riskFlags: [SHELTER, DOCUMENTS_WITHHELD], migratoryStatus: 'tvrh' });
    await deliver(again);
    await deliver(again);
    const kase = (await request(app).get(`/v1/cases/${first.id}`).set('Authorization', tokens.promoter)).body;
    expect(kase).toMatchObject({ status: 'active', priority: 'high', intakeIds: [first.intakeIds[0], again.data.intakeId], closure: null, closedAt: null, reopenedAt: '2026-11-23T15:00:00.000Z' });
    const events = (await caseEvents()).slice(-3);
    expect(events).toMatchObject([
      { type: 'case.status-changed', data: { caseId: first.id, from: 'closed', to: 'active', reason: 'returning-person' } },
      { type: 'case.intake-attached', eventversion: 1, subject: first.id, data: { caseId: first.id, intakeId: again.data.intakeId, migratoryStatus: 'tvrh', attachedAt: '2026-11-23T15:00:00.000Z' } },
      { type: 'case.risk-flagged', data: { caseId: first.id, flags: [DOCUMENTS_WITHHELD], priority: 'high' } },
    ]);
    // Delivered twice, attached and announced once.
    expect((await caseEvents()).filter((e) => e.type === 'case.intake-attached')).toHaveLength(1);
    expect(eventRegistry.parse(events[1])).toMatchObject({ ok: true });
    expect((await request(app).get('/v1/cases').set('Authorization', tokens.promoter)).body.items).toHaveLength(1);
  });

  it("withdraws a closure waiting for sign-off when the person comes back, so it can no longer be signed off", async () => {
    const { app, deliver, openCase, tokens } = await caseApi();
    const first = await openCase('tijuana', { riskFlags: [DOCUMENTS_WITHHELD] });
    const asked = await request(app).post(`/v1/cases/${first.id}/close`).set('Authorization', tokens.promoter).send({ outcome: 'lost-contact', expectedVersion: 1 });
    expect(asked.status).toBe(202);
    const personId = asked.body.personId as string;

    await deliver(intakeSubmitted('tijuana', { personId, returning: true, caseAction: 'reopen-last' }));
    const kase = (await request(app).get(`/v1/cases/${first.id}`).set('Authorization', tokens.coordinator)).body;
    expect(kase).toMatchObject({ status: 'open', pendingClosure: null });
    const signOff = await request(app).post(`/v1/cases/${first.id}/closure/sign-off`).set('Authorization', tokens.coordinator).send({ expectedVersion: kase.version });
    expect([signOff.status, signOff.body.code]).toEqual([409, 'CASE.NO_CLOSURE_PENDING']);
    const timeline = await request(app).get(`/v1/cases/${first.id}/timeline`).set('Authorization', tokens.interpreter);
    const changes = (timeline.body.items as Array<{ kind: string; detail: { change?: string; outcome?: string } }>).filter((e) => e.kind === 'status').map((e) => [e.detail.change, e.detail.outcome]);
    expect(changes).toEqual(expect.arrayContaining([['closure-withdrawn', 'lost-contact']]));
  });

  it('joins a returning person\'s open case without a status change, announcing the intake attached', async () => {
    const { app, deliver, caseEvents, openCase, tokens } = await caseApi();
    const first = await openCase('tijuana');
    const personId = (await request(app).get(`/v1/cases/${first.id}`).set('Authorization', tokens.promoter)).body.personId as string;
    const again = intakeSubmitted('tijuana', { personId, returning: true, caseAction: 'reopen-last', migratoryStatus: 'irregular' });
    await deliver(again);
    const events = await caseEvents();
    expect(events.map((e) => e.type)).toEqual(['case.opened', 'case.intake-attached']);
    expect(events[1]).toMatchObject({ subject: first.id, data: { caseId: first.id, intakeId: again.data.intakeId, migratoryStatus: 'irregular' } });
    expect((await request(app).get(`/v1/cases/${first.id}`).set('Authorization', tokens.promoter)).body).toMatchObject({ status: 'open', intakeIds: [first.intakeIds[0], again.data.intakeId] });
  });

  it('opens a new case for a returning person when staff chose so, or when they have no case yet, announcing them as returning', async () => {
    const { app, openCase, caseEvents, tokens } = await caseApi();
    const first = await openCase('tijuana');
    const personId = (await request(app).get(`/v1/cases/${first.id}`).set('Authorization', tokens.promoter)).body.personId as string;
    const second = await openCase('tijuana', { personId, returning: true, caseAction: 'open-new', migratoryStatus: 'temporary-resident' });
    expect(second.id).not.toBe(first.id);
    const third = await openCase('tijuana', { returning: true, caseAction: 'reopen-last' });
    expect([first.id, second.id]).not.toContain(third.id);
    // A person's case at another centre is not theirs to join.
    const elsewhere = await openCase('tapachula', { personId, returning: true, caseAction: 'reopen-last' });
    expect([first.id, second.id]).not.toContain(elsewhere.id);

    const openings = (await caseEvents()).filter((e) => e.type === 'case.opened').map((e) => [e.data['caseId'], e.data['returning'], e.data['migratoryStatus']]);
    // Keyed by case id, so the openings come on different partitions: compared as a set.
    expect(openings).toHaveLength(4);
    expect(openings).toEqual(
      expect.arrayContaining([
        [first.id, false, 'asylum-seeker'],
        [second.id, true, 'temporary-resident'],
        [third.id, true, 'asylum-seeker'],
        [elsewhere.id, true, 'asylum-seeker'],
      ]),
    );
    expect((await caseEvents()).some((e) => e.type === 'case.intake-attached')).toBe(false);
  });

  it('passes on no migratory status for intakes from before v3 (upcast): null in case.opened and case.intake-attached', async () => {
    const { deliver, caseEvents } = await caseApi();
    const personId = randomUUID();
    const v2 = (data: { returning: boolean; caseAction: 'open-new' | 'reopen-last' }) => {
      const intakeId = randomUUID();
      return createEvent(
        intakeSubmittedV2,
        {
          intakeId,
          personId,
          ...data,
          alias: 'Jean',
          sex: 'male',
          yearOfBirth: 1990,
          nationalities: ['HT'],
          languages: ['ht'],
          preferredLanguage: 'ht',
          needsInterpreter: false,
          riskFlags: [],
          consents: [{ purpose: 'store-data' }, { purpose: 'statistics' }],
          interviewedBy: 'ana',
          submittedAt: '2026-11-23T14:00:00.000Z',
        },
        { tenant: 'tijuana', source: '/corredor/intake', correlationId: 'req-3', causationId: 'req-3', subject: personId },
      );
    };
    await deliver(v2({ returning: false, caseAction: 'open-new' }));
    await deliver(v2({ returning: true, caseAction: 'reopen-last' }));
    const events = await caseEvents();
    expect(events.map((e) => [e.type, e.data['migratoryStatus']])).toEqual([
      ['case.opened', null],
      ['case.intake-attached', null],
    ]);
    expect(events[0]?.data).toMatchObject({ returning: false });
  });
});

describe('activation when the first service is recorded', () => {
  function serviceRecorded(tenant: string, caseId: string) {
    return createEvent(
      caseServiceRecordedV1,
      { caseId, serviceId: randomUUID(), type: 'labour-rights-guidance', deliveredOn: '2026-11-23', language: 'ht', durationMinutes: 30, recordedAt: '2026-11-23T15:00:00.000Z' },
      { tenant, source: '/corredor/case', correlationId: 'req-9', causationId: 'req-9', subject: caseId },
    );
  }

  it('activates an open case once, and leaves another centre and closed cases alone', async () => {
    const { app, deliver, caseEvents, openCase, tokens } = await caseApi();
    const kase = await openCase('tijuana');
    await deliver(serviceRecorded('tapachula', kase.id));
    expect((await request(app).get(`/v1/cases/${kase.id}`).set('Authorization', tokens.promoter)).body.status).toBe('open');
    await deliver(serviceRecorded('tijuana', kase.id), serviceRecorded('tijuana', kase.id));
    const active = (await request(app).get(`/v1/cases/${kase.id}`).set('Authorization', tokens.promoter)).body;
    expect(active).toMatchObject({ status: 'active', activatedAt: '2026-11-23T15:00:00.000Z', version: 2 });
    expect((await caseEvents()).filter((e) => e.type === 'case.status-changed')).toMatchObject([{ data: { from: 'open', to: 'active', reason: 'activated' }, causationid: expect.any(String) }]);
  });
});

describe('reading a case', () => {
  it("shows a case to its centre's staff only: 404 elsewhere, 422 for a malformed id", async () => {
    const { app, openCase, tokens } = await caseApi();
    const kase = await openCase('tijuana');
    const own = await request(app).get(`/v1/cases/${kase.id}`).set('Authorization', tokens.interpreter);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ id: kase.id, alias: 'Marie Joseph', pendingClosure: null, closure: null });
    const theirs = await request(app).get(`/v1/cases/${kase.id}`).set('Authorization', tokens.tapachula);
    expect(theirs.status).toBe(404);
    expect(theirs.body.code).toBe('CASE.NOT_FOUND');
    expect(JSON.stringify(theirs.body)).not.toContain('Marie');
    const malformed = await request(app).get('/v1/cases/not-a-case').set('Authorization', tokens.promoter);
    expect(malformed.status).toBe(422);
    expect(malformed.body.errors).toEqual([{ field: 'params.id', message: 'not a case id' }]);
  });

  it("shows no case to an operator, nor to an archived centre's staff", async () => {
    const { app, deps, openCase, tokens } = await caseApi();
    await openCase('tijuana');
    const operator = `Bearer ${await networkTokenFor('red-corredor-mx', ['operator'])}`;
    const asOperator = await request(app).get('/v1/cases').set('Authorization', operator);
    expect(asOperator.status).toBe(403);
    expect(JSON.stringify(asOperator.body)).not.toContain('Marie');
    changeTestCentre(deps.centres, 'tijuana', { status: 'archived' });
    const archived = await request(app).get('/v1/cases').set('Authorization', tokens.promoter);
    expect(archived.status).toBe(403);
    expect(archived.body.code).toBe('CENTRE.ARCHIVED');
  });
});

describe("case lists for the day's work", () => {
  async function centreWithCases() {
    const api = await caseApi();
    const at = (minute: number) => api.setNow(`2026-11-23T15:${String(minute).padStart(2, '0')}:00.000Z`);
    at(1);
    const trafficking = await api.openCase('tijuana', { riskFlags: [DOCUMENTS_WITHHELD] });
    at(2);
    const shelter = await api.openCase('tijuana', { riskFlags: [SHELTER] });
    at(3);
    const plain = await api.openCase('tijuana');
    at(4);
    const closed = await api.openCase('tijuana');
    at(5);
    const theirs = await api.openCase('tapachula', { riskFlags: [DOCUMENTS_WITHHELD] });
    const { app, tokens } = api;
    await request(app).put(`/v1/cases/${shelter.id}/assignee`).set('Authorization', tokens.coordinator).send({ assignee: 'prom', expectedVersion: 1 });
    await request(app).put(`/v1/cases/${plain.id}/assignee`).set('Authorization', tokens.coordinator).send({ assignee: 'law', expectedVersion: 1 });
    await request(app).post(`/v1/cases/${closed.id}/close`).set('Authorization', tokens.promoter).send({ outcome: 'withdrawn', expectedVersion: 1 });
    const ids = async (query: string, token = tokens.promoter) => {
      const res = await request(app).get(`/v1/cases${query}`).set('Authorization', token);
      expect(res.status).toBe(200);
      return (res.body.items as CaseBody[]).map((c) => c.id);
    };
    return { ...api, ids, trafficking, shelter, plain, closed, theirs };
  }

  it('filters by status, priority, assignee (me, none, someone) and risk screen or flag code, within the centre', async () => {
    const { ids, trafficking, shelter, plain, closed, theirs, tokens } = await centreWithCases();
    expect(await ids('')).toEqual([closed.id, plain.id, shelter.id, trafficking.id]);
    expect(await ids('?status=closed')).toEqual([closed.id]);
    expect(await ids('?status=open')).toEqual([plain.id, shelter.id, trafficking.id]);
    expect(await ids('?priority=high')).toEqual([trafficking.id]);
    expect(await ids('?assignee=me')).toEqual([shelter.id]);
    expect(await ids('?assignee=me', tokens.lawyer)).toEqual([plain.id]);
    expect(await ids('?assignee=law')).toEqual([plain.id]);
    expect(await ids('?assignee=none')).toEqual([closed.id, trafficking.id]);
    expect(await ids('?flag=trafficking-forced-labour')).toEqual([trafficking.id]);
    expect(await ids('?flag=basic-needs.shelter')).toEqual([shelter.id]);
    expect(await ids('?flag=urgent-basic-needs&status=open&assignee=me')).toEqual([shelter.id]);
    expect(await ids('?sort=oldest')).toEqual([trafficking.id, shelter.id, plain.id, closed.id]);
    expect(await ids('?sort=priority')).toEqual([trafficking.id, shelter.id, plain.id, closed.id]);
    expect(await ids('?flag=trafficking-forced-labour', tokens.tapachula)).toEqual([theirs.id]);
    expect(await ids('', tokens.tapachula)).toEqual([theirs.id]);
  });

  it('finds the case an intake opened, only within the centre', async () => {
    const { ids, shelter, theirs, tokens } = await centreWithCases();
    const [shelterIntake] = shelter.intakeIds;
    const [theirIntake] = theirs.intakeIds;
    expect(await ids(`?intake=${shelterIntake}`)).toEqual([shelter.id]);
    expect(await ids(`?intake=${shelterIntake}&status=closed`)).toEqual([]);
    expect(await ids(`?intake=${theirIntake}`)).toEqual([]);
    expect(await ids(`?intake=${theirIntake}`, tokens.tapachula)).toEqual([theirs.id]);
  });

  it("filters by tasks due, asking the tasks feature with the centre's day boundaries", async () => {
    const { ids, withDueTasks, dueTasksAsked, trafficking, plain, closed, theirs } = await centreWithCases();
    withDueTasks.set('tijuana', [plain.id, closed.id, theirs.id]);
    expect(await ids('?taskDue=today')).toEqual([closed.id, plain.id]);
    expect(await ids('?taskDue=overdue&status=open')).toEqual([plain.id]);
    expect(await ids('?taskDue=week&priority=high')).toEqual([]);
    withDueTasks.set('tijuana', [trafficking.id]);
    expect(await ids('?taskDue=week&priority=high')).toEqual([trafficking.id]);
    // 15:05 UTC is 07:05 in Tijuana (UTC-8): today ends at 08:00 UTC tomorrow.
    expect(dueTasksAsked.map((q) => [q.tenant, q.before.toISOString()])).toEqual([
      ['tijuana', '2026-11-24T08:00:00.000Z'],
      ['tijuana', '2026-11-23T15:05:00.000Z'],
      ['tijuana', '2026-11-30T08:00:00.000Z'],
      ['tijuana', '2026-11-30T08:00:00.000Z'],
    ]);
  });

  it('pages through more cases than one page holds, in every sort, with no case repeated or missed', async () => {
    const api = await caseApi();
    const opened: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      api.setNow(`2026-11-2${i % 3}T10:00:00.000Z`);
      opened.push((await api.openCase('tijuana', i % 2 === 0 ? { riskFlags: [SHELTER] } : {})).id);
    }
    await api.openCase('tapachula');
    for (const sort of ['newest', 'oldest', 'priority']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `/v1/cases?limit=3&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`;
        const res = await request(api.app).get(query).set('Authorization', api.tokens.promoter);
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(3);
        seen.push(...(res.body.items as CaseBody[]).map((c) => c.id));
        cursor = res.body.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(7);
      expect([...seen].sort()).toEqual([...opened].sort());
    }
  });

  it('validates the query with field errors, cursors of another sort included', async () => {
    const { app, tokens, ids } = await centreWithCases();
    const res = await request(app).get('/v1/cases?limit=0&status=lost&flag=Trafficking!&taskDue=tomorrow&sort=alphabetical').set('Authorization', tokens.promoter);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('CASE.VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['query.flag', 'query.limit', 'query.sort', 'query.status', 'query.taskDue']);
    const first = await request(app).get('/v1/cases?limit=1').set('Authorization', tokens.promoter);
    const wrongSort = await request(app).get(`/v1/cases?sort=priority&cursor=${first.body.nextCursor}`).set('Authorization', tokens.promoter);
    expect(wrongSort.status).toBe(422);
    expect(wrongSort.body.errors).toEqual([{ field: 'query.cursor', message: expect.any(String) }]);
    const garbage = await request(app).get('/v1/cases?cursor=bm90LWEtY3Vyc29y').set('Authorization', tokens.promoter);
    expect(garbage.status).toBe(422);
    expect(await ids('?limit=1')).toHaveLength(1);
  });
});
