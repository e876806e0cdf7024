import { randomUUID } from 'node:crypto';
import { createEvent, intakeSubmittedV3, TOPICS } from '@corredor/contracts';
import type { DataOf, EventEnvelope, Role, RiskFlag } from '@corredor/contracts';
import { buildServiceApp } from '@corredor/service-kit';
import { deliverEvents, testAppDeps, tokenFor } from '@corredor/service-kit/testing';
import request from 'supertest';
import { defineCaseService } from '../service';
import type { CasesWithDueTasks } from './cases-with-due-tasks.port';

export const DOCUMENTS_WITHHELD: RiskFlag = { screen: 'trafficking-forced-labour', flag: 'trafficking.documents-withheld', level: 'high' };
export const SHELTER: RiskFlag = { screen: 'urgent-basic-needs', flag: 'basic-needs.shelter', level: 'medium' };

type IntakeData = DataOf<typeof intakeSubmittedV3>;

/** An intake.submitted (v3) as the intake service publishes it: a new person unless told otherwise. */
export function intakeSubmitted(tenant: string, overrides: Partial<IntakeData> = {}) {
  const intakeId = overrides.intakeId ?? randomUUID();
  const data: IntakeData = {
    intakeId,
    personId: randomUUID(),
    returning: false,
    caseAction: 'open-new',
    alias: 'Marie Joseph',
    sex: 'female',
    yearOfBirth: 1994,
    nationalities: ['HT'],
    languages: ['ht', 'fr'],
    preferredLanguage: 'ht',
    needsInterpreter: true,
    riskFlags: [],
    consents: [{ purpose: 'store-data' }, { purpose: 'statistics' }],
    migratoryStatus: 'asylum-seeker',
    interviewedBy: 'ana',
    submittedAt: '2026-11-23T14:00:00.000Z',
    ...overrides,
  };
  return createEvent(intakeSubmittedV3, data, { tenant, source: '/corredor/intake', correlationId: 'req-1', causationId: 'req-1', subject: data.personId });
}

export interface ParsedEvent {
  type: string;
  subject: string;
  tenantid: string;
  correlationid: string;
  causationid: string;
  data: Record<string, unknown>;
}

/** The case service on test deps, with a clock tests can move and a fake of the tasks feature. */
export async function caseApi() {
  let now = new Date('2026-11-23T15:00:00.000Z');
  const dueTasksAsked: Array<{ tenant: string; before: Date; limit: number }> = [];
  const withDueTasks = new Map<string, string[]>();
  const dueTasks: CasesWithDueTasks = {
    async caseIdsWithOpenTasksDueBefore(tenant, before, limit) {
      dueTasksAsked.push({ tenant, before, limit });
      return withDueTasks.get(tenant) ?? [];
    },
  };
  const deps = testAppDeps({ clock: () => now });
  const built = buildServiceApp(defineCaseService({ dueTasks }), deps);
  await built.startConsuming();
  const publish = async () => {
    let published = built.relay ? 1 : 0;
    while (built.relay && published > 0) published = await built.relay.publishBatch();
  };
  const deliver = async (...events: EventEnvelope[]) => {
    await deliverEvents(deps.bus, events);
    await publish();
  };
  const caseEvents = async (): Promise<ParsedEvent[]> => {
    await publish();
    return deps.bus.messages(TOPICS.caseEvents).map((m) => JSON.parse(m.value) as ParsedEvent);
  };
  const auth = async (centre: string, role: Role, userId = `${role}-${centre}`) => `Bearer ${await tokenFor(centre, [role], userId)}`;
  const tokens = {
    coordinator: await auth('tijuana', 'coordinator', 'coord'),
    promoter: await auth('tijuana', 'promoter', 'prom'),
    lawyer: await auth('tijuana', 'lawyer', 'law'),
    interpreter: await auth('tijuana', 'interpreter', 'interp'),
    tapachula: await auth('tapachula', 'coordinator', 'coord-tap'),
  };
  /** Delivers an intake and returns the case it opened or joined. */
  const openCase = async (tenant = 'tijuana', overrides: Partial<IntakeData> = {}) => {
    const event = intakeSubmitted(tenant, overrides);
    await deliver(event);
    const token = tenant === 'tijuana' ? tokens.coordinator : tokens.tapachula;
    const list = await request(built.app).get('/v1/cases?limit=100').set('Authorization', token);
    const found = (list.body.items as Array<{ id: string; intakeIds: string[]; version: number; priority: string; status: string }>).find((c) => c.intakeIds.includes(event.data.intakeId));
    if (!found) throw new Error('no case opened');
    return found;
  };
  return {
    ...built,
    deps,
    deliver,
    caseEvents,
    tokens,
    openCase,
    dueTasksAsked,
    withDueTasks,
    setNow: (at: string) => {
      now = new Date(at);
    },
  };
}
