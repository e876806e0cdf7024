import {
  caseAssignedV1,
  caseClosureRequestedV1,
  caseOpenedV1,
  caseOpenedV3,
  caseRiskFlaggedV1,
  caseTaskDueV1,
  caseTaskOverdueV1,
  caseTransferAcceptedV1,
  caseTransferDeclinedV1,
  caseTransferRequestedV1,
  createEvent,
  TOPICS,
  type EventDefinition,
  type DataOf,
  type Role,
} from '@corredor/contracts';
import { DEAD_LETTER_HEADERS } from '@corredor/messaging';
import { changeTestCentre, consumingTestApp, networkTokenFor, testCentreDirectory, tokenFor } from '@corredor/service-kit/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { buildApp } from '../service';
import { MemoryNotificationRepository } from './notification.repository.memory';
import * as notifyClosureRequested from './notify-closure-requested.subscriber';

const event = <D extends EventDefinition>(definition: D, tenant: string, data: DataOf<D>, subject: string) =>
  createEvent(definition, data, { tenant, source: '/corredor/case', correlationId: 'r', causationId: 'r', subject });

function opened(tenant: string, priority: 'normal' | 'medium' | 'high' = 'normal') {
  const caseId = randomUUID();
  return event(
    caseOpenedV3,
    tenant,
    {
      caseId,
      intakeId: randomUUID(),
      personId: randomUUID(),
      openedAt: '2026-11-23T10:00:00.000Z',
      priority,
      riskFlags: priority === 'high' ? [{ screen: 'trafficking-forced-labour', flag: 'trafficking.documents-withheld', level: 'high' }] : [],
      countInStatistics: true,
      profile: { sex: 'female', ageBand: '18-29', nationality: 'HT', languages: ['ht'] },
      migratoryStatus: 'asylum-seeker',
      returning: false,
    },
    caseId,
  );
}

const flagged = (tenant: string, caseId: string, priority: 'medium' | 'high') =>
  event(
    caseRiskFlaggedV1,
    tenant,
    { caseId, flags: [{ screen: 'trafficking-forced-labour', flag: 'trafficking.documents-withheld', level: priority }], priority, flaggedAt: '2026-11-23T10:00:00.000Z' },
    caseId,
  );

const reminder = (definition: typeof caseTaskDueV1 | typeof caseTaskOverdueV1, tenant: string, assignee: string | null) => {
  const caseId = randomUUID();
  return event(definition, tenant, { caseId, taskId: randomUUID(), assignee, dueAt: '2026-11-24T08:00:00.000Z', dueOn: '2026-11-24' }, caseId);
};

async function setup() {
  const built = await consumingTestApp(buildApp);
  const as = async (centre: string, roles: Role[], userId: string) => `Bearer ${await tokenFor(centre, roles, userId)}`;
  const s = {
    ...built,
    ana: await as('tijuana', ['promoter'], 'ana'),
    luis: await as('tijuana', ['coordinator'], 'luis'),
    jean: await as('tijuana', ['interpreter'], 'jean'),
    rosa: await as('tapachula', ['coordinator'], 'rosa'),
    pedro: await as('tapachula', ['promoter'], 'pedro'),
  };
  const inbox = async (token: string, query = '') => {
    const res = await request(s.app).get(`/v1/notifications${query}`).set('Authorization', token);
    expect(res.status).toBe(200);
    return res.body.items as Array<Record<string, unknown> & { id: string; kind: string; title: string }>;
  };
  return { ...s, inbox };
}

describe('staff notifications', () => {
  it('tells the centre about each new case once, without naming the person', async () => {
    const { deliver, inbox, ana, rosa } = await setup();
    const newCase = opened('tijuana');
    await deliver(newCase, newCase, opened('tapachula'));
    expect(await inbox(ana)).toEqual([
      {
        id: expect.any(String),
        kind: 'case.opened',
        title: 'Nuevo caso',
        language: 'es',
        priority: 'normal',
        audience: { roles: ['coordinator', 'promoter', 'interpreter', 'lawyer'], userId: null },
        caseId: newCase.data.caseId,
        taskId: null,
        transferId: null,
        createdAt: '2026-11-23T15:00:00.000Z',
        read: false,
      },
    ]);
    expect(await inbox(rosa)).toHaveLength(1);
  });

  it('still understands a case.opened of version 1', async () => {
    const { deliver, inbox, ana } = await setup();
    const caseId = randomUUID();
    const v1 = event(caseOpenedV1, 'tijuana', { caseId, intakeId: randomUUID(), openedAt: '2026-11-23T10:00:00.000Z', profile: { sex: 'male', ageBand: '30-44', nationality: 'GT', languages: ['es'] } }, caseId);
    await deliver(v1);
    expect(await inbox(ana)).toMatchObject([{ kind: 'case.opened', caseId }]);
  });

  it("alerts the centre's coordinators to a high-risk case, and says so to everyone at its opening", async () => {
    const { deliver, inbox, ana, luis, jean } = await setup();
    const newCase = opened('tijuana', 'high');
    await deliver(newCase, flagged('tijuana', newCase.data.caseId, 'high'), flagged('tijuana', randomUUID(), 'medium'));
    expect((await inbox(luis)).map(({ kind, title, priority }) => ({ kind, title, priority }))).toEqual(
      expect.arrayContaining([
        { kind: 'case.opened', title: 'Nuevo caso de alto riesgo', priority: 'high' },
        { kind: 'case.high-risk', title: 'Caso de alto riesgo', priority: 'high' },
      ]),
    );
    expect(await inbox(luis)).toHaveLength(2);
    for (const staff of [ana, jean]) expect((await inbox(staff)).map((n) => n.kind)).toEqual(['case.opened']);
  });

  it('tells a member of staff about a case assigned to them, and nobody else', async () => {
    const { deliver, inbox, ana, luis } = await setup();
    const caseId = randomUUID();
    const assign = (assignee: string) => event(caseAssignedV1, 'tijuana', { caseId, assignee, assignedBy: 'luis', assignedAt: '2026-11-23T10:00:00.000Z' }, caseId);
    await deliver(assign('ana'), assign('luis'));
    expect(await inbox(ana)).toMatchObject([{ kind: 'case.assigned', title: 'Se te asignó un caso', caseId, audience: { roles: [], userId: 'ana' } }]);
    expect(await inbox(luis)).toEqual([]);
  });

  it("reminds a task's assignee, or everyone at the centre for the centre's tasks", async () => {
    const { deliver, inbox, ana, luis, jean } = await setup();
    const forAna = reminder(caseTaskDueV1, 'tijuana', 'ana');
    const forAll = reminder(caseTaskOverdueV1, 'tijuana', null);
    await deliver(forAna, forAll, reminder(caseTaskDueV1, 'tapachula', null));
    expect(await inbox(ana)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'case.task-due', title: 'Tarea para hoy', priority: 'normal', caseId: forAna.data.caseId, taskId: forAna.data.taskId }),
        expect.objectContaining({ kind: 'case.task-overdue', title: 'Tarea vencida', priority: 'high', taskId: forAll.data.taskId }),
      ]),
    );
    expect(await inbox(ana)).toHaveLength(2);
    for (const staff of [luis, jean]) expect((await inbox(staff)).map((n) => n.taskId)).toEqual([forAll.data.taskId]);
  });
});

describe('closures waiting for sign-off', () => {
  const closureRequested = (tenant: string) => {
    const caseId = randomUUID();
    return event(caseClosureRequestedV1, tenant, { caseId, outcome: 'lost-contact', priority: 'high', requestedAt: '2026-11-23T10:00:00.000Z' }, caseId);
  };

  it("asks the centre's coordinators, and only them, to sign off a high-priority closure, once however often it is delivered", async () => {
    const { deliver, inbox, luis, ana, jean, rosa, pedro } = await setup();
    const requested = closureRequested('tijuana');
    await deliver(requested, requested);
    await deliver(requested);
    expect(await inbox(luis)).toEqual([
      expect.objectContaining({
        kind: 'case.closure-requested',
        title: 'Cierre pendiente de visto bueno',
        priority: 'high',
        audience: { roles: ['coordinator'], userId: null },
        caseId: requested.data.caseId,
        taskId: null,
        transferId: null,
      }),
    ]);
    for (const staff of [ana, jean, rosa, pedro]) expect(await inbox(staff)).toEqual([]);
  });

  it('keeps one notification when the handler itself sees the event again (a redelivery after a crash)', async () => {
    const notifications = new MemoryNotificationRepository();
    const handle = notifyClosureRequested.handler({ notifications, clock: () => new Date('2026-11-23T15:00:00Z'), centres: testCentreDirectory() });
    const requested = closureRequested('tijuana');
    const context = { attempt: 1, heartbeat: async () => {} };
    await handle(requested, context);
    await handle(requested, { ...context, attempt: 2 });
    const coordinator = { userId: 'luis', roles: ['coordinator'] };
    expect(await notifications.list('tijuana', { viewer: coordinator, after: null, limit: 10 })).toMatchObject([{ kind: 'case.closure-requested', sourceEventId: requested.id }]);
  });

  it("says so in the centre's language", async () => {
    const { deps, deliver, inbox, luis } = await setup();
    changeTestCentre(deps.centres, 'tijuana', { languages: ['ht', 'es'] });
    await deliver(closureRequested('tijuana'));
    expect(await inbox(luis)).toMatchObject([{ kind: 'case.closure-requested', title: 'Fèmti dosye ap tann apwobasyon', language: 'ht' }]);
  });

  it("tells Tapachula's coordinators of their own centre's closures only", async () => {
    const { deliver, inbox, luis, rosa } = await setup();
    const atTapachula = closureRequested('tapachula');
    await deliver(atTapachula);
    expect(await inbox(rosa)).toMatchObject([{ kind: 'case.closure-requested', caseId: atTapachula.data.caseId }]);
    expect(await inbox(luis)).toEqual([]);
  });
});

describe('transfers between centres', () => {
  const transfer = { transferId: randomUUID(), fromCentre: 'tijuana', toCentre: 'tapachula' };
  const caseId = randomUUID();

  it("tells the receiving centre's coordinators of a request, and only them", async () => {
    const { deliver, inbox, luis, ana, rosa, pedro } = await setup();
    await deliver(event(caseTransferRequestedV1, 'tijuana', { ...transfer, caseId, priority: 'high', languages: ['ht'], requestedAt: '2026-11-23T10:00:00.000Z' }, caseId));
    expect(await inbox(rosa)).toMatchObject([
      { kind: 'case.transfer-requested', title: 'Solicitud de transferencia de caso', priority: 'high', caseId: null, transferId: transfer.transferId },
    ]);
    for (const staff of [pedro, luis, ana]) expect(await inbox(staff)).toEqual([]);
  });

  it("tells the origin centre's coordinators the answer, in the origin's language", async () => {
    const { deps, deliver, inbox, luis, rosa } = await setup();
    changeTestCentre(deps.centres, 'tijuana', { languages: ['ht', 'es'] });
    const newCaseId = randomUUID();
    await deliver(
      event(caseTransferAcceptedV1, 'tapachula', { ...transfer, originCaseId: caseId, originPersonId: randomUUID(), newCaseId, newPersonId: randomUUID(), acceptedAt: '2026-11-23T10:00:00.000Z' }, newCaseId),
      event(caseTransferDeclinedV1, 'tapachula', { ...transfer, transferId: randomUUID(), caseId, reason: 'no-capacity', declinedAt: '2026-11-23T10:00:00.000Z' }, caseId),
    );
    expect((await inbox(luis)).map(({ kind, title, caseId: about }) => ({ kind, title, about })).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'case.transfer-accepted', title: 'Transfè aksepte', about: caseId },
      { kind: 'case.transfer-declined', title: 'Transfè refize', about: caseId },
    ]);
    expect(await inbox(rosa)).toEqual([]);
  });

  it('refuses a transfer event that does not come from the centre that acted', async () => {
    const { deps, deliver, inbox, rosa } = await setup();
    await deliver(event(caseTransferRequestedV1, 'ciudad-juarez', { ...transfer, caseId, priority: 'normal', languages: [], requestedAt: '2026-11-23T10:00:00.000Z' }, caseId));
    expect(await inbox(rosa)).toEqual([]);
    expect(deps.bus.messages(TOPICS.deadLetter).map((m) => m.headers[DEAD_LETTER_HEADERS.code])).toEqual(['HANDLER.FAILED']);
  });
});

describe('reading notifications', () => {
  it('marks read per member of staff, only within the centre and only what is addressed to them', async () => {
    const { app, deliver, inbox, ana, luis, rosa } = await setup();
    const newCase = opened('tijuana');
    await deliver(newCase, flagged('tijuana', newCase.data.caseId, 'high'));
    const alert = (await inbox(luis)).find((n) => n.kind === 'case.high-risk');
    const [notice] = await inbox(ana);
    if (!alert || !notice) throw new Error('expected notifications');
    const read = (id: string, token: string) => request(app).post(`/v1/notifications/${id}/read`).set('Authorization', token);
    expect((await read(notice.id, rosa)).status).toBe(404);
    expect((await read(alert.id, ana)).status).toBe(404);
    expect((await read(notice.id, ana)).status).toBe(204);
    expect(await inbox(ana, '?unread=true')).toHaveLength(0);
    expect(await inbox(luis, '?unread=true')).toHaveLength(2);
    expect((await inbox(ana))[0]).toMatchObject({ read: true });
  });

  it('pages newest first with a cursor, and refuses one that is not', async () => {
    const { app, deliver, luis, inbox } = await setup();
    // The test clock stands still: all five share an instant and their ids order them.
    for (let i = 0; i < 5; i += 1) await deliver(opened('tijuana'));
    const all = await inbox(luis);
    expect(all).toHaveLength(5);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await request(app)
        .get('/v1/notifications')
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .set('Authorization', luis);
      seen.push(...res.body.items.map((n: { id: string }) => n.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((n) => n.id));
    for (const [query, field] of [
      ['cursor=xyz', 'query.cursor'],
      ['limit=500', 'query.limit'],
      ['unread=yes', 'query.unread'],
    ]) {
      const bad = await request(app).get(`/v1/notifications?${query}`).set('Authorization', luis);
      expect(bad.status).toBe(422);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
  });
});

describe("notifications in the centre's languages", () => {
  it("writes in the centre's first language that has a translation, as the centre has it when the case opens", async () => {
    const { deps, deliver, inbox, ana } = await setup();
    changeTestCentre(deps.centres, 'tijuana', { languages: ['mam', 'ht', 'es'] });
    await deliver(opened('tijuana'));
    changeTestCentre(deps.centres, 'tijuana', { languages: ['quc', 'en'] });
    await deliver(opened('tijuana'));
    const items = await inbox(ana);
    expect(items.map(({ title, language }) => ({ title, language })).sort((a, b) => String(a.language).localeCompare(String(b.language)))).toEqual([
      { title: 'New case', language: 'en' },
      { title: 'Nouvo dosye', language: 'ht' },
    ]);
  });

  it('is for staff: an operator reads no notification', async () => {
    const { app, deliver } = await setup();
    await deliver(opened('tijuana'));
    const res = await request(app).get('/v1/notifications').set('Authorization', `Bearer ${await networkTokenFor('red-corredor-mx')}`);
    expect(res.status).toBe(403);
  });
});
