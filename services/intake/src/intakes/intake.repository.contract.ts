import type { OutboxRecord, OutboxStore } from '@corredor/messaging';
import { DuplicateKeyError, NotFoundError, VersionConflictError } from '@corredor/persistence';
import type { CentreKeys } from '@corredor/service-kit';
import { giveConsent, type Consent } from '../consents/consent.domain';
import type { ConsentRepository } from '../consents/consent.repository';
import { IDEMPOTENCY_TTL_MS, newIdempotencyRecord, type IdempotencyRecord } from '../idempotency/idempotency.domain';
import { IDEMPOTENCY_KEY_INDEX, type IdempotencyRepository } from '../idempotency/idempotency.repository';
import { aPerson, somePersonDetails } from '../people/person.repository.contract';
import type { PersonErasure } from '../people/person-erasure.domain';
import { reinterview, type Person } from '../people/person.domain';
import type { PersonRepository } from '../people/person.repository';
import { textOf, type RawDocuments } from '../raw-documents';
import type { IntakeRecords } from './intake-records';
import { recordIntake, type Intake } from './intake.domain';
import type { IntakeRepository } from './intake.repository';
import { anInterview } from './test-fixtures';

export interface IntakeStoresFixture {
  records: IntakeRecords;
  intakes: IntakeRepository;
  people: PersonRepository;
  consents: ConsentRepository;
  keys: IdempotencyRepository;
  outbox: OutboxStore;
  centreKeys: CentreKeys;
  /** A stored document as the database holds it (people, intakes, consents, idempotency_keys, person_erasures). */
  raw: RawDocuments;
}

let n = 0;
const id = (prefix: string) => {
  n += 1;
  return `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
};

function anIntake(person: Person, at = new Date(Date.UTC(2026, 10, 2, 0, n))): Intake {
  return recordIntake(
    {
      id: id('11111111'),
      tenant: person.tenant,
      personId: person.id,
      returning: false,
      caseAction: null,
      interview: anInterview(),
      riskFlags: [{ screen: 'trafficking-forced-labour', flag: 'trafficking.documents-withheld', level: 'high', reason: 'The employer holds the person’s documents.' }],
      priority: 'high',
      consents: [{ purpose: 'store-data' }],
      answers: { formVersion: 3, values: { 'arrived-by': 'bus' } },
      interviewedBy: 'ana@tijuana',
    },
    at,
  );
}

function storeData(person: Person, intakeId: string | null): Consent {
  return giveConsent({ id: id('33333333'), tenant: person.tenant, personId: person.id, scope: { purpose: 'store-data' }, intakeId, by: 'ana@tijuana' }, person.createdAt);
}

function aKey(person: Person, resourceId: string, now = person.createdAt): IdempotencyRecord {
  return newIdempotencyRecord({ id: id('44444444'), tenant: person.tenant, userId: 'ana@tijuana', key: 'tablet-7-000123', requestHash: 'f'.repeat(64), resourceId }, now);
}

function erasureOf(person: Person, at = new Date('2026-12-01T10:00:00Z')): PersonErasure {
  return { id: person.id, tenant: person.tenant, reason: 'person-request', erasedBy: 'rosa@tijuana', erasedAt: at };
}

const anEvent = (eventId: string): OutboxRecord => ({
  id: eventId,
  tenant: 'tijuana',
  topic: 'corredor.intake.events',
  key: eventId,
  value: '{}',
  headers: {},
  position: Date.now() * 1000 + n,
  createdAt: new Date(),
});

/** IntakeRepository and IntakeRecords over the same stores: memory always, MongoDB when MONGO_URL is set. */
export function describeIntakeRepositoryContract(name: string, setup: () => Promise<IntakeStoresFixture>): void {
  describe(`${name} intake records`, () => {
    let f: IntakeStoresFixture;
    beforeEach(async () => {
      f = await setup();
    });

    it('saves an interview with its new person, consents, key and event together, found only within the centre', async () => {
      const person = aPerson();
      const intake = anIntake(person);
      const consent = storeData(person, intake.id);
      const key = aKey(person, intake.id);
      await f.records.save({ person: { record: person, expectedVersion: null }, intake, consents: [consent], idempotency: key, events: [anEvent(`e-${intake.id}`)] });
      expect(await f.intakes.findById('tijuana', intake.id)).toEqual(intake);
      expect(await f.intakes.findById('tapachula', intake.id)).toBeNull();
      expect(await f.people.findById('tijuana', person.id)).toEqual(person);
      expect(await f.consents.findById('tijuana', person.id, consent.id)).toEqual(consent);
      expect(await f.keys.find({ tenant: 'tijuana', userId: 'ana@tijuana' }, key.key, person.createdAt)).toEqual(key);
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('keeps nothing when a write after others had succeeded fails (a consent that already holds)', async () => {
      const person = aPerson();
      const held = storeData(person, null);
      await f.records.save({ person: { record: person, expectedVersion: null }, consents: [held], events: [] });
      const newcomer = aPerson();
      const intake = anIntake(newcomer);
      // The duplicate is written last: the newcomer, the intake and the key were written before it.
      const duplicate = { ...storeData(person, intake.id) };
      const key = aKey(newcomer, intake.id);
      const error = await f.records
        .save({ idempotency: key, person: { record: newcomer, expectedVersion: null }, intake, consents: [storeData(newcomer, intake.id), duplicate], events: [anEvent('e-lost')] })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DuplicateKeyError);
      expect(await f.people.findById('tijuana', newcomer.id)).toBeNull();
      expect(await f.intakes.findById('tijuana', intake.id)).toBeNull();
      expect(await f.consents.holding('tijuana', newcomer.id, 10)).toEqual([]);
      expect(await f.keys.find({ tenant: 'tijuana', userId: 'ana@tijuana' }, key.key, newcomer.createdAt)).toBeNull();
      expect(await f.outbox.countPending()).toBe(0);
    });

    it('updates a returning person at the expected version with the new interview, and refuses a stale version whole', async () => {
      const person = aPerson();
      await f.records.save({ person: { record: person, expectedVersion: null }, intake: anIntake(person), events: [] });
      const changed = reinterview(person, somePersonDetails({ alias: 'Mari' }), new Date('2026-11-20T10:00:00Z'));
      const second = anIntake(person);
      await f.records.save({ person: { record: changed, expectedVersion: 1 }, intake: second, events: [anEvent(`e-${second.id}`)] });
      expect(await f.people.findById('tijuana', person.id)).toEqual({ ...changed, version: 2 });
      const third = anIntake(person);
      await expect(f.records.save({ person: { record: changed, expectedVersion: 1 }, intake: third, events: [anEvent(`e-${third.id}`)] })).rejects.toBeInstanceOf(
        VersionConflictError,
      );
      expect(await f.intakes.findById('tijuana', third.id)).toBeNull();
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('refuses a second live Idempotency-Key for the same user, and lets an expired one be used again', async () => {
      const person = aPerson();
      const first = anIntake(person);
      await f.records.save({ person: { record: person, expectedVersion: null }, intake: first, idempotency: aKey(person, first.id), events: [] });
      const racer = aPerson();
      const lost = anIntake(racer);
      const error = await f.records.save({ person: { record: racer, expectedVersion: null }, intake: lost, idempotency: aKey(racer, lost.id), events: [] }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DuplicateKeyError);
      expect((error as DuplicateKeyError).index).toBe(IDEMPOTENCY_KEY_INDEX);
      expect(await f.people.findById('tijuana', racer.id)).toBeNull();

      const tomorrow = new Date(person.createdAt.getTime() + IDEMPOTENCY_TTL_MS);
      await f.records.save({ person: { record: racer, expectedVersion: null }, intake: lost, idempotency: aKey(racer, lost.id, tomorrow), events: [] });
      expect(await f.keys.find({ tenant: 'tijuana', userId: 'ana@tijuana' }, 'tablet-7-000123', tomorrow)).toMatchObject({ resourceId: lost.id });
    });

    it("lists a person's intakes newest first, a page after a position, at their centre only", async () => {
      const person = aPerson();
      await f.records.save({ person: { record: person, expectedVersion: null }, events: [] });
      const older = anIntake(person, new Date('2026-11-01T10:00:00Z'));
      const newer = anIntake(person, new Date('2026-11-03T10:00:00Z'));
      const other = anIntake(aPerson(), new Date('2026-11-04T10:00:00Z'));
      for (const intake of [older, newer, other]) await f.records.save({ intake, events: [] });
      expect((await f.intakes.listByPerson('tijuana', person.id, { limit: 1, after: null })).map((i) => i.id)).toEqual([newer.id]);
      expect((await f.intakes.listByPerson('tijuana', person.id, { limit: 5, after: [newer.submittedAt, newer.id] })).map((i) => i.id)).toEqual([older.id]);
      expect(await f.intakes.listByPerson('tapachula', person.id, { limit: 5, after: null })).toEqual([]);
    });

    it('stores the interview, the risk flags with their reasons and priority, the consents given and the answers sealed', async () => {
      const person = aPerson();
      const intake = anIntake(person);
      await f.records.save({ person: { record: person, expectedVersion: null }, intake, events: [] });
      const raw = await f.raw('intakes', intake.id);
      for (const field of ['interview', 'risk', 'consents', 'answers']) expect(raw?.[field]).toMatch(/^cx1\./);
      expect(raw).toMatchObject({ tenant: 'tijuana', personId: person.id, returning: false, caseAction: 'open-new', interviewedBy: 'ana@tijuana', version: 1 });
      expect(raw).not.toHaveProperty('priority');
      expect(raw).not.toHaveProperty('riskFlags');
      expect(textOf(raw)).not.toMatch(/employer|trafficking|documents-withheld|store-data|arrived-by|"high"/);
      expect(f.centreKeys.open('tijuana', 'intakes.interview', String(raw?.['interview']))).toEqual(intake.interview);
    });

    it('erases a person with their intakes, consents and Idempotency-Keys in one go, keeping a tombstone and the event; others untouched', async () => {
      const person = aPerson();
      const intake = anIntake(person);
      const consent = storeData(person, intake.id);
      const key = aKey(person, intake.id);
      await f.records.save({ person: { record: person, expectedVersion: null }, intake, consents: [consent], idempotency: key, events: [] });
      const neighbour = aPerson();
      const theirs = anIntake(neighbour);
      await f.records.save({ person: { record: neighbour, expectedVersion: null }, intake: theirs, consents: [storeData(neighbour, theirs.id)], events: [] });

      const erased = await f.records.erase(erasureOf(person), [anEvent(`erased-${person.id}`)]);
      expect(erased).toEqual({ intakes: 1, consents: 1, idempotencyKeys: 1 });
      for (const [collection, id] of [['people', person.id], ['intakes', intake.id], ['consents', consent.id], ['idempotency_keys', key.id]] as const) {
        expect(await f.raw(collection, id)).toBeNull();
      }
      expect(await f.records.erasureOf('tijuana', person.id)).toEqual(erasureOf(person));
      expect(await f.records.erasureOf('tapachula', person.id)).toBeNull();
      expect(await f.outbox.countPending()).toBe(1);
      expect(await f.people.findById('tijuana', neighbour.id)).toEqual(neighbour);
      expect(await f.intakes.findById('tijuana', theirs.id)).toEqual(theirs);
      expect(await f.consents.holding('tijuana', neighbour.id, 10)).toHaveLength(1);
    });

    it('erases nothing of another centre, nor a person erased already (NotFoundError)', async () => {
      const person = aPerson();
      await f.records.save({ person: { record: person, expectedVersion: null }, events: [] });
      await expect(f.records.erase({ ...erasureOf(person), tenant: 'tapachula' }, [anEvent(`x-${person.id}`)])).rejects.toBeInstanceOf(NotFoundError);
      expect(await f.people.findById('tijuana', person.id)).toEqual(person);
      await f.records.erase(erasureOf(person), []);
      await expect(f.records.erase(erasureOf(person), [anEvent(`y-${person.id}`)])).rejects.toBeInstanceOf(NotFoundError);
      expect(await f.outbox.countPending()).toBe(0);
    });

    it('keeps everything when the event cannot be written after the deletes went through', async () => {
      const person = aPerson();
      const intake = anIntake(person);
      const consent = storeData(person, intake.id);
      const key = aKey(person, intake.id);
      await f.records.save({ person: { record: person, expectedVersion: null }, intake, consents: [consent], idempotency: key, events: [anEvent('pending-erasure-event')] });
      // The person, intake, consent and key are deleted first; the outbox then refuses an event id already there.
      await expect(f.records.erase(erasureOf(person), [anEvent('pending-erasure-event')])).rejects.toThrow();
      expect(await f.people.findById('tijuana', person.id)).toEqual(person);
      expect(await f.intakes.findById('tijuana', intake.id)).toEqual(intake);
      expect(await f.consents.findById('tijuana', person.id, consent.id)).toEqual(consent);
      expect(await f.keys.find({ tenant: 'tijuana', userId: 'ana@tijuana' }, key.key, person.createdAt)).toEqual(key);
      expect(await f.records.erasureOf('tijuana', person.id)).toBeNull();
      expect(await f.outbox.countPending()).toBe(1);
    });
  });
}
