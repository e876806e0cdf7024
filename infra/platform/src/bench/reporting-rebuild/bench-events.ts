import { randomUUID } from 'node:crypto';
import {
  AGE_BANDS,
  caseAssignedV1,
  caseClosedV1,
  caseIntakeAttachedV1,
  caseLabourClaimChangedV1,
  caseOpenedV3,
  caseRiskFlaggedV1,
  caseServiceRecordedV1,
  caseServiceVoidedV1,
  caseStatusChangedV1,
  consentWithdrawnV1,
  createEvent,
  MIGRATORY_STATUSES,
  referralMadeV1,
  referralStatusChangedV1,
  SERVICE_TYPES,
  TOPICS,
  type DataOf,
  type ServiceType,
  type EventDefinition,
} from '@corredor/contracts';
import { toOutboxRecord, toTransportMessage, type TransportMessage } from '@corredor/messaging';
import { z } from 'zod';

/** What the benchmark's log holds: `events` messages in all, `people` of them served at the main centre in one year. */
export interface BenchLogPlan {
  events: number;
  people: number;
  /** The main centre (all its people counted in statistics, so its year's report serves `people`). */
  centre: string;
  /** A second centre with a few thousand events of its own, some people withdrawing their statistics consent. */
  otherCentre: string;
  otherPeople: number;
  year: number;
}

export const benchLogPlanSchema = z.object({
  events: z.number().int().positive(),
  people: z.number().int().positive(),
  centre: z.string().min(1),
  otherCentre: z.string().min(1),
  otherPeople: z.number().int().nonnegative(),
  year: z.number().int(),
}) satisfies z.ZodType<BenchLogPlan>;

/** What happens on one person's case besides its opening and services (one bit each). */
const SHAPE = {
  assigned: 1,
  active: 2,
  flagged: 4,
  closed: 8,
  returned: 16,
  referred: 32,
  referralOutcome: 64,
  claim: 128,
  claimAgreed: 256,
  voided: 512,
} as const;

/** How many events each part of a shape publishes. */
const EVENTS_OF: ReadonlyArray<[number, number]> = [
  [SHAPE.assigned, 1],
  [SHAPE.active, 1],
  [SHAPE.flagged, 1],
  [SHAPE.closed, 2],
  [SHAPE.returned, 2],
  [SHAPE.referred, 1],
  [SHAPE.referralOutcome, 1],
  [SHAPE.claim, 1],
  [SHAPE.claimAgreed, 1],
  [SHAPE.voided, 1],
];

const PARTNERS = [
  { id: 'c0ffee00-0000-4000-8000-000000000001', name: 'Casa del Migrante' },
  { id: 'c0ffee00-0000-4000-8000-000000000002', name: 'Madre Assunta' },
  { id: 'c0ffee00-0000-4000-8000-000000000003', name: 'Albergue Juventud 2000' },
];
/** Who publishes on each topic. */
const SOURCES: Readonly<Record<string, string>> = {
  [TOPICS.caseEvents]: '/corredor/case',
  [TOPICS.referralEvents]: '/corredor/referral',
  [TOPICS.consentEvents]: '/corredor/intake',
};
const NATIONALITIES = ['HN', 'GT', 'SV', 'HT', 'VE', 'CU', 'NI', 'CO'];
const LANGUAGES = [['es'], ['es'], ['ht', 'fr'], ['es', 'mam'], ['es', 'quc'], ['es', 'en']];

/** A repeatable mix (a linear congruential generator): the same plan gives the same shapes. */
function randomFrom(seed: number) {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] ?? (list[0] as T);
  return { random, pick };
}

function shapeOf(random: () => number): number {
  let shape = 0;
  if (random() < 0.3) shape |= SHAPE.assigned;
  if (random() < 0.7) shape |= SHAPE.active;
  if (random() < 0.12) shape |= SHAPE.flagged;
  if (shape & SHAPE.active && random() < 0.35) shape |= SHAPE.closed;
  if (shape & SHAPE.closed && random() < 0.1) shape |= SHAPE.returned;
  if (random() < 0.1) shape |= SHAPE.referred;
  if (shape & SHAPE.referred && random() < 0.6) shape |= SHAPE.referralOutcome;
  if (random() < 0.05) shape |= SHAPE.claim;
  if (shape & SHAPE.claim && random() < 0.5) shape |= SHAPE.claimAgreed;
  if (random() < 0.02) shape |= SHAPE.voided;
  return shape;
}

const eventsOfShape = (shape: number) => EVENTS_OF.reduce((sum, [bit, count]) => sum + (shape & bit ? count : 0), 0);

/** The second centre's people: an opening and a service each, and every twentieth withdraws their statistics consent. */
const otherCentreEvents = (people: number) => people * 2 + Math.floor((people + 19) / 20);

/**
 * The main centre's people's shapes, and how many services each gets so that the log holds exactly
 * `events` messages: every person at least one service (one of them may be voided).
 */
export function planShapes(plan: BenchLogPlan): { shapes: Uint16Array; servicesEach: number; oneMore: number } {
  const { random } = randomFrom(20_260_101);
  const shapes = new Uint16Array(plan.people);
  let fixed = otherCentreEvents(plan.otherPeople);
  for (let i = 0; i < plan.people; i++) {
    const shape = shapeOf(random);
    shapes[i] = shape;
    fixed += 1 + eventsOfShape(shape);
  }
  const services = plan.events - fixed;
  if (services < plan.people) {
    throw new Error(`${plan.events} events are too few for ${plan.people} people (${fixed} before services, and each person needs one): raise BENCH_EVENTS or lower BENCH_PEOPLE`);
  }
  return { shapes, servicesEach: Math.floor(services / plan.people), oneMore: services % plan.people };
}

/** The topics the benchmark's events travel on (the ones reporting's rebuild replays). */
export const BENCH_TOPICS: readonly string[] = [
  ...new Set([caseOpenedV3, caseServiceRecordedV1, referralMadeV1, consentWithdrawnV1].map((definition) => definition.topic)),
];

/**
 * The log as the services would have published it through their outboxes: schema-valid events
 * (createEvent parses each against its contract), keyed as the services key them (a case's events
 * by case id, consents by person id), with the tenant, content-type and type headers. A person's
 * events come in the order they happened, so each case's partition holds them in that order.
 */
export function* benchLog(plan: BenchLogPlan): Generator<TransportMessage> {
  const { shapes, servicesEach, oneMore } = planShapes(plan);
  const { random, pick } = randomFrom(7);
  const atOf = (day: number, hour = 17) => new Date(Date.UTC(plan.year, 0, 1 + day, hour)).toISOString();
  const dateOf = (day: number) => atOf(day).slice(0, 10);

  function message<D extends EventDefinition>(definition: D, data: DataOf<D>, tenant: string, key: string, subject: string, at: string): TransportMessage {
    const time = new Date(at);
    const event = createEvent(definition, data, { tenant, source: SOURCES[definition.topic] ?? '/corredor/case', correlationId: randomUUID(), causationId: randomUUID(), subject, time });
    return toTransportMessage(toOutboxRecord(definition, event, key, time));
  }

  for (let i = 0; i < plan.people; i++) {
    const shape = shapes[i] ?? 0;
    const tenant = plan.centre;
    const caseId = randomUUID();
    const personId = randomUUID();
    // Opened within the first 300 days, so everything that follows stays in the year.
    const day = Math.floor(random() * 300);
    const onCase = <D extends EventDefinition>(definition: D, data: DataOf<D>, at: string) => message(definition, data, tenant, caseId, caseId, at);
    yield onCase(
      caseOpenedV3,
      {
        caseId,
        intakeId: randomUUID(),
        personId,
        openedAt: atOf(day),
        priority: shape & SHAPE.flagged ? 'high' : pick(['normal', 'normal', 'medium'] as const),
        riskFlags: [],
        countInStatistics: true,
        profile: { sex: pick(['female', 'male', 'female', 'not-stated'] as const), ageBand: pick(AGE_BANDS), nationality: pick(NATIONALITIES), languages: pick(LANGUAGES) },
        migratoryStatus: random() < 0.1 ? null : pick(MIGRATORY_STATUSES),
        returning: random() < 0.05,
      },
      atOf(day),
    );
    if (shape & SHAPE.assigned) yield onCase(caseAssignedV1, { caseId, assignee: `staff-${i % 40}`, assignedBy: 'staff-coordinator', assignedAt: atOf(day, 18) }, atOf(day, 18));
    if (shape & SHAPE.flagged) {
      yield onCase(
        caseRiskFlaggedV1,
        { caseId, flags: [{ screen: 'trafficking-forced-labour', flag: 'trafficking.documents-withheld', level: 'high' }], priority: 'high', flaggedAt: atOf(day) },
        atOf(day),
      );
    }
    if (shape & SHAPE.active) yield onCase(caseStatusChangedV1, { caseId, from: 'open', to: 'active', reason: 'activated', changedAt: atOf(day + 1, 16) }, atOf(day + 1, 16));
    const services = servicesEach + (i < oneMore ? 1 : 0);
    let first: { serviceId: string; type: ServiceType } | null = null;
    for (let s = 0; s < services; s++) {
      const serviceId = randomUUID();
      const type = pick(SERVICE_TYPES);
      first ??= { serviceId, type };
      const on = day + 1 + (s % 30);
      yield onCase(
        caseServiceRecordedV1,
        { caseId, serviceId, type, deliveredOn: dateOf(on), language: type === 'interpretation' ? pick(['ht', 'mam', 'quc']) : null, durationMinutes: 30, recordedAt: atOf(on, 20) },
        atOf(on, 20),
      );
    }
    if (shape & SHAPE.voided && first) yield onCase(caseServiceVoidedV1, { caseId, ...first, voidedAt: atOf(day + 2, 21) }, atOf(day + 2, 21));
    if (shape & SHAPE.claim) {
      const claimId = randomUUID();
      const claim = { caseId, claimId, claimType: pick(['unpaid-wages', 'wage-theft', 'unjustified-dismissal'] as const), authority: 'conciliation-centre' as const, currency: 'MXN', amountClaimed: `${1000 + (i % 9000)}.50` };
      yield onCase(caseLabourClaimChangedV1, { ...claim, status: 'preparing', amountAgreed: null, amountAwarded: null, amountReceived: null, changedAt: atOf(day + 2) }, atOf(day + 2));
      if (shape & SHAPE.claimAgreed) {
        yield onCase(caseLabourClaimChangedV1, { ...claim, status: 'agreement', amountAgreed: '900', amountAwarded: null, amountReceived: null, changedAt: atOf(day + 40) }, atOf(day + 40));
      }
    }
    if (shape & SHAPE.referred) {
      const referralId = randomUUID();
      const partner = pick(PARTNERS);
      yield onCase(referralMadeV1, { referralId, caseId, partnerId: partner.id, partnerName: partner.name, need: pick(['shelter', 'food', 'health'] as const), madeAt: atOf(day + 1, 19) }, atOf(day + 1, 19));
      if (shape & SHAPE.referralOutcome) {
        yield onCase(referralStatusChangedV1, { referralId, caseId, from: 'made', to: pick(['completed', 'declined', 'not-taken-up'] as const), changedAt: atOf(day + 5, 19) }, atOf(day + 5, 19));
      }
    }
    if (shape & SHAPE.closed) {
      yield onCase(caseStatusChangedV1, { caseId, from: 'active', to: 'closed', reason: 'closed', changedAt: atOf(day + 31) }, atOf(day + 31));
      yield onCase(caseClosedV1, { caseId, outcome: pick(['resolved', 'referred', 'lost-contact'] as const), closedAt: atOf(day + 31) }, atOf(day + 31));
      if (shape & SHAPE.returned) {
        yield onCase(caseIntakeAttachedV1, { caseId, intakeId: randomUUID(), migratoryStatus: pick(MIGRATORY_STATUSES), attachedAt: atOf(day + 50) }, atOf(day + 50));
        yield onCase(caseStatusChangedV1, { caseId, from: 'closed', to: 'active', reason: 'returning-person', changedAt: atOf(day + 50) }, atOf(day + 50));
      }
    }
  }

  for (let i = 0; i < plan.otherPeople; i++) {
    const tenant = plan.otherCentre;
    const caseId = randomUUID();
    const personId = randomUUID();
    const day = Math.floor(random() * 300);
    yield message(
      caseOpenedV3,
      {
        caseId,
        intakeId: randomUUID(),
        personId,
        openedAt: atOf(day),
        priority: 'normal',
        riskFlags: [],
        countInStatistics: true,
        profile: { sex: pick(['female', 'male'] as const), ageBand: pick(AGE_BANDS), nationality: pick(NATIONALITIES), languages: ['es', 'mam'] },
        migratoryStatus: pick(MIGRATORY_STATUSES),
        returning: false,
      },
      tenant,
      caseId,
      caseId,
      atOf(day),
    );
    yield message(
      caseServiceRecordedV1,
      { caseId, serviceId: randomUUID(), type: 'accompaniment', deliveredOn: dateOf(day + 1), language: null, durationMinutes: 45, recordedAt: atOf(day + 1, 20) },
      tenant,
      caseId,
      caseId,
      atOf(day + 1, 20),
    );
    if (i % 20 === 0) {
      yield message(consentWithdrawnV1, { personId, consentId: randomUUID(), scope: { purpose: 'statistics' }, withdrawnAt: atOf(day + 3, 12) }, tenant, personId, personId, atOf(day + 3, 12));
    }
  }
}
