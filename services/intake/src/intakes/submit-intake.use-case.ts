import { randomUUID } from 'node:crypto';
import { consentGivenV1, createEvent, dayIn, DomainError, intakeSubmittedV3, type EventMetadata } from '@corredor/contracts';
import { toOutboxRecord } from '@corredor/messaging';
import { DuplicateKeyError, NotFoundError, VersionConflictError } from '@corredor/persistence';
import { fieldErrors, RequestValidationError, type CentreDirectoryView, type CentreKeys, type Principal } from '@corredor/service-kit';
import { giveConsent, newScopes } from '../consents/consent.domain';
import { ACTIVE_CONSENT_INDEX, type ConsentRepository } from '../consents/consent.repository';
import { validateAnswers, type IntakeFormRepository, type StoredAnswers } from '../forms';
import { newIdempotencyRecord, replayOf, requestHash, type IdempotencyScope } from '../idempotency/idempotency.domain';
import { IDEMPOTENCY_KEY_INDEX, type IdempotencyRepository } from '../idempotency/idempotency.repository';
import { assessRisk, personDetailsDateErrors, personDetailsSchema, priorityOf, yearOfBirthOf } from '../interview';
import { intakePolicy } from '../people/intake-policy';
import { mergeDetails, newPerson, personNotFound, reinterview, type Person } from '../people/person.domain';
import type { PersonRepository } from '../people/person.repository';
import type { IntakeRecords } from './intake-records';
import { recordIntake, type CaseAction, type Intake } from './intake.domain';
import type { IntakeRepository } from './intake.repository';
import { isExistingPerson, type ExistingPersonInput, type SubmitIntakeBody } from './submit-intake.schema';

export interface SubmitIntakeDeps {
  intakes: IntakeRepository;
  people: PersonRepository;
  consents: ConsentRepository;
  idempotency: IdempotencyRepository;
  forms: IntakeFormRepository;
  records: IntakeRecords;
  centres: CentreDirectoryView;
  /** Seals intake.submitted (it carries the alias) and keys the request hash of an Idempotency-Key. */
  keys: CentreKeys;
  clock: () => Date;
  outboxWritten: () => void;
  newId?: () => string;
}

export interface SubmitIntakeInput {
  principal: Principal;
  body: SubmitIntakeBody;
  /** The body as sent: a retry is recognised by the hash of its canonical JSON. */
  rawBody: unknown;
  idempotencyKey: string | null;
  requestId: string;
}

export interface SubmitIntakeResult {
  intake: Intake;
  /** True when the Idempotency-Key had been used for this body: the earlier intake, nothing new saved. */
  replayed: boolean;
}

/** A person holds few consents; more than this many holding at once would be a bug. */
const MAX_HOLDING_CONSENTS = 200;

const personConflict = () =>
  new DomainError('INTAKE.PERSON_VERSION_CONFLICT', 'conflict', "The person's record changed since you loaded it; reload it and submit again.");

interface PersonAtInterview {
  person: Person;
  /** null for a new person. */
  expectedVersion: number | null;
  caseAction: CaseAction | null;
}

function refuseIfInvalid(errors: Array<{ field: string; message: string }>): void {
  if (errors.length > 0) throw new RequestValidationError(errors);
}

async function returningPerson(deps: SubmitIntakeDeps, input: SubmitIntakeInput, returning: ExistingPersonInput, today: string, now: Date): Promise<PersonAtInterview> {
  const held = await deps.people.findById(input.principal.centre, returning.existingPersonId);
  if (!held) throw personNotFound();
  if (returning.expectedVersion !== undefined && returning.expectedVersion !== held.version) throw personConflict();
  const updates = returning.updates ?? {};
  if (updates.identityDocuments !== undefined && !intakePolicy.allows(input.principal.roles, 'person.documents')) {
    throw new DomainError('INTAKE.DOCUMENTS_RESTRICTED', 'forbidden', 'Only coordinators and lawyers change identity documents.');
  }
  let details = held.details;
  if (Object.keys(updates).length > 0) {
    // The corrected details must hold together as a whole (a name or alias, the preferred language among the languages...).
    const merged = personDetailsSchema.safeParse(mergeDetails(held.details, updates));
    if (!merged.success) throw new RequestValidationError(fieldErrors('body.person.updates', merged.error, personDetailsSchema));
    refuseIfInvalid(personDetailsDateErrors(merged.data, today, 'body.person.updates'));
    details = merged.data;
  }
  return { person: reinterview(held, details, now), expectedVersion: held.version, caseAction: returning.caseAction };
}

async function personAtInterview(deps: SubmitIntakeDeps, input: SubmitIntakeInput, today: string, now: Date, newId: () => string): Promise<PersonAtInterview> {
  const person = input.body.person;
  if (isExistingPerson(person)) return returningPerson(deps, input, person, today, now);
  refuseIfInvalid(personDetailsDateErrors(person, today, 'body.person'));
  return { person: newPerson({ id: newId(), tenant: input.principal.centre, details: person, interviewed: true }, now), expectedVersion: null, caseAction: null };
}

async function answersOf(deps: SubmitIntakeDeps, tenant: string, answers: SubmitIntakeBody['answers']): Promise<StoredAnswers | null> {
  const checked = validateAnswers(await deps.forms.current(tenant), answers, 'body.answers');
  if (!checked.ok) throw new RequestValidationError(checked.errors);
  return checked.answers;
}

async function earlierIntake(deps: SubmitIntakeDeps, tenant: string, intakeId: string): Promise<SubmitIntakeResult> {
  const intake = await deps.intakes.findById(tenant, intakeId);
  if (!intake) throw new DomainError('INTAKE.NOT_FOUND', 'not-found', 'The intake this Idempotency-Key recorded is no longer here.');
  return { intake, replayed: true };
}

/**
 * Records an interview: the person (new, or returning with corrections), the intake with its risk
 * flags, the consents given, the Idempotency-Key, intake.submitted and a consent.given for each
 * consent given anew, in one transaction.
 */
export async function submitIntakeUseCase(deps: SubmitIntakeDeps, input: SubmitIntakeInput): Promise<SubmitIntakeResult> {
  const newId = deps.newId ?? randomUUID;
  const { principal, body, idempotencyKey: key } = input;
  const tenant = principal.centre;
  const scope: IdempotencyScope = { tenant, userId: principal.userId };
  // Keyed by the centre's data key: a plain hash of a body full of personal data could be confirmed by guessing.
  const hash = key === null ? '' : deps.keys.blindIndex(tenant, `request:${requestHash(input.rawBody)}`);
  const now = deps.clock();
  if (key !== null) {
    const earlier = await deps.idempotency.find(scope, key, now);
    if (earlier) return earlierIntake(deps, tenant, replayOf(earlier, hash));
  }

  const today = dayIn(now, deps.centres.timeZoneOf(tenant) ?? 'UTC');
  const { person, expectedVersion, caseAction } = await personAtInterview(deps, input, today, now, newId);
  const answers = await answersOf(deps, tenant, body.answers);
  const riskFlags = assessRisk(person.details, body.interview, { today });
  const returning = expectedVersion !== null;
  const intake = recordIntake(
    {
      id: newId(),
      tenant,
      personId: person.id,
      returning,
      caseAction,
      interview: body.interview,
      riskFlags,
      priority: priorityOf(riskFlags),
      consents: body.consents,
      answers,
      interviewedBy: principal.userId,
    },
    now,
  );
  const holding = returning ? await deps.consents.holding(tenant, person.id, MAX_HOLDING_CONSENTS) : [];
  const consents = newScopes(body.consents, holding).map((given) =>
    giveConsent({ id: newId(), tenant, personId: person.id, scope: given, intakeId: intake.id, by: principal.userId }, now),
  );
  const { details } = person;
  const meta: EventMetadata = { tenant, source: '/corredor/intake', correlationId: input.requestId, causationId: input.requestId, subject: person.id, time: now };
  const event = createEvent(
    intakeSubmittedV3,
    {
      intakeId: intake.id,
      personId: person.id,
      returning,
      caseAction: intake.caseAction,
      // The schema requires a name or an alias.
      alias: details.alias ?? details.name ?? '',
      sex: details.sex,
      yearOfBirth: yearOfBirthOf(details),
      nationalities: details.nationalities,
      languages: details.languages,
      preferredLanguage: details.preferredLanguage,
      needsInterpreter: details.needsInterpreter,
      // Codes and levels only: the reasons stay here with the answers.
      riskFlags: riskFlags.map(({ screen, flag, level }) => ({ screen, flag, level })),
      consents: body.consents,
      // The category only, for reporting through the case service: card dates, signings and hearings stay here.
      migratoryStatus: intake.interview.migratorySituation.status,
      interviewedBy: intake.interviewedBy,
      submittedAt: now.toISOString(),
    },
    meta,
  );
  // Each consent given anew is also announced on its own, on the consent topic, so services that
  // follow consents never read the intake topic and its personal data.
  const given = consents.map((consent) =>
    createEvent(consentGivenV1, { personId: person.id, consentId: consent.id, scope: consent.scope, givenAt: now.toISOString() }, meta),
  );

  try {
    await deps.records.save({
      person: { record: person, expectedVersion },
      intake,
      consents,
      ...(key === null ? {} : { idempotency: newIdempotencyRecord({ id: newId(), ...scope, key, requestHash: hash, resourceId: intake.id }, now) }),
      events: [toOutboxRecord(intakeSubmittedV3, event, person.id, now, deps.keys), ...given.map((consentGiven) => toOutboxRecord(consentGivenV1, consentGiven, person.id, now))],
    });
  } catch (error) {
    if (error instanceof DuplicateKeyError && error.index === IDEMPOTENCY_KEY_INDEX && key !== null) {
      // Two submissions with one key raced and the other one was saved first.
      const winner = await deps.idempotency.find(scope, key, now);
      if (winner) return earlierIntake(deps, tenant, replayOf(winner, hash));
    }
    // Someone else recorded an interview or a consent for this person meanwhile.
    if (error instanceof VersionConflictError || (error instanceof DuplicateKeyError && error.index === ACTIVE_CONSENT_INDEX)) throw personConflict();
    if (error instanceof NotFoundError) throw personNotFound();
    throw error;
  }
  deps.outboxWritten();
  return { intake, replayed: false };
}
